"""Audio input checks, the WAV reader, the shipped-weights hash check and WER: fast, no models."""

from __future__ import annotations

import hashlib
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from tools.speech.audio import AudioError, read_wav, require_sound, to_16k, wav_bytes
from tools.speech.testspeech import wer
from tools.speech.weights import SHIPPED, ModelUnavailable, ShippedWeights, is_english_only


def tone(seconds: float, rate: int, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amplitude * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


@pytest.mark.parametrize("rate", [8000, 16000, 22050, 44100, 48000])
def test_any_rate_int_or_float_mono_or_stereo_becomes_16k(rate: int) -> None:
    x = tone(1.0, rate)
    assert len(to_16k(x, rate)) == pytest.approx(16000, abs=2)
    stereo = (np.stack([x, x], axis=1) * 32767).astype(np.int16)  # (n, 2) as Gradio delivers it
    y = to_16k(stereo, rate)
    assert y.dtype == np.float32 and np.abs(y).max() == pytest.approx(0.5, abs=0.02)


@pytest.mark.parametrize(("samples", "rate", "message"), [
    (np.zeros(0, np.float32), 16000, "empty"),
    (np.zeros(100, np.float32), 0, "sample rate"),
    (np.zeros(100, np.float32), 44100.5, "sample rate"),
    (np.zeros(100, np.float32), "fast", "sample rate"),
    (np.array(["a", "b"]), 16000, "numeric"),
    (np.zeros((2, 2, 2), np.float32), 16000, "numeric"),
])
def test_bad_audio_is_refused_clearly(samples: np.ndarray, rate: object, message: str) -> None:
    with pytest.raises(AudioError, match=message):
        to_16k(samples, rate)


def test_silence_is_refused_but_an_empty_stream_chunk_is_not() -> None:
    with pytest.raises(AudioError, match="silent"):
        require_sound(np.zeros(16000, np.float32))
    assert to_16k(np.zeros(0, np.int16), 48000, allow_empty=True).size == 0


def test_wav_round_trip_and_corrupt_files(tmp_path: Path) -> None:
    data = wav_bytes(tone(0.5, 22050), 22050)
    pcm, rate = read_wav(data)
    assert rate == 22050 and len(pcm) == 11025 and pcm.dtype == np.int16
    with pytest.raises(AudioError, match="cannot read"):
        read_wav(b"RIFF....not a wav")
    with pytest.raises(AudioError, match="truncated"):
        read_wav(data[:-100])
    with pytest.raises(AudioError, match="cannot read"):
        read_wav(tmp_path / "missing.wav")
    path = tmp_path / "stereo.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(np.zeros(200, "<i2").tobytes())
    assert read_wav(path)[0].shape == (100, 2)


def test_weights_hash_mismatch_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "fake_whisper_pkg"
    (pkg / "model").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    files = {name: name.encode() for name in ("config.json", "tokenizer.json", "vocabulary.txt", "model.bin")}
    for name, data in files.items():
        (pkg / "model" / name).write_bytes(data)
    monkeypatch.syspath_prepend(str(tmp_path))
    sha = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    good = ShippedWeights("fake", True, "fake-pkg", (("fake_whisper_pkg", "model"),), ("model.bin",), sha)
    assert good.files() == files
    bad = ShippedWeights("fake", True, "fake-pkg", (("fake_whisper_pkg", "model"),), ("model.bin",),
                         {**sha, "model.bin": "0" * 64})
    with pytest.raises(ModelUnavailable, match="SHA-256"):
        bad.files()
    missing = ShippedWeights("fake", True, "fake-pkg==1", (("no_such_pkg_xyz", "model"),), ("model.bin",), sha)
    with pytest.raises(ModelUnavailable, match="fake-pkg==1"):
        missing.files()
    sys.modules.pop("fake_whisper_pkg", None)


def test_model_names() -> None:
    assert is_english_only("tiny.en") and not is_english_only("base") and set(SHIPPED) == {"tiny.en", "base"}
    assert is_english_only("Systran/faster-whisper-small.en") and not is_english_only("small")


def test_wer() -> None:
    assert wer("the cat sat", "the cat sat") == 0.0
    assert wer("the cat sat", "um, the bat sat down") == pytest.approx(2 / 3)
    with pytest.raises(ValueError):
        wer("", "x")
