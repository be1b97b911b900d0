"""The Start tab: the resume (file or pasted), the target role, language and length, a preview of the topics, and the
button that starts the interview."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from agent.engine import InterviewEngine
from agent.nodes.plan_topics import build_topic_queue
from agent.state import Language
from tools.resume_parser import Resume, ResumeError, parse_resume
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
            with gr.Row():
                preview_button = gr.Button("Preview topics", variant="secondary", elem_id="preview")
                start = gr.Button("Start interview", variant="primary", elem_id="start")
        with gr.Column(scale=6):
            preview = gr.HTML('<div class="mi-card mi-muted">Upload or paste a resume to see what it says and '
                              "the topics the interview will cover.</div>", elem_id="resume-preview")
    return StartTab(file, pasted, role, language, count, preview_button, start, preview)


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
