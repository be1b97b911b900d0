"""Audio in: validate whatever the microphone, a file or a test hands over, then normalise to 16 kHz mono float."""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import Any

import numpy as np

from tools.behavior.voice import to_mono_16k

SAMPLE_RATE = 16_000  # what Whisper and Silero VAD take
MIN_RATE, MAX_RATE = 8_000, 192_000
SILENT_PEAK = 1e-3  # a clip whose loudest sample is below -60 dBFS holds nothing to transcribe


class AudioError(ValueError):
    """Audio that cannot be used: empty, silent, non-numeric, a bad sample rate or an unreadable file."""


def check_rate(sample_rate: Any) -> int:
    try:
        rate = float(sample_rate)
    except (TypeError, ValueError) as e:
        raise AudioError(f"sample rate must be a number, got {sample_rate!r}") from e
    if not np.isfinite(rate) or not MIN_RATE <= rate <= MAX_RATE or rate != int(rate):
        raise AudioError(f"sample rate must be a whole number of Hz in {MIN_RATE}-{MAX_RATE}, got {sample_rate!r}")
    return int(rate)


def to_16k(samples: Any, sample_rate: Any, *, allow_empty: bool = False) -> np.ndarray:
    """Int or float samples, mono or (n, channels) / (channels, n), at ``sample_rate`` -> float32 mono 16 kHz.

    Raises ``AudioError`` for a bad rate, non-numeric or empty samples (unless ``allow_empty``: a stream's chunk
    may be empty).
    """
    rate = check_rate(sample_rate)
    x = np.asarray(samples)
    if x.dtype.kind not in "iuf" or x.ndim > 2:
        raise AudioError(f"samples must be a 1-D or 2-D numeric array, got {x.dtype} with shape {x.shape}")
    if x.size == 0:
        if allow_empty:
            return np.zeros(0, np.float32)
        raise AudioError("no audio: the recording is empty")
    return to_mono_16k(x, rate)


def require_sound(audio16k: np.ndarray) -> None:
    if audio16k.size == 0:
        raise AudioError("no audio: the recording is empty")
    if float(np.abs(audio16k).max()) < SILENT_PEAK:
        raise AudioError("the recording is silent: check the microphone")


def read_wav(source: str | Path | bytes) -> tuple[np.ndarray, int]:
    """A PCM WAV file (path or bytes) -> (int samples (n,) or (n, channels), rate); ``AudioError`` if unreadable."""
    try:
        with wave.open(io.BytesIO(source) if isinstance(source, bytes) else str(source), "rb") as w:
            width, channels, rate, n = w.getsampwidth(), w.getnchannels(), w.getframerate(), w.getnframes()
            raw = w.readframes(n)
    except (wave.Error, EOFError, OSError) as e:
        raise AudioError(f"cannot read the WAV file: {e}") from e
    dtypes = {1: np.uint8, 2: np.int16, 4: np.int32}
    if width not in dtypes or len(raw) != n * width * channels:
        raise AudioError(f"unsupported or truncated WAV: {width}-byte samples, {len(raw)} of {n * width * channels} "
                         "bytes")
    x = np.frombuffer(raw, dtypes[width])
    return (x.reshape(-1, channels) if channels > 1 else x), rate


def parse_stream_wav(raw: bytes) -> tuple[np.ndarray, int]:
    """A 16-bit PCM WAV whose header may not know its length (a stream: espeak-ng --stdout, a browser chunk)
    -> (int16 samples (n,) or (n, channels), rate). ``AudioError`` if it is not one."""
    try:
        with wave.open(io.BytesIO(raw), "rb") as w:
            rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
    except (wave.Error, EOFError) as e:
        raise AudioError(f"cannot read the WAV stream: {e}") from e
    start = raw.find(b"data")
    if width != 2 or start < 0:
        raise AudioError(f"expected a 16-bit PCM WAV stream, got {width}-byte samples")
    body = raw[start + 8:]  # the samples themselves: a streamed header's data length (~2**31) is not true
    x = np.frombuffer(body[: len(body) // (2 * channels) * 2 * channels], "<i2")
    return (x.reshape(-1, channels) if channels > 1 else x), rate


def wav_bytes(samples: np.ndarray, sample_rate: int) -> bytes:
    """Float samples in [-1, 1] -> a 16-bit mono WAV in memory."""
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()
