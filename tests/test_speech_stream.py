"""Streaming segmentation with a stand-in for the model (the only fake): when segments close, what gets transcribed,
the partial transcript, and the answer assembled at the end. The VAD is a loudness stand-in so the timing is exact."""

from __future__ import annotations

import numpy as np
import pytest

from tools.speech.audio import SAMPLE_RATE, AudioError
from tools.speech.schema import Word
from tools.speech.stream import StreamingTranscriber, VadSettings, drop_unvoiced
from tools.speech.stt import Piece, Transcriber
from tools.speech.vad import FRAME


class LoudnessVad:
    """Speech probability 1 for frames with sound, 0 for silence."""

    def reset(self) -> None:
        pass

    def __call__(self, frames: np.ndarray) -> np.ndarray:
        return (np.abs(frames.reshape(-1, FRAME)).max(axis=1) > 0.01).astype(np.float32)


class ScriptedTranscriber(Transcriber):
    """Records each segment it is given and 'transcribes' it as one word per second of audio."""

    def __init__(self, model_name: str = "tiny.en"):
        super().__init__(model_name, model=object())
        self.segments: list[tuple[float, float, bool]] = []  # (offset s, length s, final rather than draft)

    def piece(self, audio16k: np.ndarray, language: str, *, offset: float = 0.0, draft: bool = False) -> Piece:
        seconds = len(audio16k) / SAMPLE_RATE
        words = not draft
        self.segments.append((round(offset, 2), round(seconds, 2), words))
        ws = [Word(text=f"w{offset + k:.0f}", start=offset + k, end=offset + k + 0.8) for k in range(int(seconds))]
        return Piece(words=ws if words else [], text=" ".join(w.text for w in ws), logprob=-0.1, compression=1.2)


def voice(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (0.3 * np.sin(2 * np.pi * 200 * t)).astype(np.float32)


def quiet(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), np.float32)


def feed(stream: StreamingTranscriber, audio: np.ndarray, rate: int = SAMPLE_RATE, chunk_s: float = 0.5) -> None:
    step = int(chunk_s * rate)
    for i in range(0, len(audio), step):
        stream.feed(audio[i:i + step], rate)


def make(model: str = "tiny.en", language: str = "en", **settings: float) -> tuple[StreamingTranscriber,
                                                                                   ScriptedTranscriber]:
    tr = ScriptedTranscriber(model)
    vad = VadSettings.model_validate({"pad_ms": 0, "partial_every_s": 60, **settings})
    return StreamingTranscriber(tr, language=language, vad=LoudnessVad(), settings=vad), tr  # type: ignore[arg-type]


def test_segments_close_on_silence_and_the_last_one_at_finish() -> None:
    stream, tr = make()
    feed(stream, np.concatenate([quiet(1.0), voice(3.0), quiet(1.0), voice(2.0), quiet(0.3)]))
    answer = stream.finish()
    assert [(o, s) for o, s, w in tr.segments if w] == [(pytest.approx(1.0, abs=0.04), pytest.approx(3.0, abs=0.04)),
                                                        (pytest.approx(5.0, abs=0.04), pytest.approx(2.0, abs=0.04))]
    assert answer.transcript.status == "ok" and answer.transcript.text == "w1 w2 w3 w5 w6"
    assert answer.transcript.seconds == pytest.approx(7.3, abs=0.05)
    assert answer.delivery is not None and answer.delivery.longest_pause_s == 0.0  # 1.2 s gap < 1.5 s


def test_long_speech_is_cut_and_chunks_at_any_rate() -> None:
    stream, tr = make(max_segment_s=5.0)
    audio48k = np.repeat(np.concatenate([voice(12.0), quiet(0.6)]), 3)  # 48 kHz
    feed(stream, (audio48k * 32767).astype(np.int16), rate=48000)
    stream.finish()
    lengths = [s for _, s, w in tr.segments if w]
    assert len(lengths) >= 3 and max(lengths) <= 5.1 and sum(lengths) == pytest.approx(12.0, abs=0.1)


def test_partial_shows_closed_segments_and_the_open_one() -> None:
    stream, tr = make(partial_every_s=1.0)
    feed(stream, np.concatenate([voice(2.0), quiet(1.0)]))
    stream._pool.submit(lambda: None).result()  # let the worker finish what it was given
    assert stream.partial == "w0 w1"
    feed(stream, voice(3.0))
    stream._pool.submit(lambda: None).result()
    assert stream.partial.startswith("w0 w1 w3")  # the open segment, provisionally
    assert any(not w for _, _, w in tr.segments)


def test_silence_only_gives_no_speech_and_then_a_fresh_answer() -> None:
    stream, tr = make()
    feed(stream, quiet(3.0))
    answer = stream.finish()
    assert answer.transcript.status == "no_speech" and answer.transcript.message and answer.delivery is None
    feed(stream, voice(1.0))
    assert stream.finish().transcript.text == "w0"


def test_unsupported_language_transcribes_nothing() -> None:
    stream, tr = make(language="zh")  # tiny.en is English only
    feed(stream, np.concatenate([voice(2.0), quiet(1.0)]))
    answer = stream.finish()
    assert answer.transcript.status == "unsupported_language" and answer.transcript.text == "" and not tr.segments
    assert "type" in answer.transcript.message


def test_bad_chunks_and_overlong_answers_are_refused() -> None:
    stream, _ = make(max_answer_s=10)
    with pytest.raises(AudioError, match="sample rate"):
        stream.feed(voice(0.5), 0)
    with pytest.raises(AudioError, match="longer than"):
        feed(stream, voice(11.0))


def test_words_in_silence_are_dropped() -> None:
    probs = np.array([0.0] * 5 + [1.0] * 10 + [0.0] * 10 + [1.0] * 10 + [0.0] * 40, np.float32)
    words = [Word(text="Hi.", start=0.0, end=0.1), Word(text="Okay,", start=0.2, end=0.45),
             Word(text="um,", start=0.5, end=0.75), Word(text="yes.", start=0.85, end=1.1),
             Word(text="Thank", start=1.6, end=1.8), Word(text="you.", start=1.8, end=2.0)]
    kept = drop_unvoiced(Piece(words=words, text="x", logprob=-0.3, compression=1), probs, 0.35, "en")
    assert kept.text == "Okay, um, yes."  # the hummed filler between voiced words stays


def test_while_speaking_it_knows_speech_is_heard_and_the_pace_so_far() -> None:
    stream, _ = make()
    assert not stream.heard() and stream.so_far() is None
    feed(stream, np.concatenate([voice(4.0), quiet(1.0)]))
    stream._pool.submit(lambda: None).result()
    assert not stream.heard(0.5) and stream.heard(2.0)
    so_far = stream.so_far()  # four words from 0 s to 3.8 s
    assert so_far is not None and so_far.words == 4 and so_far.rate == pytest.approx(4 / 3.8 * 60, abs=0.5)
    feed(stream, voice(1.0))
    assert stream.heard()
