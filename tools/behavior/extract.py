"""Frames and audio -> windows: runs the extractors on what it is given and bins the results into 5 steps.

``FrameAnalyzer`` analyses one frame for the modalities asked (the realtime aggregator asks for a few per frame,
on a schedule); ``bin_window`` turns timed per-frame results into a ``Window``; ``window_from_media`` does both for
a recorded 10-second clip (the tool's "raw frames and audio" input, and the training-data builder).
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from tools.behavior.emotion import EmotionExtractor
from tools.behavior.gaze import FaceMeshTracker, GazeExtractor
from tools.behavior.pose import PoseExtractor
from tools.behavior.schema import EMOTIONS, GAZE, POSE_DIM, SCENE, STEPS, WINDOW_S, Window
from tools.behavior.video import normalize_frame, scene_features
from tools.behavior.voice import VoiceExtractor

MODALITIES = ("gaze", "emotion", "pose", "scene")
FrameResult = dict[str, np.ndarray]


class FrameAnalyzer:
    """One RGB frame -> the requested modalities. Models load on first use, never at import or construction."""

    def __init__(self, emotion_backend: str = "fer", static: bool = False, max_side: int = 640):
        self.max_side = max_side
        self.gaze = GazeExtractor(FaceMeshTracker(static=static))
        self.emotion = EmotionExtractor(emotion_backend)
        self.pose = PoseExtractor(static=static)
        self.timings: dict[str, deque[float]] = defaultdict(lambda: deque(maxlen=2000))  # ms per call
        self.last_face_box: tuple[float, float, float, float] | None = None
        self.last_faces = 0

    def _timed(self, name: str, fn: Any, *args: Any) -> Any:
        start = time.perf_counter()
        out = fn(*args)
        self.timings[name].append((time.perf_counter() - start) * 1000.0)
        return out

    def __call__(self, frame: Any, modalities: Iterable[str] = MODALITIES, bgr: bool = False) -> FrameResult:
        """A dict with one entry per requested modality; NaN arrays where nothing was seen; {} for no picture."""
        rgb = self._timed("prepare", normalize_frame, frame, self.max_side, bgr)
        if rgb is None:
            return {}
        return self.analyze_rgb(rgb, modalities)

    def analyze_rgb(self, rgb: np.ndarray, modalities: Iterable[str] = MODALITIES) -> FrameResult:
        wanted = set(modalities)
        out: FrameResult = {}
        if "gaze" in wanted or "emotion" in wanted:
            gaze, obs = self._timed("gaze", self.gaze, rgb)
            self.last_face_box, self.last_faces = obs.box, obs.faces
            if "gaze" in wanted:
                out["gaze"] = gaze
        if "emotion" in wanted:
            if self.last_face_box is None:
                out["emotion"] = np.full(len(EMOTIONS), np.nan, np.float32)
            else:
                out["emotion"] = self._timed("emotion", self.emotion, rgb, self.last_face_box)
        if "pose" in wanted:
            out["pose"] = self._timed("pose", self.pose, rgb)
        if "scene" in wanted:
            out["scene"] = scene_features(rgb, float(self.last_faces))
        return out

    def close(self) -> None:
        self.gaze.tracker.close()
        self.pose.close()


_DIMS = {"emotion": len(EMOTIONS), "pose": POSE_DIM, "gaze": len(GAZE), "scene": len(SCENE)}


def bin_window(samples: Sequence[tuple[float, FrameResult]], start: float, end: float | None = None,
               voice: tuple[np.ndarray, np.ndarray] | None = None) -> Window:
    """Timed frame results in [start, end) -> a Window: each of the 5 steps is the mean of the rows seen in it.

    The face count of a step is its maximum (one frame with two faces is enough), everything else a mean.
    """
    end = start + WINDOW_S if end is None else end
    span = max(end - start, 1e-6)
    data: dict[str, Any] = {}
    for name, dim in _DIMS.items():
        rows: list[list[np.ndarray]] = [[] for _ in range(STEPS)]
        for t, result in samples:
            value = result.get(name)
            if value is None or not start <= t < end or not np.isfinite(value).all():
                continue
            rows[min(int((t - start) / span * STEPS), STEPS - 1)].append(value)
        arr = np.full((STEPS, dim), np.nan, np.float32)
        for k, seen in enumerate(rows):
            if seen:
                stacked = np.stack(seen)
                arr[k] = stacked.mean(axis=0)
                if name == "scene":
                    arr[k, 0] = stacked[:, 0].max()
        data[name] = arr
    if voice is not None:
        data["voice"], data["prosody"] = voice
    return Window.from_mapping(data)


def window_from_media(frames: Sequence[Any] | None = None, audio: Any = None, sample_rate: float = 16_000,
                      frame_times: Sequence[float] | None = None, analyzer: FrameAnalyzer | None = None,
                      voice: VoiceExtractor | None = None, bgr: bool = False) -> Window:
    """A recorded clip (frames spread over 10 s unless ``frame_times`` says otherwise, audio) -> one Window."""
    samples: list[tuple[float, FrameResult]] = []
    frames = list(frames or [])
    if frames:
        analyzer = analyzer or FrameAnalyzer(static=True)
        times = list(frame_times) if frame_times is not None and len(frame_times) == len(frames) else \
            [i * WINDOW_S / len(frames) for i in range(len(frames))]
        start = min(times)
        for t, frame in zip(times, frames, strict=True):
            result = analyzer(frame, bgr=bgr)
            if result:
                samples.append((t, result))
            else:  # no picture: still an observed frame, dark and faceless
                samples.append((t, {"scene": np.zeros(len(SCENE), np.float32)}))
    else:
        start = 0.0
    features = None
    if audio is not None:
        features = (voice or VoiceExtractor())(audio, sample_rate, expected_s=WINDOW_S)
    return bin_window(samples, start, start + WINDOW_S, features)
