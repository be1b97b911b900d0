"""Speech-to-text with faster-whisper: one loaded model, 16 kHz clips in, words with timestamps out.

Whisper leaves out "um"/"uh" unless the prompt shows them, so every call is prompted with fillers (FEASIBILITY.md:
with the prompt they are kept); the delivery metrics count them. Whether a transcript can be trusted is decided
here, never left to the reader: an English-only model asked for another language gives no text at all, and a
transcript the model itself is unsure of is flagged so that the UI asks the candidate to check it or type.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from pydantic import BaseModel

from tools.speech.audio import SAMPLE_RATE, require_sound, to_16k
from tools.speech.schema import Status, Transcript, Word
from tools.speech.weights import is_english_only, load_whisper

FILLER_PROMPTS = {
    "en": "Umm, let me think like, hmm... Okay, so, uh, I mean, here's what I, like, did.",
    "zh": "嗯，我想想，呃，就是说，那个，我们当时是这样做的。",
}
VERIFIED_LANGUAGES = frozenset({"en"})  # measured on test speech (tests/test_speech_stt.py); others are flagged
LOW_LOGPROB = -1.0  # Whisper's own fallback threshold: a segment this unsure is usually wrong
HIGH_COMPRESSION = 2.4  # ... and one this repetitive is usually a hallucinated loop
MESSAGES: dict[Status, str] = {
    "ok": "",
    "unverified": "Speech recognition for this language is unverified: check the transcript, or type your answer.",
    "low_confidence": "The transcript may be wrong: check it, or type your answer.",
    "no_speech": "No speech was heard: speak closer to the microphone, or type your answer.",
    "unsupported_language": "Speech recognition is not available for this language here: please type your answer.",
}


class Piece(BaseModel):
    """The transcription of one stretch of audio, before the answer-level verdict."""

    words: list[Word]
    text: str
    logprob: float  # mean of the segments' avg_logprob, weighted by length
    compression: float  # worst segment's compression ratio


class Transcriber:
    """One Whisper model. ``transcribe`` takes a whole clip at any rate; ``piece`` is the streaming building block."""

    def __init__(self, model_name: str = "tiny.en", *, threads: int = 2, beam_size: int = 5, model: Any | None = None):
        self.model_name = model_name
        self.beam_size = beam_size
        self.english_only = is_english_only(model_name)
        self.model = model if model is not None else load_whisper(model_name, threads=threads)

    def supports(self, language: str) -> bool:
        return language == "en" or (not self.english_only and language in FILLER_PROMPTS)

    def piece(self, audio16k: np.ndarray, language: str, *, offset: float = 0.0, draft: bool = False) -> Piece:
        """Transcribe one voice-activity segment; timestamps are shifted by ``offset`` seconds. A ``draft`` (the live
        partial) is greedy and has no word timestamps: about half the work."""
        segments, _ = self.model.transcribe(
            audio16k, language=language, initial_prompt=FILLER_PROMPTS[language], word_timestamps=not draft,
            condition_on_previous_text=False, vad_filter=False, beam_size=1 if draft else self.beam_size)
        out: list[Word] = []
        texts, logprobs, weights, compression = [], [], [], 0.0
        for seg in segments:
            texts.append(seg.text.strip())
            logprobs.append(seg.avg_logprob)
            weights.append(max(seg.end - seg.start, 0.01))
            compression = max(compression, seg.compression_ratio)
            out.extend(Word(text=w.word.strip(), start=round(w.start + offset, 3), end=round(w.end + offset, 3),
                            probability=round(w.probability, 3)) for w in seg.words or [] if w.word.strip())
        joiner = "" if language == "zh" else " "
        logprob = float(np.average(logprobs, weights=weights)) if logprobs else 0.0
        return Piece(words=out, text=joiner.join(t for t in texts if t), logprob=logprob, compression=compression)

    def assemble(self, pieces: list[Piece], language: str, seconds: float) -> Transcript:
        """The answer's transcript from its segments' pieces, with the verdict on whether to trust it."""
        joiner = "" if language == "zh" else " "
        text = joiner.join(p.text for p in pieces if p.text).strip()
        status = verdict(pieces, language, supported=self.supports(language))
        if status in ("unsupported_language", "no_speech"):
            text = ""
        return Transcript(text=text, words=[w for p in pieces for w in p.words] if text else [], language=language,
                          status=status, message=MESSAGES[status], seconds=round(seconds, 3), model=self.model_name)

    def transcribe(self, samples: Any, sample_rate: Any, *, language: str = "en") -> Transcript:
        """A whole recording -> its transcript. ``AudioError`` for empty, silent or malformed audio."""
        audio = to_16k(samples, sample_rate)
        require_sound(audio)
        seconds = len(audio) / SAMPLE_RATE
        if not self.supports(language):
            return self.assemble([], language, seconds)
        return self.assemble([self.piece(audio, language)], language, seconds)


def verdict(pieces: list[Piece], language: str, *, supported: bool) -> Status:
    """The transcript's status: unsupported, nothing heard, the model unsure, the language unverified, or ok."""
    if not supported:
        return "unsupported_language"
    spoken = [p for p in pieces if re.search(r"\w", p.text)]  # a lone "。" or "..." is no transcript
    if not spoken:
        return "no_speech"
    lengths = [max(len(p.words), 1) for p in spoken]
    if (np.average([p.logprob for p in spoken], weights=lengths) < LOW_LOGPROB
            or max(p.compression for p in spoken) > HIGH_COMPRESSION):
        return "low_confidence"
    return "ok" if language in VERIFIED_LANGUAGES else "unverified"
