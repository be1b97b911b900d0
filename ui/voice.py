"""Answering by voice in the app: the microphone's live transcript fills the answer box (editable before sending),
delivery feedback under it, and each new question read aloud unless muted.

Speech models load once per process on first use (``VoiceService``); each browser tab streams into its own
``StreamingTranscriber``. Microphone chunks arrive as files in Gradio's upload cache: they are read into memory and
swept within seconds (``ui.coach.ChunkSweeper``), so no recording stays on disk. This microphone is the app's one
capture of the candidate's voice: each chunk goes to the transcriber and to the tab's live coach alike, so the coach
never says it hears nothing while the transcriber hears an answer.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass
from html import escape, unescape
from pathlib import Path
from typing import Any

import gradio as gr
import numpy as np

from agent.config import Settings
from tools.speech.audio import AudioError, parse_stream_wav
from tools.speech.stream import Answer, StreamingTranscriber, VadSettings
from tools.speech.stt import Transcriber
from tools.speech.tts import Speaker, SpeechUnavailable
from ui.coach import ChunkSweeper, Coaching
from ui.render import delivery_lines

log = logging.getLogger(__name__)
CHUNK_LIFETIME_S = 3.0  # microphone chunks in Gradio's upload cache are deleted this long after they arrive

def speech_installed() -> bool:
    try:
        import faster_whisper  # noqa: F401
    except ImportError:
        return False
    return True


class VoiceService:
    """The process's speech models, loaded on first use: one transcriber per model, one speaker."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._lock = threading.Lock()
        self._transcribers: dict[str, Transcriber] = {}
        self._speaker: Speaker | None = None

    def transcriber(self, language: str) -> Transcriber:
        name = self.settings.stt_model_zh if language == "zh" else self.settings.stt_model
        with self._lock:
            if name not in self._transcribers:
                self._transcribers[name] = Transcriber(name, threads=self.settings.threads,
                                                       beam_size=self.settings.stt_beam_size)
            return self._transcribers[name]

    def stream(self, language: str) -> StreamingTranscriber:
        vad = VadSettings(threshold=self.settings.vad_threshold, min_silence_ms=self.settings.vad_min_silence_ms)
        return StreamingTranscriber(self.transcriber(language), language=language, settings=vad)

    def speak(self, text: str, language: str) -> tuple[int, np.ndarray] | None:
        """(sample rate, int16 samples) for ``gr.Audio``; None when no voice can say it."""
        try:
            with self._lock:
                if self._speaker is None:
                    self._speaker = Speaker()
            speech = self._speaker.say(text, language=language)
        except (SpeechUnavailable, ValueError) as e:
            log.info("question not read aloud: %s", e)
            return None
        return speech.sample_rate, (np.clip(speech.samples, -1, 1) * 32767).astype(np.int16)


@dataclass
class VoiceAnswer:
    """One browser tab's voice state: the answer being spoken and the last question read aloud."""

    stream: StreamingTranscriber | None = None
    spoken: str = ""

    def __deepcopy__(self, memo: dict[int, Any]) -> VoiceAnswer:
        return VoiceAnswer()  # gr.State copies the initial value per tab: each tab starts with its own


@dataclass
class VoiceSection:
    microphone: gr.Audio
    status: gr.HTML
    read_aloud: gr.Checkbox
    question_audio: gr.Audio
    state: gr.State


def create_voice_section(tts_on: bool) -> VoiceSection:
    """Under the answer box: the microphone to answer with, its status, and the read-aloud switch."""
    with gr.Row(equal_height=False):
        microphone = gr.Audio(sources=["microphone"], streaming=True, type="filepath", format="wav", scale=3,
                              label="Answer by voice: record, stop, then check the text and send",
                              elem_id="voice-answer",
                              waveform_options=gr.WaveformOptions(show_recording_waveform=False))
        with gr.Column(scale=1, min_width=160):
            read_aloud = gr.Checkbox(tts_on, label="Read questions aloud", elem_id="read-aloud")
            question_audio = gr.Audio(autoplay=True, interactive=False, label="Question", elem_id="question-audio")
    status = gr.HTML("", elem_id="voice-status")
    return VoiceSection(microphone, status, read_aloud, question_audio, gr.State(VoiceAnswer()))


def delivery_html(answer: Answer, language: str = "en") -> str:
    """The transcript's status when it cannot be trusted, else the delivery against the comfortable ranges."""
    t = answer.transcript
    if not t.usable or answer.delivery is None:
        return f'<p class="mi-voice-status">{escape(t.message or "No speech was heard.")}</p>'
    notice = f"<p>{escape(t.message)}</p>" if t.message else ""
    items = "".join(f"<li>{escape(line)}</li>" for line in delivery_lines(answer.delivery, language))
    return f'<div class="mi-voice-status">{notice}<ul>{items}</ul></div>'  # the same lines as the report


def question_text(chat: list[Any] | None) -> str | None:
    """The question in the last assistant message, if that message asks one (not a score or a placeholder)."""
    if not chat:
        return None
    last = chat[-1]
    role = last.get("role") if isinstance(last, dict) else getattr(last, "role", None)
    content = last.get("content") if isinstance(last, dict) else getattr(last, "content", None)
    if isinstance(content, list):
        content = " ".join(c.get("text", "") if isinstance(c, dict) else str(c) for c in content)
    if role != "assistant" or not isinstance(content, str) or "\n\n" not in content or content.startswith("<"):
        return None
    text = unescape(re.sub(r"<[^>]+>|[*_`]", "", content.rsplit("\n\n", 1)[-1])).strip()  # '"', not '&quot;'
    return text or None


def connect_voice(app: gr.Blocks, voice: VoiceSection, answer: gr.Textbox, chat: gr.Chatbot, tab: gr.State,
                  coaching: gr.State, service: VoiceService) -> None:
    """Wire the microphone to the answer box and the live coach, and the chat to the read-aloud player."""

    sweeper = ChunkSweeper((app.upload_file_set, voice.microphone.temp_files), older_than=CHUNK_LIFETIME_S)

    def sweep() -> None:
        sweeper(time.time())

    def start(state: VoiceAnswer, tab_state: Any, live: Coaching) -> str:
        live.set_listening(True)
        if state.stream is not None:  # a recording that never stopped
            state.stream.close()
        try:
            state.stream = service.stream(getattr(tab_state, "language", "en"))
        except Exception as e:  # a missing or damaged model: say so and let the candidate type
            log.exception("speech-to-text unavailable")
            state.stream = None
            return f'<p class="mi-voice-status">Voice answers are unavailable ({escape(str(e))}): please type.</p>'
        return '<p class="mi-voice-status">Listening…</p>'

    def chunk(path: str | None, state: VoiceAnswer, live: Coaching) -> Any:
        # Not deleted on reading: chunks are named by their content, so two identical ones (digital silence) share a
        # file; the sweep removes every chunk within seconds.
        sweep()
        if not path:
            return gr.skip()
        now = time.monotonic()
        try:
            samples, rate = parse_stream_wav(Path(path).read_bytes())
            live.on_audio((rate, samples), now)
            if state.stream is None:
                return gr.skip()
            state.stream.feed(samples, rate)
        except FileNotFoundError:
            return gr.skip()
        except AudioError as e:
            gr.Warning(str(e))
            return gr.skip()
        live.on_speech(state.stream.heard(), state.stream.so_far(), now)
        return gr.Textbox(value=state.stream.partial) if state.stream.partial else gr.skip()

    def stop(state: VoiceAnswer, tab_state: Any, live: Coaching) -> tuple[Any, str]:
        live.set_listening(False)
        sweeper.keep_sweeping(5 * CHUNK_LIFETIME_S)  # the last chunks: no event comes after them
        if state.stream is None:
            return gr.skip(), gr.skip()
        result = state.stream.finish()
        state.stream.close()
        state.stream = None
        if result.transcript.usable:  # sent with the answer if the text sent is still this transcript
            tab_state.spoken, tab_state.delivery = result.transcript.text, result.delivery
        text = gr.Textbox(value=result.transcript.text, interactive=True) if result.transcript.usable else gr.skip()
        return text, delivery_html(result, getattr(tab_state, "language", "en"))

    def read(chat_value: list[Any], on: bool, state: VoiceAnswer, tab_state: Any) -> Any:
        text = question_text(chat_value)
        if not on or not text or text == state.spoken:
            return gr.skip()
        state.spoken = text
        audio = service.speak(text, getattr(tab_state, "language", "en"))
        return audio if audio else gr.skip()

    # Every chunk must reach the transcriber, in order, and the stop after the last of them: one FIFO queue
    # (a stream event's default trigger mode drops chunks that arrive while one is being handled).
    m, queue = voice.microphone, "voice-answer"
    fifo: dict[str, Any] = {"show_progress": "hidden", "concurrency_id": queue, "concurrency_limit": 1}
    m.start_recording(start, [voice.state, tab, coaching], voice.status, **fifo)
    m.stream(chunk, [m, voice.state, coaching], answer, stream_every=0.5, trigger_mode="multiple", **fifo)
    m.stop_recording(stop, [voice.state, tab, coaching], [answer, voice.status], **fifo)
    chat.change(read, [chat, voice.read_aloud, voice.state, tab], voice.question_audio, show_progress="hidden")
