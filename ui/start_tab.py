"""The Start tab: the resume (file or pasted), the target role, language and length, a preview of what was read and
of the topics, the topics for the candidate to correct, and the button that starts the interview."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from agent.engine import InterviewEngine
from agent.interview_types import TYPES
from agent.state import InterviewType, Language, Topic
from tools.resume_parser import Resume, ResumeError
from tools.upload_guard import UploadGuard, guard_for
from ui.coach import Coaching
from ui.render import progress_html, question_message, resume_preview_html, working_message
from ui.screen import UI, URL_JS, Tab, screen

log = logging.getLogger(__name__)

LANGUAGES = [("Same as the resume", "auto"), ("English", "en"), ("中文", "zh")]
RESUME_TYPES = [".pdf", ".docx", ".txt", ".md"]


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
    topics: gr.Textbox
    planned: gr.Textbox  # hidden: the topic names last planned, to tell the candidate's edits from a stale plan
    kind: gr.Radio  # the interview type (agent/interview_types.py)


def create_start_tab(engine: InterviewEngine) -> StartTab:
    with gr.Tab("Start", id="start"), gr.Row(equal_height=False):
        with gr.Column(scale=5):
            file = gr.File(label="Resume (PDF, DOCX, TXT or MD, up to 5 MB)", file_types=RESUME_TYPES,
                           elem_id="resume-file", height=120)
            pasted = gr.Textbox(label="…or paste your resume", lines=6, max_lines=14, elem_id="resume-text",
                                placeholder="Paste the text of your resume here.")
            role = gr.Textbox(label="Target role (optional)", placeholder="e.g. Backend Engineer", elem_id="role")
            with gr.Row():
                language = gr.Radio(LANGUAGES, value="auto", label="Interview language", elem_id="language")
                count = gr.Slider(3, 15, value=engine.settings.max_questions, step=1, label="Questions",
                                  elem_id="count")
            kind = gr.Radio([(spec.label, k) for k, spec in TYPES.items()], value="mixed", label="Interview type",
                            elem_id="interview-type", info=type_info("mixed"))
            with gr.Row():
                preview_button = gr.Button("Preview topics", variant="secondary", elem_id="preview")
                start = gr.Button("Start interview", variant="primary", elem_id="start")
        with gr.Column(scale=6):
            preview = gr.HTML('<div class="mi-card mi-muted">Upload or paste a resume to see what it says and '
                              "the topics the interview will cover.</div>", elem_id="resume-preview")
            topics = gr.Textbox(label="Your topics, one per line: edit, remove, add or reorder them before you start",
                                lines=6, max_lines=16, elem_id="topics",
                                placeholder="Preview the topics, then correct them here.")
            # Inside the tab: a component made directly under gr.Tabs shows up as a phantom tab in the tab bar. On
            # the page, not in a State: Start must compare the topics with the plan the candidate saw, not with one a
            # preview (the role field's blur, fired by the same click) has made on the server since.
            planned = gr.Textbox("", visible=False)
    return StartTab(file, pasted, role, language, count, preview_button, start, preview, topics, planned, kind)


def type_info(kind: str) -> str:
    spec = TYPES[kind]  # type: ignore[index]
    return f"{spec.about} About {spec.answer_seconds} s per answer."


def read_resume(file: str | None, pasted: str | None, guard: UploadGuard) -> Resume | None:
    """The uploaded file, else the pasted text, else no resume; a ResumeError says what to do instead. Read by
    ``guard``: in a worker with limits, each upload once (the preview's parse serves the start)."""
    if file:
        return guard.parse_file(Path(file), filename=Path(file).name)
    if pasted and pasted.strip():
        return guard.parse_text(pasted)
    return None


def interview_language(choice: str, resume: Resume | None) -> Language:
    if choice in ("en", "zh"):
        return "zh" if choice == "zh" else "en"
    return resume.language if resume is not None else "en"


def own_topics(edited: str | None, planned: str | None) -> str:
    """The topics shown, where the candidate has edited them since the last plan; "" where they are that plan (a new
    plan replaces them)."""
    edited = edited or ""
    return edited if edited.strip() not in ("", (planned or "").strip()) else ""


def connect_start(ui: UI, engine: InterviewEngine) -> None:
    s = ui.start
    guard = guard_for(engine.settings)  # one per app: it bounds the parses of every tab together

    def plan(resume: Resume | None, role: str, language: str, edited: str, kind: InterviewType) -> list[Topic]:
        """The engine's plan for this type, or the candidate's lines over it; no lines plans from the resume."""
        planned = engine.preview_plan(resume, target_role=role or "", language=interview_language(language, resume),
                                      interview_type=kind)
        names = [line for line in (edited or "").splitlines() if line.strip()]
        return engine.correct_plan(names, planned)

    def preview(file: str | None, pasted: str, role: str, language: str, edited: str, planned: str,
                kind: InterviewType) -> Any:
        try:
            resume = read_resume(file, pasted, guard)
        except ResumeError as exc:
            gr.Warning(str(exc))
            return gr.skip(), gr.skip(), gr.skip()
        fresh = "\n".join(t.name for t in plan(resume, role, language, "", kind))
        text = own_topics(edited, planned) or fresh
        return resume_preview_html(resume, plan(resume, role, language, text, kind)), text, fresh

    def start(file: str | None, pasted: str, role: str, language: str, count: float, edited: str, planned: str,
              kind: InterviewType, tab: Tab, coaching: Coaching) -> Iterator[dict[Any, Any]]:
        owner = tab.who()
        try:
            resume = read_resume(file, pasted, guard)
        except ResumeError as exc:
            raise gr.Error(str(exc), print_exception=False) from None
        lang = interview_language(language, resume)
        # A role typed just before Start (no preview since) still opens the interview.
        topics = plan(resume, role, language, own_topics(edited, planned), kind)
        i = ui.interview
        yield {s.preview: resume_preview_html(resume, topics), ui.tabs: gr.Tabs(selected="interview"),
               i.chat: [working_message("Reading your resume and preparing the first question")],
               i.progress: progress_html(None, 0, 0, False, None, starting=True),
               i.send: gr.Button(interactive=False), i.end: gr.Button(interactive=False),
               i.answer: gr.Textbox(interactive=False)}
        try:
            progress = engine.start(owner=owner, resume=resume, target_role=(role or "").strip()[:120], language=lang,
                                    max_questions=int(count), topics=topics, interview_type=kind)
        except Exception as exc:  # noqa: BLE001 - reported to the user; nothing was saved
            log.exception("starting an interview failed")
            gr.Warning(f"The interview could not start ({type(exc).__name__}: {exc}). Try again.")
            yield {ui.tabs: gr.Tabs(selected="start"), i.chat: []}
            return
        tab.language = lang
        coaching.reset(time.monotonic())
        assert progress.pending is not None
        yield screen(ui, engine, tab, coaching, progress, [question_message(progress.pending, lang)])

    def choose_type(kind: InterviewType) -> tuple[Any, Any, str]:
        """A type brings its own length and a fresh plan (the candidate's edits were for the other type)."""
        return gr.Radio(info=type_info(kind)), gr.Slider(value=TYPES[kind].questions), ""

    planning = [s.file, s.pasted, s.role, s.language, s.topics, s.planned, s.kind]
    s.kind.input(choose_type, s.kind, [s.kind, s.count, s.topics], show_progress="hidden").then(
        preview, planning, [s.preview, s.topics, s.planned], show_progress="hidden")
    gr.on([s.file.change, s.language.change, s.preview_button.click, s.pasted.blur, s.role.blur, s.topics.blur],
          preview, planning, [s.preview, s.topics, s.planned], show_progress="hidden")
    s.start.click(start, [s.file, s.pasted, s.role, s.language, s.count, s.topics, s.planned, s.kind, ui.tab,
                          ui.coaching],
                  ui.screen + [s.preview],
                  show_progress="full", show_progress_on=ui.interview.progress).then(
        None, ui.interview.session, None, js=URL_JS)
