"""What one browser tab shows of a session, shared by every tab that moves it: the tab's own state, the components
an interview step updates, and the step's screen (chat, progress, buttons, report when finished).

What a browser tab is doing lives in its own ``gr.State`` (``Tab`` and ``Coaching``), never in globals, so two tabs
never mix. ``Tab.owner`` is whose sessions this tab may touch (ui/owner.py): set once by the page's load handler,
and passed to every engine call, which serves nothing of another owner's.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from agent.engine import InterviewEngine, Progress, spoken_delivery
from agent.errors import EngineError
from tools.speech.delivery import DeliveryMetrics
from ui.coach import Coaching
from ui.render import Message, chat_from, progress_html
from ui.report_tab import report_view, show_report

if TYPE_CHECKING:
    from ui.interview_tab import InterviewTab
    from ui.report_tab import ReportTab
    from ui.sessions_tab import SessionsTab
    from ui.start_tab import StartTab

log = logging.getLogger(__name__)

MODEL_FAILED = ("The model failed on this step ({error}). Nothing is lost: press Retry to run the step again, or "
                "come back later from the Sessions tab.")
# The session id goes into the tab's URL (``?session=ID``), so reloading the page continues the same session.
URL_JS = "(sid) => { if (sid) { history.replaceState(null, '', '?session=' + encodeURIComponent(sid)); } }"


@dataclass
class Tab:
    """Which session this browser tab shows and the question it waits for."""

    session_id: str | None = None
    number: int | None = None
    owner: str = ""  # set by the load handler (ui/owner.py); empty: this caller owns nothing
    trainer: bool = False
    language: str = "en"
    spoken: str = ""  # the last transcript of a voice answer, and its delivery
    delivery: DeliveryMetrics | None = None
    shown: tuple[str, int, float] | None = None  # (session, question number, when it was first shown)

    def answer_seconds(self, measured: float | None, now: float) -> float | None:
        """How long the answer to the waiting question took: the page's own count (``measured``, ui/countdown.py),
        else, for a client without the page's script, the time since this tab first showed the question."""
        if measured is not None and 0 <= measured < 86_400:
            return round(measured, 1)
        shown = self.shown
        return round(now - shown[2], 1) if shown and (shown[0], shown[1]) == (self.session_id, self.number) else None

    def take_delivery(self, answer: str) -> DeliveryMetrics | None:
        """The delivery of the voice answer being sent (``spoken_delivery`` decides), taken once."""
        delivery, spoken = self.delivery, self.spoken
        self.delivery, self.spoken = None, ""
        return spoken_delivery(answer, spoken, delivery)

    def who(self) -> str:
        """The owner every engine call of this tab passes; refused until the page has loaded."""
        if not self.owner:
            raise gr.Error("This page has not finished loading: reload it, then try again.", print_exception=False)
        return self.owner


@dataclass
class UI:
    tabs: gr.Tabs
    tab: gr.State
    coaching: gr.State
    start: StartTab
    interview: InterviewTab
    report: ReportTab
    sessions: SessionsTab
    pdf_dir: Path

    @property
    def screen(self) -> list[Any]:
        """Every component an interview step may update."""
        i = self.interview
        return [self.tabs, i.progress, i.chat, i.answer, i.send, i.end, i.retry, i.session, self.report.html,
                self.report.download]


def screen(ui: UI, engine: InterviewEngine, tab: Tab, coaching: Coaching, progress: Progress,
           chat: list[Message]) -> dict[Any, Any]:
    """Show where the session stands: the chat, progress, what can be pressed, and the report when finished."""
    i = ui.interview
    row = engine.session(progress.session_id, owner=tab.who())
    total = row.max_questions if row else 0
    answered = row.answered if row else 0
    waiting = progress.pending is not None
    stuck = not waiting and not progress.finished
    tab.session_id = progress.session_id
    tab.number = progress.pending.number if progress.pending else None
    out: dict[Any, Any] = {
        i.chat: chat,
        i.progress: progress_html(progress.pending, answered, total, progress.finished, progress.session_id,
                                  language=tab.language),
        i.answer: gr.Textbox(value="", interactive=waiting),
        i.send: gr.Button(interactive=waiting),
        i.end: gr.Button(interactive=waiting),
        i.retry: gr.Button(visible=stuck),
        i.session: progress.session_id,
    }
    if waiting:
        coaching.new_question(time.monotonic())
        if tab.shown is None or tab.shown[:2] != (tab.session_id, tab.number):
            tab.shown = (progress.session_id, tab.number or 0, time.monotonic())
    view = report_view(engine, progress.session_id, coaching, tab.who()) if progress.finished else None
    if view is not None:
        out |= show_report(ui.report, engine, ui.pdf_dir, view)
        out[ui.tabs] = gr.Tabs(selected="report")
    return out


def restore(ui: UI, engine: InterviewEngine, tab: Tab, coaching: Coaching, session_id: str) -> dict[Any, Any]:
    """Rebuild a saved session's chat and continue at its question (a step cut short is run again)."""
    owner = tab.who()
    try:
        row = engine.session(session_id, owner=owner)
    except EngineError as exc:  # the database failed: say what to do
        gr.Warning(str(exc))
        return gr.skip()
    if row is None:
        gr.Warning(f"No saved interview has the id {session_id!r}.")  # another owner's reads as missing
        return gr.skip()
    if session_id != tab.session_id:
        coaching.reset(time.monotonic())
    tab.language = row.language
    try:
        progress = engine.resume(session_id, owner=owner)
    except EngineError as exc:
        gr.Warning(str(exc))
        return gr.skip()
    except Exception as exc:  # noqa: BLE001 - a model failure must reach the user as a message, not a trace
        log.exception("resuming session %s failed", session_id)
        gr.Warning(MODEL_FAILED.format(error=type(exc).__name__))
        progress = Progress(session_id=session_id)  # neither waiting nor finished: the screen offers Retry
    turns = engine.turns(session_id, owner=owner)
    chat = chat_from(turns, progress, tab.language, row.max_questions)
    return {ui.tabs: gr.Tabs(selected="interview"), **screen(ui, engine, tab, coaching, progress, chat)}
