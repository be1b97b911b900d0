"""The realtime aggregator: schedules, an estimate every second at any frame rate, bounded memory, dropping."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
import pytest

from tools.behavior.realtime import RealtimeAggregator, Schedule
from tools.behavior.tool import BehaviorTool


class StubAnalyzer:
    """Stands in for the MediaPipe/CNN extractors (the model boundary): fixed features, records what ran."""

    def __init__(self, delay: float = 0.0):
        self.calls: list[set[str]] = []
        self.delay = delay
        self.timings: dict[str, list[float]] = {}

    def analyze_rgb(self, rgb: np.ndarray, modalities: Any) -> dict[str, np.ndarray]:
        wanted = set(modalities)
        self.calls.append(wanted)
        if self.delay:
            time.sleep(self.delay)
        values = {"gaze": np.array([0.0, 0.0, 0.35, 0.0, 0.17], np.float32),
                  "emotion": np.eye(7, dtype=np.float32)[3], "pose": np.zeros(99, np.float32),
                  "scene": np.array([1.0, 0.4, 0.2], np.float32)}
        return {m: values[m] for m in wanted}

    def close(self) -> None:
        pass


FRAME = np.full((48, 64, 3), 100, np.uint8)


def make(live: bool = False, **kw: Any) -> tuple[RealtimeAggregator, StubAnalyzer]:
    stub = StubAnalyzer(kw.pop("delay", 0.0))
    agg = RealtimeAggregator(BehaviorTool(checkpoint=None), live=live, threads=None, analyzer=stub, **kw)  # type: ignore[arg-type]
    return agg, stub


@pytest.mark.parametrize("fps", [2, 5, 15, 30, 60])
def test_an_estimate_every_second_at_any_frame_rate(fps):
    agg, _ = make()
    times = [e["t"] for i in range(int(6 * fps)) if (e := agg.push_frame(FRAME, i / fps)) is not None]
    assert len(times) >= 5
    assert max(np.diff(times)) <= 1.0 + 1.0 / fps + 1e-6


def test_each_modality_keeps_its_rate_and_frames_pay_for_one_heavy_model():
    agg, stub = make()
    for i in range(300):  # 10 s at 30 FPS
        agg.push_frame(FRAME, i / 30)
    runs = {m: sum(m in c for c in stub.calls) for m in ("gaze", "emotion", "pose", "scene")}
    assert 90 <= runs["gaze"] <= 101 and 45 <= runs["emotion"] <= 51 and 45 <= runs["pose"] <= 51
    assert not any({"gaze", "pose"} <= c for c in stub.calls)
    assert len(stub.calls) < 300  # frames with nothing due are not touched


def test_memory_is_bounded_whatever_the_input():
    agg, _ = make()
    for i in range(40 * 30):  # 40 s at 30 FPS (the buffers hold 15 s), audio in 1/3-s chunks at 48 kHz
        agg.push_frame(FRAME, i / 30)
        if i % 10 == 0:
            agg.push_audio(np.zeros(16_000, np.float32), 48_000, i / 30)
    for buf in agg._samples.values():
        assert len(buf) == buf.maxlen
    assert len(agg._voice_chunks) <= agg._voice_chunks.maxlen  # type: ignore[operator]
    agg.push_audio(np.zeros(48_000 * 30, np.float32), 48_000, 200.0)  # a 30-s burst at once
    assert agg.stats["audio_dropped_s"] >= 27 and len(agg._audio_pending) < 16_000


def test_it_implements_the_ui_coach_protocol():
    coach_module = pytest.importorskip("ui.coach")

    coach, _ = make()
    for name in ("push_frame", "push_audio", "window"):  # the members of ui.coach.LiveCoach
        assert callable(getattr(coach, name)) and hasattr(coach_module.LiveCoach, name)
    assert coach.window() is None
    estimate = coach.push_frame(FRAME, 0.0)
    assert estimate is not None and coach_module.Estimate.parse(estimate).scores.keys() == {
        "language", "composure", "body_language", "focus", "overall"}


def test_live_mode_drops_late_frames():
    now = [100.0]
    agg, stub = make(live=True, clock=lambda: now[0])
    assert agg.push_frame(FRAME, t=99.0) is not None  # 1 s late: dropped, but the estimate is still due
    assert agg.stats["dropped"] == 1 and not stub.calls
    agg.push_frame(FRAME, t=99.9)
    assert agg.stats["dropped"] == 1 and stub.calls


def test_worker_takes_the_newest_frame_and_estimates_without_input():
    agg, stub = make(live=True, delay=0.01)
    seen = threading.Event()
    agg.on_estimate = lambda _e: seen.set()
    with agg:
        for _ in range(200):
            agg.submit_frame(FRAME)
        assert seen.wait(3.0)
        time.sleep(1.3)  # no input at all: estimates keep coming
    assert agg.stats["dropped"] > 50 and agg.stats["estimates"] >= 2 and "errors" not in agg.stats
    assert agg.latest is not None and set(agg.latest["scores"]) >= {"focus", "overall"}


def test_bad_frames_and_audio_do_not_stop_the_stream():
    agg, _ = make()
    for i, bad in enumerate([None, np.zeros((2, 2)), "x", np.zeros((480, 640, 7)), FRAME]):
        agg.push_frame(bad, i * 0.2)
    for i, bad in enumerate([np.full(1000, np.nan), np.zeros((2, 4000)), [], "x"]):
        agg.push_audio(bad, 8000, 1 + i * 0.2)
    out = agg.estimate(2.0)
    assert all(np.isfinite(v) for v in out["scores"].values())


def test_window_for_the_graph_holds_the_last_ten_seconds():
    agg, _ = make()
    for i in range(12 * 30):
        agg.push_frame(FRAME, i / 30)
        if i % 15 == 0:
            agg.push_audio(np.random.default_rng(i).normal(0, 0.1, 8000), 16_000, i / 30 + 0.5)
    w = agg.current_window(12.0)
    assert w.mask("gaze").all() and w.mask("pose").all() and w.mask("voice").all()
    assert w.scene[0, 0] == 1.0
    assert agg.window(12.0) == w.to_dict() and agg.window(100.0) is None  # nothing in the last 10 s by then


def test_schedule_is_configurable():
    agg, stub = make(schedule=Schedule(pose_hz=0, gaze_hz=30, emotion_hz=0))
    for i in range(30):
        agg.push_frame(FRAME, i / 30)
    assert all("pose" not in c and "emotion" not in c for c in stub.calls)
    assert sum("gaze" in c for c in stub.calls) == 30


@pytest.mark.slow
def test_real_extractors_on_any_resolution():
    import cv2

    from tools.behavior.data import move, place
    from tools.behavior.media import astronaut

    base = place(astronaut())
    rng = np.random.default_rng(0)
    agg = RealtimeAggregator(live=False, threads=1)
    sizes = [(1920, 1080), (320, 240), (501, 333)]
    out = None
    for i in range(45):  # 3 s at 15 FPS, the resolution changing every second
        frame = cv2.resize(move(base, *rng.uniform(-5, 5, 2)), sizes[i // 15])
        if i // 15 == 1:
            frame = cv2.cvtColor(frame, cv2.COLOR_RGB2GRAY)
        out = agg.push_frame(frame, i / 15) or out
    assert out is not None and agg.stats["estimates"] >= 3
    w = agg.current_window(3.0)
    assert np.isfinite(w.gaze).all(axis=1).sum() >= 1  # the face was seen
    assert out["modalities"]["face"]["face_fraction"] > 0.9
    agg.analyzer.close()
