"""The Sessions tab: the interviews saved on this machine, to continue one where it stopped or see its report; also
restores the session named in the page's URL on load."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from agent.engine import InterviewEngine
from ui.coach import Coaching
from ui.render import SESSION_HEADERS, session_choice, session_rows
from ui.screen import UI, URL_JS, Tab, restore


@dataclass
class SessionsTab:
    tab: gr.Tab
    table: gr.Dataframe
    choice: gr.Dropdown
    refresh: gr.Button
    open: gr.Button


def create_sessions_tab(engine: InterviewEngine) -> SessionsTab:
    with gr.Tab("Sessions", id="sessions") as tab:
        gr.Markdown("Saved interviews on this machine. Pick one to continue where it stopped, or to see its report.")
        table = gr.Dataframe(headers=SESSION_HEADERS, interactive=False, wrap=True, elem_id="sessions-table")
        with gr.Row():
            choice = gr.Dropdown(label="Session", choices=[], elem_id="session-choice", scale=4)
            refresh = gr.Button("Refresh", scale=1)
            open_button = gr.Button("Open", variant="primary", elem_id="open-session", scale=1)
    return SessionsTab(tab, table, choice, refresh, open_button)


def connect_sessions(app: gr.Blocks, ui: UI, engine: InterviewEngine) -> None:
    s = ui.sessions

    def refresh() -> tuple[list[list[str]], Any]:
        rows = engine.sessions()
        return session_rows(rows), gr.Dropdown(choices=[session_choice(r) for r in rows],
                                               value=rows[0].id if rows else None)

    def open_session(session_id: str | None, tab: Tab, coaching: Coaching) -> dict[Any, Any]:
        if not session_id:
            gr.Warning("Pick a session first.")
            return gr.skip()
        return restore(ui, engine, tab, coaching, session_id)

    def on_load(tab: Tab, coaching: Coaching, request: gr.Request) -> dict[Any, Any]:
        session_id = request.query_params.get("session") if request else None
        return restore(ui, engine, tab, coaching, session_id) if session_id else gr.skip()

    s.tab.select(refresh, None, [s.table, s.choice])
    s.refresh.click(refresh, None, [s.table, s.choice])
    s.open.click(open_session, [s.choice, ui.tab, ui.coaching], ui.screen).then(
        None, ui.interview.session, None, js=URL_JS)
    app.load(on_load, [ui.tab, ui.coaching], ui.screen)
