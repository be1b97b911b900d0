"""Streaming transcription of one answer: microphone chunks -> voice-activity segments -> text as each one closes.

A segment closes after ``min_silence_ms`` of non-speech (or at ``max_segment_s``, cut at its quietest frame) and is
transcribed at once on a worker thread, so when the candidate stops only the last segment is left to transcribe:
the final transcript is ready about a second after the end of speech, whatever the answer's length. While a segment
is still open and the worker is idle, it is transcribed provisionally (no word timestamps) for the live partial.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import numpy as np
from pydantic import BaseModel, Field

from tools.speech.audio import SAMPLE_RATE, AudioError, to_16k
from tools.speech.delivery import DeliveryMetrics, measure_delivery
from tools.speech.schema import Transcript, Word
from tools.speech.stt import Piece, Transcriber
from tools.speech.vad import FRAME, FRAME_S, SileroVad


class VadSettings(BaseModel):
    threshold: float = Field(default=0.5, gt=0, lt=1, description="Speech probability that opens a segment.")
    min_silence_ms: int = Field(default=500, ge=100, description="Non-speech that closes a segment.")
    pad_ms: int = Field(default=200, ge=0, description="Audio kept on each side of a segment.")
    max_segment_s: float = Field(default=20.0, ge=5, description="A longer segment is cut at its quietest frame.")
    partial_every_s: float = Field(default=2.0, ge=0.5, description="Provisional transcript of the open segment.")
    max_answer_s: float = Field(default=600.0, ge=10, description="Audio beyond this is refused.")


class Answer(BaseModel):
    """A finished spoken answer: the transcript and its delivery."""

    transcript: Transcript
    delivery: DeliveryMetrics | None = Field(description="None when there is no usable transcript.")


class StreamingTranscriber:
    """Feed one answer's chunks with ``feed``; read ``partial`` any time; ``finish`` returns the ``Answer``.

    Not thread-safe for concurrent ``feed`` calls (one microphone stream per instance); ``reset`` starts a new answer.
    """

    def __init__(self, transcriber: Transcriber, *, language: str = "en", vad: SileroVad | None = None,
                 settings: VadSettings | None = None):
        self.transcriber = transcriber
        self.language = language
        self.settings = settings or VadSettings()
        self.vad = vad or SileroVad()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stt")
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.vad.reset()
        self._buffer = np.zeros(30 * SAMPLE_RATE, np.float32)  # the whole answer at 16 kHz, in memory only
        self._n = 0  # samples in the buffer
        self._probs = np.zeros(0, np.float32)  # one speech probability per 32-ms frame
        self._start: int | None = None  # first frame of the open segment
        self._silent = 0  # consecutive non-speech frames in the open segment
        self._pieces: list[tuple[int, Future[Piece]]] = []  # (segment start frame, its transcription)
        self._provisional: tuple[int, str] = (-1, "")  # (segment start frame, text)
        self._provisional_at = 0  # frame at which the last provisional run was asked for
        self._draft: Future[None] = Future()  # the provisional run in flight, if any
        self._draft.set_result(None)

    @property
    def _audio(self) -> np.ndarray:
        return self._buffer[:self._n]

    @property
    def seconds(self) -> float:
        return self._n / SAMPLE_RATE

    def feed(self, samples: Any, sample_rate: Any) -> None:
        """A microphone chunk at any rate (int or float, mono or multichannel). ``AudioError`` if malformed."""
        chunk = to_16k(samples, sample_rate, allow_empty=True)
        if self.seconds + len(chunk) / SAMPLE_RATE > self.settings.max_answer_s:
            raise AudioError(f"the answer is longer than {self.settings.max_answer_s:.0f} s")
        if self._n + len(chunk) > len(self._buffer):  # grow by doubling: appending stays linear in the answer
            self._buffer = np.concatenate([self._buffer[:self._n], np.zeros(max(len(self._buffer), len(chunk)),
                                                                              np.float32)])
        self._buffer[self._n:self._n + len(chunk)] = chunk
        self._n += len(chunk)
        done = len(self._probs) * FRAME
        whole = (len(self._audio) - done) // FRAME * FRAME
        if whole:
            self._advance(self.vad(self._audio[done:done + whole]))

    def _advance(self, probs: np.ndarray) -> None:
        s = self.settings
        first = len(self._probs)
        self._probs = np.concatenate([self._probs, probs])
        off = s.threshold - 0.15  # hysteresis, as Silero's own get_speech_timestamps
        close_after = int(np.ceil(s.min_silence_ms / 1000 / FRAME_S))
        for i in range(first, len(self._probs)):
            p = self._probs[i]
            if self._start is None:
                if p >= s.threshold:
                    self._start, self._silent = i, 0
                continue
            self._silent = self._silent + 1 if p < off else 0
            if self._silent >= close_after:
                self._close(i - self._silent + 1)
            elif (i - self._start) * FRAME_S >= s.max_segment_s:
                lo = self._start + int((i - self._start) / 2)
                self._close(lo + int(np.argmin(self._probs[lo:i + 1])))
        self._maybe_provisional()

    def _close(self, end: int) -> None:
        """Submit frames [start, end) (padded) for transcription; frames after ``end`` start afresh."""
        assert self._start is not None
        start, self._start, self._silent = self._start, None, 0
        pad = int(self.settings.pad_ms / 1000 * SAMPLE_RATE)
        a, b = max(start * FRAME - pad, 0), min(end * FRAME + pad, len(self._audio))
        if end < len(self._probs) and self._probs[end:].max(initial=0) >= self.settings.threshold:
            self._start = end + int(np.argmax(self._probs[end:] >= self.settings.threshold))
        if not self.transcriber.supports(self.language):
            return
        audio = self._audio[a:b].copy()
        self._pieces.append((start, self._pool.submit(self.transcriber.piece, audio, self.language,
                                                      offset=a / SAMPLE_RATE)))

    def _maybe_provisional(self) -> None:
        start = self._start
        if start is None or not self._draft.done() or any(not f.done() for _, f in self._pieces):
            return
        now = len(self._probs)
        if (now - max(start, self._provisional_at)) * FRAME_S < self.settings.partial_every_s:
            return
        self._provisional_at = now
        audio = self._audio[start * FRAME:now * FRAME].copy()

        def run() -> None:
            text = self.transcriber.piece(audio, self.language, offset=start * FRAME_S, draft=True).text
            with self._lock:
                self._provisional = (start, text)

        self._draft = self._pool.submit(run)

    @property
    def partial(self) -> str:
        """Transcribed segments' text so far, then the latest provisional text of the segment after them."""
        done = [(s, f.result().text) for s, f in self._pieces if f.done() and f.exception() is None]
        texts = [t for _, t in done]
        with self._lock:
            start, text = self._provisional
        if text and start >= 0 and start not in {s for s, _ in done}:  # its segment is open or still transcribing
            texts.append(text)
        return (" " if self.language != "zh" else "").join(t for t in texts if t)

    def heard(self, seconds: float = 1.0) -> bool:
        """Whether the voice-activity detector heard speech in the last ``seconds`` of audio."""
        recent = self._probs[-max(int(seconds / FRAME_S), 1):]
        return bool(len(recent)) and float(recent.max()) >= self.settings.threshold

    def so_far(self) -> DeliveryMetrics | None:
        """Delivery of the segments transcribed so far (pace, fillers), for the live panel while the candidate
        speaks; it trails speech by the open segment. None before the first segment is transcribed."""
        words = [w for _, f in self._pieces if f.done() and f.exception() is None for w in f.result().words]
        if not words:
            return None
        return measure_delivery(words, max(words[-1].end - words[0].start, 0.1), language=self.language)

    def finish(self) -> Answer:
        """Close the open segment, wait for its transcription, return the answer; then ``reset`` for the next."""
        if len(self._audio) % FRAME:
            self.feed(np.zeros(FRAME - len(self._audio) % FRAME, np.float32), SAMPLE_RATE)
        if self._start is not None:
            self._close(len(self._probs) - self._silent)
        pieces = [drop_unvoiced(f.result(), self._probs, self.settings.threshold - 0.15, self.language)
                  for _, f in self._pieces]
        transcript = self.transcriber.assemble(pieces, self.language, self.seconds)
        delivery = measure_delivery(transcript.words, transcript.seconds, language=self.language,
                                    level_dbfs=speech_level_dbfs(self._audio, self._probs, self.settings.threshold)
                                    ) if transcript.usable and transcript.words else None
        self.reset()
        return Answer(transcript=transcript, delivery=delivery)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def drop_unvoiced(piece: Piece, probs: np.ndarray, floor: float, language: str) -> Piece:
    """Drop the words before the first and after the last that the VAD heard as speech: Whisper's hallucinations in
    a segment's silent padding ("Thank you.", "Thanks for watching") carry timestamps there. Words between are kept
    (Silero scores a hummed "umm" low). The text is rebuilt from the kept words."""
    def voiced(w: Word) -> bool:
        a, b = int(w.start / FRAME_S), int(np.ceil(w.end / FRAME_S)) + 1
        return bool(probs[a:b].max(initial=0.0) >= floor)

    flags = [voiced(w) for w in piece.words]
    if not any(flags):
        kept: list[Word] = []
    else:
        first, last = flags.index(True), len(flags) - 1 - flags[::-1].index(True)
        kept = piece.words[first:last + 1]
    if len(kept) == len(piece.words):
        return piece
    text = ("" if language == "zh" else " ").join(w.text for w in kept)
    return piece.model_copy(update={"words": kept, "text": text})


def speech_level_dbfs(audio: np.ndarray, probs: np.ndarray, threshold: float) -> float | None:
    """The loud end (90th percentile of frame RMS) of the speech frames, in dBFS; None without speech."""
    n = min(len(probs), len(audio) // FRAME)
    speech = probs[:n] >= threshold
    if not speech.any():
        return None
    rms = np.sqrt((audio[: n * FRAME].reshape(n, FRAME)[speech] ** 2).mean(axis=1))
    return round(float(20 * np.log10(max(float(np.percentile(rms, 90)), 1e-6))), 1)
