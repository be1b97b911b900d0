"""The Sessions tab: this owner's saved interviews, to continue one where it stopped, see its report, or delete it;
also issues the browser's owner token and restores the session named in the page's URL on load (ui/owner.py).
A trainer (a signed-in user named in ``trainers``) also sees the cohort's sessions and may read their reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from agent.engine import InterviewEngine
from agent.errors import EngineError
from ui.coach import Coaching
from ui.owner import identify, trainers_of
from ui.render import SESSION_HEADERS, session_choice, session_rows
from ui.report_tab import report_view, show_report
from ui.screen import UI, URL_JS, Tab, restore

CONFIRM_DELETE_JS = ("(sid, ...rest) => [sid && confirm('Delete this interview, its answers, resume and report? "
                     "This cannot be undone.') ? sid : null, ...rest]")


@dataclass
class SessionsTab:
    tab: gr.Tab
    table: gr.Dataframe
    choice: gr.Dropdown
    refresh: gr.Button
    open: gr.Button
    delete: gr.Button
    owner: gr.BrowserState


def create_sessions_tab(engine: InterviewEngine, owner: gr.BrowserState) -> SessionsTab:
    """``owner`` is the browser's token (ui/owner.py), made by the app outside the tabs."""
    with gr.Tab("Sessions", id="sessions") as tab:
        gr.Markdown("Your saved interviews (only you see them). Pick one to continue where it stopped, to see its "
                    "report, or to delete it with everything derived from it.")
        table = gr.Dataframe(headers=SESSION_HEADERS, interactive=False, wrap=True, elem_id="sessions-table")
        with gr.Row():
            choice = gr.Dropdown(label="Session", choices=[], elem_id="session-choice", scale=4)
            refresh = gr.Button("Refresh", scale=1)
            open_button = gr.Button("Open", variant="primary", elem_id="open-session", scale=1)
            delete = gr.Button("Delete", variant="stop", elem_id="delete-session", scale=1)
    return SessionsTab(tab, table, choice, refresh, open_button, delete, owner)


def connect_sessions(app: gr.Blocks, ui: UI, engine: InterviewEngine) -> None:
    s = ui.sessions
    trainers = trainers_of(engine.settings)

    def refresh(tab: Tab) -> tuple[list[list[str]], Any]:
        try:
            rows = engine.sessions(None if tab.trainer else tab.who())
        except EngineError as exc:  # the database failed: say what to do
            gr.Warning(str(exc))
            return gr.skip(), gr.skip()
        return session_rows(rows), gr.Dropdown(choices=[session_choice(r) for r in rows],
                                               value=rows[0].id if rows else None)

    def open_session(session_id: str | None, tab: Tab, coaching: Coaching) -> dict[Any, Any]:
        if not session_id:
            gr.Warning("Pick a session first.")
            return gr.skip()
        if tab.trainer and engine.session(session_id, owner=tab.who()) is None:
            return trainer_view(session_id)
        return restore(ui, engine, tab, coaching, session_id)

    def trainer_view(session_id: str) -> dict[Any, Any]:
        """A cohort member's report, read-only: the trainer's tab does not take over the session."""
        view = report_view(engine, session_id, Coaching(None), owner=None)
        if view is None:
            gr.Warning("This interview has no report yet: it is still in progress.")
            return gr.skip()
        return {ui.tabs: gr.Tabs(selected="report"), **show_report(ui.report, engine, ui.pdf_dir, view)}

    def delete(session_id: str | None, tab: Tab) -> tuple[list[list[str]], Any]:
        if not session_id:
            return gr.skip(), gr.skip()
        try:
            engine.delete(session_id, owner=tab.who())
        except EngineError as exc:
            gr.Warning(str(exc))
            return gr.skip(), gr.skip()
        (ui.pdf_dir / engine.report_file(session_id).name).unlink(missing_ok=True)
        if tab.session_id == session_id:
            tab.session_id, tab.number = None, None
        gr.Info("Deleted: its answers, resume, report and PDF are gone.")
        return refresh(tab)

    def on_load(token: str | None, tab: Tab, coaching: Coaching, request: gr.Request) -> dict[Any, Any]:
        """Who this page belongs to (a token the browser keeps, or the signed-in user), then the URL's session."""
        identity, token = identify(token, request, trainers)
        tab.owner, tab.trainer = identity.owner, identity.trainer
        session_id = request.query_params.get("session") if request else None
        shown = restore(ui, engine, tab, coaching, session_id) if session_id else {}
        return {s.owner: token, **(shown if isinstance(shown, dict) and "__type__" not in shown else {})}

    s.tab.select(refresh, ui.tab, [s.table, s.choice])
    s.refresh.click(refresh, ui.tab, [s.table, s.choice])
    s.open.click(open_session, [s.choice, ui.tab, ui.coaching], ui.screen).then(
        None, ui.interview.session, None, js=URL_JS)
    s.delete.click(delete, [s.choice, ui.tab], [s.table, s.choice], js=CONFIRM_DELETE_JS)
    app.load(on_load, [s.owner, ui.tab, ui.coaching], [*ui.screen, s.owner])
