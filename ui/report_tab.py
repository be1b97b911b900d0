"""The Report tab: the finished (or ended) interview's report and its PDF."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from agent.engine import InterviewEngine
from ui.coach import Coaching
from ui.render import ReportView, report_html
from ui.report_pdf import build_pdf

if TYPE_CHECKING:
    from ui.screen import UI, Tab


@dataclass
class ReportTab:
    tab: gr.Tab
    html: gr.HTML
    download: gr.DownloadButton


def create_report_tab(engine: InterviewEngine) -> ReportTab:
    with gr.Tab("Report", id="report") as tab:
        download = gr.DownloadButton("Download PDF", visible=False, variant="primary", elem_id="download-pdf",
                                     size="md")
        html = gr.HTML('<div class="mi-card mi-muted">Finish an interview (or end it early) to see its report '
                       "here.</div>", elem_id="report")
    return ReportTab(tab, html, download)


def report_view(engine: InterviewEngine, session_id: str, coaching: Coaching,
                owner: str | None = None) -> ReportView | None:
    """The report of ``owner``'s session (None: any session, for a trainer's read-only view)."""
    row = engine.session(session_id, owner=owner)
    report = engine.report(session_id, owner=owner)
    if row is None or report is None:
        return None
    live = None if report.behavior else coaching.mean_scores()
    return ReportView(report=report, session_id=session_id, candidate=row.candidate, target_role=row.target_role,
                      language=row.language, started=row.started, behavior=report.behavior or live,
                      behavior_live_estimates=len(coaching.history) if live else 0,
                      reminders=coaching.seen_most(row.language))


def show_report(report: ReportTab, engine: InterviewEngine, pdf_dir: Path, view: ReportView) -> dict[Any, Any]:
    """The report page and a fresh PDF of it: kept under the data dir (owner-only, deleted with the session), and
    a copy in this app's private temp folder for Gradio to serve (Gradio serves only its temp and working dirs;
    naming the data dir in ``allowed_paths`` would serve every candidate's reports to anyone)."""
    data = build_pdf(view)
    kept = engine.report_file(view.session_id)
    served = pdf_dir / kept.name
    for path in (kept, served):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = path.with_suffix(f".{uuid.uuid4().hex}.part")
        with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
            f.write(data)
        partial.replace(path)
    return {report.html: report_html(view), report.download: gr.DownloadButton(value=str(served), visible=True)}


def connect_report(ui: UI, engine: InterviewEngine) -> None:
    def on_select(tab: Tab, coaching: Coaching) -> dict[Any, Any]:
        """Render again on every visit: the live tallies grow, and Gradio's cache forgets old PDFs."""
        view = report_view(engine, tab.session_id, coaching, tab.who()) if tab.session_id else None
        return show_report(ui.report, engine, ui.pdf_dir, view) if view is not None else gr.skip()

    ui.report.tab.select(on_select, [ui.tab, ui.coaching], [ui.report.html, ui.report.download],
                         show_progress="hidden")
