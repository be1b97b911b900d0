"""Controlled checks on real media, end to end: raw frames and speech -> extractors -> the shipped model.

Baseline: the astronaut photo with small natural motion, speaking espeak-ng sentences at 165 wpm. Each check changes
one thing and expects the tool to notice: face gone, gaze held off-camera, silence, fast speech.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from tools.behavior.media import astronaut, espeak, espeak_available
from tools.behavior.tool import BehaviorTool

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not espeak_available(), reason="espeak-ng not installed (make install)")]

TEXT = ("I think the most useful thing I did last year was to rewrite our deployment scripts. "
        "It took three weeks, and afterwards releases went from an afternoon to ten minutes. ")


def speech(rate: int = 165, seconds: float = 10.0) -> tuple[np.ndarray, int]:
    parts, total, sr = [], 0, 22050
    while total < seconds * sr:
        audio, sr = espeak(TEXT, rate=rate)
        parts += [audio, np.zeros(int(0.4 * sr), np.float32)]
        total += len(audio) + int(0.4 * sr)
    return np.concatenate(parts)[: int(seconds * sr)], sr


@pytest.fixture(scope="module")
def media() -> dict[str, Any]:
    from tools.behavior.data import move, place
    from tools.behavior.gaze import FaceMeshTracker

    base = place(astronaut())
    rng = np.random.default_rng(1)
    frames = [move(base, *rng.uniform(-6, 6, 2), rng.uniform(-1.5, 1.5)) for _ in range(10)]
    landmarks = FaceMeshTracker(static=True)(base).landmarks
    audio, sr = speech()
    return {"base": base, "frames": frames, "landmarks": landmarks, "audio": audio, "sr": sr}


@pytest.fixture(scope="module")
def tool() -> BehaviorTool:
    return BehaviorTool()


def run(tool: BehaviorTool, frames: list[np.ndarray], audio: np.ndarray, sr: int) -> dict[str, Any]:
    return tool.analyze_detailed([{"frames": frames, "audio": audio, "sample_rate": sr}])


def keys(out: dict[str, Any]) -> list[str]:
    return [r["key"] for r in out["reminders"]]


@pytest.fixture(scope="module")
def baseline(tool, media) -> dict[str, Any]:
    out = run(tool, media["frames"], media["audio"], media["sr"])
    assert out["source"] == "model"
    assert out["modalities"]["face"]["face_fraction"] == 1.0 and out["modalities"]["voice"]["has_audio"]
    assert out["scores"]["focus"] > 70 and out["scores"]["language"] > 70
    assert not {"face_out_of_frame", "looking_away", "silence", "too_fast"} & set(keys(out))
    return out


def test_face_absent_drops_focus_and_asks_to_come_back(tool, media, baseline):
    from tools.behavior.data import move

    frames = [f if i in (0, 9) else move(f, 600, 0, fill=(70, 60, 50)) for i, f in enumerate(media["frames"])]
    out = run(tool, frames, media["audio"], media["sr"])
    assert out["scores"]["focus"] < baseline["scores"]["focus"] - 40
    assert keys(out)[0] == "face_out_of_frame"
    assert out["rule_reminders"] == ["face_out_of_frame"]


def test_gaze_held_off_camera_gives_an_eye_contact_reminder(tool, media, baseline):
    from tools.behavior.data import move, shift_gaze

    rng = np.random.default_rng(2)
    frames = [move(shift_gaze(media["base"], media["landmarks"], 0.3), *rng.uniform(-3, 3, 2)) for _ in range(10)]
    out = run(tool, frames, media["audio"], media["sr"])
    assert keys(out)[0] == "looking_away"
    assert out["scores"]["focus"] < baseline["scores"]["focus"] - 25
    assert out["modalities"]["gaze"]["away_fraction"] > 0.8


def test_silence_gives_a_speech_reminder(tool, media, baseline):
    quiet = np.random.default_rng(3).normal(0, 2e-4, 10 * 16_000).astype(np.float32)
    out = run(tool, media["frames"], quiet, 16_000)
    assert keys(out)[0] == "silence"
    assert out["scores"]["language"] < baseline["scores"]["language"] - 40


def test_fast_speech_gives_a_pace_reminder(tool, media, baseline):
    fast, sr = speech(rate=390)
    out = run(tool, media["frames"], fast, sr)
    assert keys(out)[0] == "too_fast"
    assert out["modalities"]["voice"]["prosody"]["syllable_rate"] > 8
    assert out["scores"]["language"] < baseline["scores"]["language"] - 15


def test_stereo_8khz_and_clipped_speech_still_read_as_speech(tool, media):
    from scipy.signal import resample_poly

    audio, sr = media["audio"], media["sr"]
    narrow = resample_poly(audio, 160, 441).astype(np.float32)  # 22050 -> 8000 Hz
    for samples, rate in ((np.stack([audio, audio], axis=1), sr), (narrow, 8000)):
        out = run(tool, media["frames"][:3], samples, rate)
        assert out["modalities"]["voice"]["prosody"]["voiced_ratio"] > 0.4
        assert "silence" not in keys(out)[:1] and "microphone_check" not in keys(out)[:1]
    clipped = run(tool, media["frames"], np.clip(audio * 10, -1, 1), sr)
    assert "audio_clipping" in keys(clipped)
