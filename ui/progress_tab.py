"""The Progress tab: one candidate's interviews on this machine as a trend, their three weakest areas with the answers
that show them, and "Practise this" to start an interview focused on those areas. No account: the candidate is the
name on the interviews (the resume's person, or the name given at the start)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from html import escape
from typing import Any

import gradio as gr

from agent.engine import InterviewEngine
from agent.errors import EngineError
from agent.progress import CandidateProgress
from ui.charts import score_color, trend_svg
from ui.coach import Coaching
from ui.render import question_message, short_date
from ui.screen import UI, URL_JS, Tab, screen

EMPTY = ('<div class="mi-card mi-muted">Finish an interview to see your progress here: the trend of your scores '
         "across interviews and the areas to practise.</div>")


@dataclass
class ProgressTab:
    tab: gr.Tab
    candidate: gr.Dropdown
    view: gr.HTML
    practise: gr.Button


def create_progress_tab(engine: InterviewEngine) -> ProgressTab:
    with gr.Tab("Progress", id="progress-tab") as tab:
        with gr.Row(equal_height=True):
            candidate = gr.Dropdown(label="Candidate", choices=[], elem_id="candidate", scale=4,
                                    info="Interviews are grouped by the name on them: the resume's, or the one given.")
            practise = gr.Button("Practise this", variant="primary", elem_id="practise", scale=1, interactive=False)
        view = gr.HTML(EMPTY, elem_id="progress-view")
    return ProgressTab(tab, candidate, view, practise)


def progress_view_html(view: CandidateProgress) -> str:
    """The trend (overall, combined, delivery, behaviour), the skills interview by interview, the weakest areas."""
    if not view.sessions:
        return EMPTY
    labels = [f"{i}. {p.started[:10]}" for i, p in enumerate(view.sessions, start=1)]
    chart = trend_svg(labels, {
        "Answers (overall)": [p.overall for p in view.sessions],
        "Combined": [p.combined for p in view.sessions],
        "Delivery": [p.delivery for p in view.sessions],
        "Behaviour": [(p.behavior or {}).get("overall") for p in view.sessions],
    })
    names = list(dict.fromkeys(name for p in view.sessions for name in p.skills))

    def cell(v: float | None) -> str:
        return f'<td style="color:{score_color(v)}"><b>{v:.0f}</b></td>' if v is not None else "<td>–</td>"

    head = "".join(f"<th>{escape(label)}</th>" for label in labels)
    rows = "".join(f"<tr><td>{escape(name)}</td>{''.join(cell(p.skills.get(name)) for p in view.sessions)}</tr>"
                   for name in names)
    weak = []
    for w in view.weakest:
        answers = "".join(
            f'<li><div><b>{escape(e.question)}</b></div><div class="mi-muted">{escape(e.answer)}</div>'
            f'<div><span style="color:{score_color(e.score)}"><b>{e.score:.0f}</b></span> · {escape(e.feedback)}'
            f' <span class="mi-muted">({short_date(e.started)})</span></div></li>' for e in w.evidence)
        weak.append(f'<div class="mi-card mi-weak"><h4>{escape(w.topic.name)} <span style="color:'
                    f'{score_color(w.mean_score)}">{w.mean_score:.0f}</span> <small class="mi-muted">mean of '
                    f"{w.answers} answer{'s' if w.answers != 1 else ''}</small></h4><ul>{answers}</ul></div>")
    count = len(view.sessions)
    return (f'<div class="mi-progress-view"><div class="mi-card"><h3>{escape(view.candidate)}: {count} finished '
            f"interview{'s' if count != 1 else ''}</h3>{chart}</div>"
            f'<div class="mi-card"><h3>By skill</h3><table class="mi-table"><thead><tr><th>Skill</th>{head}</tr>'
            f"</thead><tbody>{rows}</tbody></table></div>"
            f'<h3>Weakest areas</h3><p class="mi-muted">"Practise this" starts an interview on these.</p>'
            f'{"".join(weak)}</div>')


def connect_progress(ui: UI, p: ProgressTab, engine: InterviewEngine) -> None:
    def show(name: str | None, tab: Tab) -> tuple[str, Any]:
        view = engine.progress(name, owner=tab.who()) if name else None
        if view is None or not view.sessions:
            return EMPTY, gr.Button(interactive=False)
        return progress_view_html(view), gr.Button(interactive=bool(view.weakest))

    def on_select(tab: Tab) -> tuple[Any, str, Any]:
        names = engine.candidates(owner=tab.who())
        html, button = show(names[0] if names else None, tab)
        return gr.Dropdown(choices=names, value=names[0] if names else None), html, button

    def practise(name: str | None, tab: Tab, coaching: Coaching) -> dict[Any, Any]:
        if not name:
            gr.Warning("Pick a candidate first.")
            return gr.skip()
        try:
            progress = engine.practise(name, owner=tab.who())
        except EngineError as exc:
            gr.Warning(str(exc))
            return gr.skip()
        row = engine.session(progress.session_id, owner=tab.who())
        tab.language = row.language if row else "en"
        coaching.reset(time.monotonic())
        assert progress.pending is not None
        return {ui.tabs: gr.Tabs(selected="interview"),
                **screen(ui, engine, tab, coaching, progress, [question_message(progress.pending, tab.language)])}

    p.tab.select(on_select, ui.tab, [p.candidate, p.view, p.practise], show_progress="hidden")
    p.candidate.input(show, [p.candidate, ui.tab], [p.view, p.practise], show_progress="hidden")
    p.practise.click(practise, [p.candidate, ui.tab, ui.coaching], ui.screen, show_progress="full",
                     show_progress_on=ui.interview.progress).then(None, ui.interview.session, None, js=URL_JS)
