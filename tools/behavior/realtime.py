"""Realtime aggregation: webcam frames and microphone chunks as they arrive -> a fresh estimate every second.

Each modality runs on its own schedule in stream time, whatever the frame rate: FaceMesh (gaze, face box, face
count) 10 times a second, the emotion CNN 5 times (on a FaceMesh frame), Pose 5 times but never on the same frame
as FaceMesh (so no frame pays for both), scene statistics 10 times; audio is analysed in half-second hops. A frame
with nothing due costs nothing. Results go to bounded ring buffers covering the last 10 seconds; once a second they
are binned into a window and scored. Memory is bounded whatever the input: frames are never queued.

Dropping rather than lagging: in ``live`` mode timestamps are on the aggregator's clock and a frame that arrives
more than ``max_lag_s`` late is dropped unseen; with ``start()`` a worker thread takes only the newest submitted
frame (``submit_frame`` replaces a waiting one, counted as dropped) and audio waiting beyond 2 s is discarded.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from tools.behavior.extract import FrameAnalyzer, FrameResult, bin_window
from tools.behavior.schema import WINDOW_S, Window
from tools.behavior.tool import BehaviorTool
from tools.behavior.video import normalize_frame
from tools.behavior.voice import SR, VoiceExtractor, VoiceFrames, to_mono_16k

MAX_AUDIO_BACKLOG_S = 2.0


@dataclass
class Schedule:
    """Runs per second of stream time for each modality."""

    gaze_hz: float = 10.0  # FaceMesh, about 6 ms a frame at 640x480
    emotion_hz: float = 5.0  # mini-Xception on the face crop, about 4 ms; only on a FaceMesh frame
    pose_hz: float = 5.0  # MediaPipe Pose, 20-30 ms: the costliest; never on a FaceMesh frame
    scene_hz: float = 10.0  # brightness, contrast: under 0.5 ms
    estimate_every_s: float = 1.0
    audio_hop_s: float = 0.5
    max_side: int = 640  # larger frames are scaled down first
    max_lag_s: float = 0.25  # live mode: frames arriving later than this are dropped


class RealtimeAggregator:
    """Feed frames and audio as they come; read ``latest`` (or the return value of a push) for the estimate."""

    def __init__(self, tool: BehaviorTool | None = None, schedule: Schedule | None = None, live: bool = True,
                 clock: Callable[[], float] = time.monotonic, threads: int | None = None,
                 analyzer: FrameAnalyzer | None = None, on_estimate: Callable[[dict[str, Any]], None] | None = None):
        """``live``: timestamps are ``clock()`` readings (default: now) and late frames are dropped; otherwise they
        are stream time (a video file) and only the schedule thins frames. ``threads``: torch threads to set
        (process-wide, so only for a process of its own such as the benchmark); None (default) leaves them, so a
        coach in the app does not change the threads of the role model beside it."""
        self.tool = tool or BehaviorTool()
        self.schedule = schedule or Schedule()
        self.live = live
        self.clock = clock
        self.threads = threads
        self.analyzer = analyzer or FrameAnalyzer(self.tool.emotion_backend, static=False,
                                                  max_side=self.schedule.max_side)
        self.voice = VoiceExtractor()
        self.on_estimate = on_estimate
        sch = self.schedule
        self._hz = {"gaze": sch.gaze_hz, "emotion": sch.emotion_hz, "pose": sch.pose_hz, "scene": sch.scene_hz}
        self._last_run = dict.fromkeys(self._hz, -np.inf)
        self._samples: dict[str, deque[tuple[float, FrameResult]]] = {
            m: deque(maxlen=int(hz * WINDOW_S * 1.5) + 2) for m, hz in self._hz.items()}
        self._audio_pending = np.zeros(0, np.float32)
        self._audio_end: float | None = None  # stream time of the end of the audio received
        self._voice_chunks: deque[tuple[float, VoiceFrames]] = deque(maxlen=int(WINDOW_S / sch.audio_hop_s) + 2)
        self._last_estimate = -np.inf
        self._frame_t = -1.0 / 30.0
        self.latest: dict[str, Any] | None = None
        self.stats: dict[str, Any] = {"frames": 0, "analysed": 0, "dropped": 0, "audio_dropped_s": 0.0, "estimates": 0,
                                      "runs": dict.fromkeys(self._hz, 0)}
        self._threads_set = False
        # worker-thread mode
        self._cond = threading.Condition()
        self._pending_frame: tuple[Any, float, bool] | None = None
        self._pending_audio: deque[tuple[Any, float, float]] = deque()
        self._worker: threading.Thread | None = None
        self._stop = False

    def _setup(self) -> None:
        if not self._threads_set:
            self._threads_set = True
            if self.threads is not None:
                import torch

                torch.set_num_threads(self.threads)

    # --- synchronous API -------------------------------------------------------------------------------------------

    def push_frame(self, frame: Any, t: float | None = None, bgr: bool = False) -> dict[str, Any] | None:
        """Analyse what is due on this frame; returns a new estimate when one is due, else None."""
        self._setup()
        now = self.clock() if self.live else None
        if t is None:
            t = now if now is not None else self._frame_t + 1.0 / 30.0  # stream time without stamps: assume 30 FPS
        t = float(t)
        self._frame_t = t
        self.stats["frames"] += 1
        if self.live and now is not None and now - t > self.schedule.max_lag_s:
            self.stats["dropped"] += 1
            return self._maybe_estimate(t)
        due = self._due(t)
        if due:
            rgb = normalize_frame(frame, self.schedule.max_side, bgr)
            if rgb is None:  # no picture: an observed frame that shows nothing
                result: FrameResult = {"scene": np.zeros(3, np.float32)}
                due = {"scene"} if "scene" in due else set()
            else:
                result = self.analyzer.analyze_rgb(rgb, due)
            for m in due:
                self._last_run[m] = t
                self.stats["runs"][m] += 1
                if m in result:
                    self._samples[m].append((t, {m: result[m]}))
            self.stats["analysed"] += 1
        return self._maybe_estimate(t)

    def push_audio(self, samples: Any, sample_rate: float, t: float | None = None) -> dict[str, Any] | None:
        """Add a microphone chunk (any rate, int or float, mono or stereo); ``t`` is the time of its end."""
        self._setup()
        x = to_mono_16k(samples, sample_rate)
        t = (self.clock() if t is None else float(t)) if self.live else (
            float(t) if t is not None else (self._audio_end or 0.0) + len(x) / SR)
        self._audio_end = t
        self._audio_pending = np.concatenate([self._audio_pending, x])
        if len(self._audio_pending) > MAX_AUDIO_BACKLOG_S * SR:  # more waiting than we can catch up with
            extra = len(self._audio_pending) - int(MAX_AUDIO_BACKLOG_S * SR)
            self.stats["audio_dropped_s"] += extra / SR
            self._audio_pending = self._audio_pending[extra:]
        hop = int(self.schedule.audio_hop_s * SR)
        while len(self._audio_pending) >= hop:
            chunk, self._audio_pending = self._audio_pending[:hop], self._audio_pending[hop:]
            end = t - len(self._audio_pending) / SR
            self._voice_chunks.append((end, self.voice.frames(chunk)))
        return self._maybe_estimate(t)

    def current_window(self, t: float | None = None) -> Window:
        """The last 10 seconds as a Window (what the graph's behaviour windows hold: ``.to_dict()``)."""
        t = self._stream_now() if t is None else t
        start = t - WINDOW_S
        samples = [s for buf in self._samples.values() for s in buf if start < s[0] <= t]
        chunks = [fr for end, fr in self._voice_chunks if start < end <= t + 1e-6]
        voice = self.voice.summarize(VoiceFrames.concat(chunks), WINDOW_S) if chunks else None
        return bin_window(samples, start + 1e-9, t + 1e-6, voice)

    def window(self, t: float | None = None) -> dict[str, Any] | None:
        """``current_window`` as a JSON-ready dict for the graph, or None when nothing was observed (the UI's
        ``LiveCoach`` protocol)."""
        w = self.current_window(t)
        if not any(w.mask(name).any() for name in ("emotion", "pose", "gaze", "scene", "prosody")):
            return None
        return w.to_dict()

    def estimate(self, t: float | None = None) -> dict[str, Any]:
        """Score the last 10 seconds now."""
        t = self._stream_now() if t is None else t
        start = time.perf_counter()
        result = self.tool.analyze_detailed([self.current_window(t)])
        result.update(t=round(t, 3), latency_ms=round((time.perf_counter() - start) * 1000, 2))
        self._last_estimate = t
        self.latest = result
        self.stats["estimates"] += 1
        if self.on_estimate is not None:
            self.on_estimate(result)
        return result

    def _stream_now(self) -> float:
        if self.live:
            return self.clock()
        times = [buf[-1][0] for buf in self._samples.values() if buf]
        return max([*times, self._audio_end or 0.0]) if times or self._audio_end else 0.0

    def _maybe_estimate(self, t: float) -> dict[str, Any] | None:
        if t - self._last_estimate >= self.schedule.estimate_every_s:
            return self.estimate(t)
        return None

    def _due(self, t: float) -> set[str]:
        due = {m for m, hz in self._hz.items() if hz > 0 and t - self._last_run[m] >= 1.0 / hz - 1e-6}
        if "gaze" in due and "pose" in due:  # one heavy model per frame: the more overdue one goes first
            lateness = {m: (t - self._last_run[m]) * self._hz[m] for m in ("gaze", "pose")}
            due.discard("pose" if lateness["gaze"] >= lateness["pose"] else "gaze")
        if "gaze" not in due:
            due.discard("emotion")  # the emotion crop comes from this frame's FaceMesh
        return due

    # --- worker-thread API -------------------------------------------------------------------------------------

    def start(self) -> RealtimeAggregator:
        """Process submitted frames and audio on a worker thread (newest frame only); estimates at least every
        second, also when no input arrives."""
        if self._worker is None:
            self._stop = False
            self._worker = threading.Thread(target=self._run, name="behaviour-realtime", daemon=True)
            self._worker.start()
        return self

    def submit_frame(self, frame: Any, t: float | None = None, bgr: bool = False) -> None:
        with self._cond:
            if self._pending_frame is not None:
                self.stats["dropped"] += 1
                self.stats["frames"] += 1
            self._pending_frame = (frame, self.clock() if t is None else t, bgr)
            self._cond.notify()

    def submit_audio(self, samples: Any, sample_rate: float, t: float | None = None) -> None:
        with self._cond:
            self._pending_audio.append((samples, sample_rate, self.clock() if t is None else t))
            while sum(np.asarray(a).shape[0] / max(float(r), 1.0) for a, r, _ in self._pending_audio) > \
                    MAX_AUDIO_BACKLOG_S and len(self._pending_audio) > 1:
                a, r, _ = self._pending_audio.popleft()
                self.stats["audio_dropped_s"] += np.asarray(a).shape[0] / max(float(r), 1.0)
            self._cond.notify()

    def stop(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify()
        if self._worker is not None:
            self._worker.join(timeout)
            self._worker = None

    def __enter__(self) -> RealtimeAggregator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        while True:
            with self._cond:
                if not self._stop and self._pending_frame is None and not self._pending_audio:
                    self._cond.wait(timeout=0.2)
                if self._stop:
                    return
                frame, self._pending_frame = self._pending_frame, None
                audio = list(self._pending_audio)
                self._pending_audio.clear()
            try:
                for samples, rate, t in audio:
                    self.push_audio(samples, rate, t)
                if frame is not None:
                    self.push_frame(frame[0], frame[1], frame[2])
                if self.clock() - self._last_estimate >= self.schedule.estimate_every_s:
                    self.estimate(self.clock())
            except Exception as err:  # noqa: BLE001 - a bad chunk must not kill the worker; it is counted
                self.stats.setdefault("errors", 0)
                self.stats["errors"] += 1
                self.stats["last_error"] = repr(err)
