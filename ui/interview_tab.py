"""The Interview tab: the chat, the answer box (typed or spoken), End and Retry, and beside them the camera, the
microphone and the live coaching panel."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import gradio as gr
import numpy as np

from agent.engine import InterviewEngine, Progress, validate_answer
from agent.errors import EngineError, NotWaitingError
from agent.state import Turn
from tools.speech.delivery import DeliveryMetrics
from ui.coach import ChunkSweeper, Coaching, read_chunk
from ui.countdown import SECONDS_JS
from ui.render import (
    Message,
    answer_message,
    aside_messages,
    draft_message,
    finished_message,
    labels,
    panel_html,
    progress_html,
    question_message,
    score_message,
    working_message,
)
from ui.screen import MODEL_FAILED, UI, Tab, restore, screen
from ui.voice import VoiceSection, create_voice_section

log = logging.getLogger(__name__)


@dataclass
class InterviewTab:
    progress: gr.HTML
    chat: gr.Chatbot
    answer: gr.Textbox
    send: gr.Button
    end: gr.Button
    retry: gr.Button
    session: gr.Textbox
    camera_on: gr.Checkbox | None
    camera: gr.Image | None
    microphone: gr.Audio | None
    panel: gr.HTML
    seconds: gr.Number  # the answer's time, filled in by the page as it is sent (ui/countdown.py)
    voice: VoiceSection | None = None


def create_interview_tab(engine: InterviewEngine, coaching_installed: bool, voice_on: bool = False) -> InterviewTab:
    with gr.Tab("Interview", id="interview"), gr.Row(equal_height=False):
        with gr.Column(scale=7):
            progress = gr.HTML(progress_html(None, 0, 0, False, None), elem_id="progress")
            chat = gr.Chatbot(label="Interview", show_label=False, height=540, elem_id="chat", buttons=[],
                              placeholder="Start an interview in the **Start** tab, or continue one from "
                                          "**Sessions**.", feedback_options=None, group_consecutive_messages=False)
            answer = gr.Textbox(label="Your answer", lines=3, max_lines=10, interactive=False, elem_id="answer",
                                placeholder="Type your answer. Enter sends it; Shift+Enter starts a new line.")
            with gr.Row():
                send = gr.Button("Send answer", variant="primary", interactive=False, elem_id="send", scale=3)
                retry = gr.Button("Retry", variant="secondary", visible=False, elem_id="retry", scale=1)
                end = gr.Button("End interview", variant="stop", interactive=False, elem_id="end", scale=1)
            voice = create_voice_section(engine.settings.tts) if voice_on else None
            session = gr.Textbox(visible="hidden", elem_id="session-id")
            seconds = gr.Number(visible="hidden", elem_id="answer-seconds")
        with gr.Column(scale=4, min_width=300):
            camera_on = camera = microphone = None
            if coaching_installed:
                camera = gr.Image(sources=["webcam"], streaming=True, type="numpy", label="Camera",
                                  webcam_options=gr.WebcamOptions(mirror=False), elem_id="camera", height=260)
            if coaching_installed and voice is None:  # else the voice answer's microphone is the one capture
                microphone = gr.Audio(sources=["microphone"], streaming=True, label="Microphone", type="filepath",
                                      format="wav", elem_id="microphone",
                                      waveform_options=gr.WaveformOptions(show_recording_waveform=False))
            if coaching_installed:
                camera_on = gr.Checkbox(True, label="Camera and microphone on", elem_id="camera-on")
            panel = gr.HTML(panel_html(Coaching(None), "en", 0.0) if not coaching_installed else "",
                            elem_id="live-panel")
    return InterviewTab(progress, chat, answer, send, end, retry, session, camera_on, camera, microphone, panel,
                        seconds, voice)


def answering(engine: InterviewEngine, session_id: str, text: str, number: int, windows: list[dict[str, Any]],
              delivery: DeliveryMetrics | None, seconds: float | None = None) -> Iterator[Turn | str | Progress]:
    """Answer in a worker thread: yields the scored turn as soon as the Scorer is done, then the next question's
    draft as it is written (at most ten times a second), then the new progress; the engine's errors are raised
    here."""
    scored: queue.Queue[Turn | str | None] = queue.Queue()
    outcome: dict[str, Any] = {}
    last_draft = [0.0]

    def on_question(draft: str) -> None:
        if time.monotonic() - last_draft[0] >= 0.1:
            last_draft[0] = time.monotonic()
            scored.put(draft)

    def run() -> None:
        try:
            outcome["progress"] = engine.answer(session_id, text, number=number, behavior_windows=windows,
                                                on_scored=scored.put, on_question=on_question, delivery=delivery,
                                                seconds=seconds)
        except Exception as exc:  # noqa: BLE001 - handed to the caller's thread below
            outcome["error"] = exc
        finally:
            scored.put(None)

    threading.Thread(target=run, name=f"answer-{session_id}", daemon=True).start()
    while (turn := scored.get()) is not None:
        yield turn
    if "error" in outcome:
        raise outcome["error"]
    yield outcome["progress"]


def connect_interview(ui: UI, engine: InterviewEngine) -> None:
    i = ui.interview

    def submit(text: str, chat: list[Message], tab: Tab, coaching: Coaching,
               measured: float | None = None) -> Iterator[dict[Any, Any]]:
        if tab.session_id is None or tab.number is None:
            gr.Warning("No question is waiting: start an interview, or open a saved one from Sessions.")
            yield gr.skip()
            return
        try:
            text = validate_answer(text or "", engine.settings.max_answer_chars)
        except EngineError as exc:
            gr.Warning(str(exc))
            yield gr.skip()
            return
        sid = tab.session_id
        seconds = tab.answer_seconds(measured, time.monotonic())
        answered = [*chat, answer_message(text)]
        shown = [*answered, working_message(labels(tab.language)["scoring"])]
        yield {i.chat: shown, i.answer: gr.Textbox(value="", interactive=False), i.send: gr.Button(interactive=False),
               i.end: gr.Button(interactive=False)}
        progress = Progress(session_id=sid)
        try:
            for step in answering(engine, sid, text, tab.number, coaching.take_windows(time.monotonic()),
                                  tab.take_delivery(text), seconds):
                if isinstance(step, Progress):
                    progress = step
                elif isinstance(step, str):  # the next question as it is written
                    yield {i.chat: [*shown[:-1], draft_message(step)]}
                else:  # the score is shown while the next question is being written
                    shown = [*answered, score_message(step, tab.language),
                             working_message(labels(tab.language)["next"])]
                    yield {i.chat: shown}
        except NotWaitingError as exc:  # answered elsewhere (another tab, a double submit): show where it stands
            gr.Warning(str(exc))
            yield restore(ui, engine, tab, coaching, sid)
            return
        except EngineError as exc:
            gr.Warning(str(exc))
            yield {i.chat: chat, i.answer: gr.Textbox(value=text, interactive=True),
                   i.send: gr.Button(interactive=True), i.end: gr.Button(interactive=True)}
            return
        except Exception as exc:  # noqa: BLE001 - a model failure must reach the user as a message, not a trace
            log.exception("answering in session %s failed", sid)
            gr.Warning(MODEL_FAILED.format(error=type(exc).__name__))
            yield screen(ui, engine, tab, coaching, Progress(session_id=sid), shown[:-1])
            return
        if progress.last_turn is None:  # an aside: the interviewer's reply asks the same question again
            assert progress.pending is not None and progress.pending.asides
            reply = aside_messages(progress.pending.asides, progress.pending, tab.language)[-1]
            yield screen(ui, engine, tab, coaching, progress, [*answered, reply])
            return
        shown = [*answered, score_message(progress.last_turn, tab.language)]
        if progress.pending is not None:
            shown.append(question_message(progress.pending, tab.language))
        elif progress.report is not None:
            shown.append(finished_message(progress.report))
        yield screen(ui, engine, tab, coaching, progress, shown)

    def end(chat: list[Message], tab: Tab, coaching: Coaching) -> dict[Any, Any]:
        if tab.session_id is None:
            return gr.skip()
        try:
            progress = engine.end(tab.session_id, owner=tab.who())
        except EngineError as exc:
            gr.Warning(str(exc))
            return gr.skip()
        assert progress.report is not None
        return screen(ui, engine, tab, coaching, progress, [*chat, finished_message(progress.report)])

    def retry(tab: Tab, coaching: Coaching) -> dict[Any, Any]:
        return restore(ui, engine, tab, coaching, tab.session_id) if tab.session_id else gr.skip()

    gr.on([i.send.click, i.answer.submit], submit, [i.answer, i.chat, ui.tab, ui.coaching, i.seconds], ui.screen,
          js=SECONDS_JS, trigger_mode="once", show_progress="full", show_progress_on=i.progress)
    i.end.click(end, [i.chat, ui.tab, ui.coaching], ui.screen, show_progress="hidden")
    i.retry.click(retry, [ui.tab, ui.coaching], ui.screen)


def connect_coaching(app: gr.Blocks, ui: UI) -> None:
    """The camera to the live coach, and its own microphone unless the voice answer's one feeds the coach."""
    i = ui.interview
    assert i.camera is not None and i.camera_on is not None
    sweep = ChunkSweeper((app.upload_file_set, *([i.microphone.temp_files] if i.microphone is not None else [])))

    def on_frame(frame: np.ndarray | None, coaching: Coaching) -> None:
        coaching.on_frame(frame, time.monotonic())

    def on_audio(path: str | None, coaching: Coaching) -> None:
        coaching.on_audio(read_chunk(path), time.monotonic())

    def panel(coaching: Coaching, tab: Tab) -> str:
        return panel_html(coaching, tab.language, time.monotonic())

    def tick(coaching: Coaching, tab: Tab) -> str:
        sweep(time.time())
        return panel(coaching, tab)

    def toggle(on: bool, coaching: Coaching, tab: Tab) -> list[Any]:
        coaching.set_camera(on)
        return [gr.Image(visible=on), *([gr.Audio(visible=on)] if i.microphone is not None else []),
                panel(coaching, tab)]

    i.camera.stream(on_frame, [i.camera, ui.coaching], None, stream_every=0.2, concurrency_limit=None,
                    show_progress="hidden")
    if i.microphone is not None:
        i.microphone.stream(on_audio, [i.microphone, ui.coaching], None, stream_every=0.5, concurrency_limit=None,
                            show_progress="hidden")
    gr.Timer(1.0).tick(tick, [ui.coaching, ui.tab], i.panel, show_progress="hidden", concurrency_limit=None)
    i.camera_on.change(toggle, [i.camera_on, ui.coaching, ui.tab],
                       [i.camera, *([i.microphone] if i.microphone is not None else []), i.panel],
                       show_progress="hidden")
