"""Live coaching in the browser: the protocol a behaviour aggregator implements, and one tab's coaching state.

Frames and microphone chunks go straight from the stream callbacks into the tab's own coach and are dropped after
that call. Webcam frames arrive inline and never touch the disk. Gradio uploads each microphone chunk as a small WAV
file: ``read_chunk`` deletes it as soon as it has read it, and a ``ChunkSweeper`` deletes the chunks that Gradio's
stream dropped under load, a few seconds later. Each browser tab builds its own coach from the factory, so two tabs
never share frames, scores or reminders.
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from tools.speech.audio import AudioError, parse_stream_wav
from tools.speech.delivery import DeliveryMetrics

SCORE_KEYS = ("language", "composure", "body_language", "focus", "overall")
# The two likeliest reminders at least this likely are shown and counted for "reminders seen most". Low on purpose:
# probabilities are spread over 30 reminders (the rule engine's top one is often 0.3-0.4).
SHOW_MIN_PROB = 0.25
SHOW_MAX = 2
STALE_S = 3.0  # no frame for this long: the panel says the camera is paused
WINDOW_EVERY_S = 10.0  # one behaviour window per 10 s of answer goes to the engine with the answer
MAX_WINDOWS = 60  # 10 minutes of one answer; older windows are dropped
MAX_HISTORY = 3600  # estimates kept for the report's live mean: an hour at one a second
# Speech heard this recently: no reminder may say that the candidate cannot be heard. The behaviour model judges the
# audio of its last 10-second window, and its chunks can reach it seconds late on a busy machine.
AUDIBLE_S = 10.0
SILENCE_KEYS = frozenset({"silence", "microphone_check"})


class LiveCoach(Protocol):
    """A realtime behaviour aggregator, one per browser tab.

    ``push_frame`` and ``push_audio`` return a new estimate when one is due, else None. An estimate is a mapping
    ``{"scores": {language, composure, body_language, focus, overall: 0-100}, "reminders": [{"key", "en", "zh",
    "group", "probability"}, ...]}`` (reminders most likely first). ``window`` returns the features of the last 10
    seconds for the engine's behaviour analyzer, or None when there is nothing to record.
    """

    def push_frame(self, frame: np.ndarray, t: float) -> Mapping[str, Any] | None: ...

    def push_audio(self, samples: np.ndarray, sample_rate: float, t: float) -> Mapping[str, Any] | None: ...

    def window(self) -> Mapping[str, Any] | None: ...


CoachFactory = Callable[[], LiveCoach]


def read_chunk(path: str | None) -> tuple[int, np.ndarray] | None:
    """Read one streamed microphone chunk (16-bit PCM WAV) and delete its file; None when unreadable."""
    if not path:
        return None
    try:
        samples, rate = parse_stream_wav(Path(path).read_bytes())
        return rate, samples
    except (OSError, AudioError):
        return None
    finally:
        Path(path).unlink(missing_ok=True)


class ChunkSweeper:
    """Deletes microphone chunks that no stream event read (Gradio drops inputs when busy), ``older_than`` seconds
    after they were written. ``file_sets`` are the sets Gradio records such files in: the app's uploads and the
    microphone block's own cache copies (an event cancelled between preprocessing and the handler leaves one there).

    A name stays in its set until its file has been missing for ``forget_after`` seconds: Gradio records an upload
    before a background task moves the file into place, and chunks are named by their content, so a name whose file
    was just deleted can be filled again by the next identical chunk. Forgetting a missing name at once left such
    files on disk for good. One sweeper serves every tab of the app, so calls are serialised.
    """

    def __init__(self, file_sets: Iterable[set[str]], older_than: float = 5.0, forget_after: float = 60.0) -> None:
        self._file_sets = tuple(file_sets)
        self._older_than = older_than
        self._forget_after = forget_after
        self._missing_since: dict[str, float] = {}
        self._lock = threading.Lock()

    def __call__(self, now: float) -> None:
        """Sweep once; ``now`` is wall-clock time (file times are compared with it)."""
        with self._lock:
            for files in self._file_sets:
                for name in list(files):
                    if name.endswith(".wav"):
                        self._sweep(files, name, now)

    def keep_sweeping(self, seconds: float) -> None:
        """Sweep once a second for ``seconds`` in a daemon thread: the last chunks of a recording get no event after
        them, and under load they can land seconds after the recording stopped."""

        def run() -> None:
            for _ in range(math.ceil(seconds)):
                time.sleep(1.0)
                self(time.time())

        threading.Thread(target=run, name="chunk-sweeper", daemon=True).start()

    def _sweep(self, files: set[str], name: str, now: float) -> None:
        path = Path(name)
        try:
            written = path.stat().st_mtime
        except FileNotFoundError:
            if now - self._missing_since.setdefault(name, now) > self._forget_after:
                files.discard(name)
                del self._missing_since[name]
            return
        self._missing_since.pop(name, None)
        if now - written > self._older_than:
            path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Reminder:
    key: str
    en: str
    zh: str
    group: str
    probability: float

    def text(self, language: str) -> str:
        return self.zh if language == "zh" and self.zh else self.en


@dataclass(frozen=True)
class Estimate:
    scores: dict[str, float]
    reminders: tuple[Reminder, ...]

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> Estimate:
        """Keep the five scores (clipped to 0-100) and the reminders worth showing; ignore anything else."""
        scores_in = raw.get("scores") or {}
        scores = {k: float(np.clip(float(scores_in[k]), 0.0, 100.0)) for k in SCORE_KEYS if k in scores_in}
        reminders = []
        for r in raw.get("reminders") or []:
            prob = float(r.get("probability", 0.0))
            if prob >= SHOW_MIN_PROB and r.get("en"):
                reminders.append(Reminder(key=str(r.get("key") or r["en"]), en=str(r["en"]), zh=str(r.get("zh") or ""),
                                          group=str(r.get("group") or ""), probability=prob))
        return cls(scores=scores, reminders=tuple(reminders[:SHOW_MAX]))


@dataclass
class Coaching:
    """One tab's live coaching: its coach, the latest estimate, and what the report needs from this session."""

    factory: CoachFactory | None
    camera_on: bool = True
    voice_capture: bool = False  # the coach hears the voice answer's microphone, open only while answering by voice
    coach: LiveCoach | None = None
    latest: Estimate | None = None
    updates: int = 0
    frames: int = 0
    audio_chunks: int = 0
    last_frame: float = -math.inf
    error: str | None = None
    seen: Counter[str] = field(default_factory=Counter)
    reminder_texts: dict[str, Reminder] = field(default_factory=dict)
    history: deque[dict[str, float]] = field(default_factory=lambda: deque(maxlen=MAX_HISTORY))
    windows: list[dict[str, Any]] = field(default_factory=list)
    last_window: float = -math.inf
    listening: bool = False  # the microphone is recording an answer (the one capture the transcriber hears too)
    voice_at: float = -math.inf  # when the transcriber last heard speech
    speech: DeliveryMetrics | None = None  # the answer's pace and fillers so far

    def __post_init__(self) -> None:
        self._lock = threading.Lock()  # not a field: Gradio serialises the fields of a state's initial value

    def __deepcopy__(self, memo: dict[int, Any]) -> Coaching:
        """Gradio copies a state's initial value per tab: a copy starts empty, with its own coach and lock."""
        return Coaching(self.factory, camera_on=self.camera_on, voice_capture=self.voice_capture)

    @property
    def installed(self) -> bool:
        return self.factory is not None

    def on_frame(self, frame: np.ndarray | None, now: float) -> None:
        """Feed one webcam frame; a frame that arrives while the previous one is still analysed is dropped."""
        if frame is None or not self.camera_on or self.factory is None:
            return
        if not self._lock.acquire(blocking=False):
            return
        try:
            self.frames += 1
            self.last_frame = now
            coach = self._coach()
            self._take(coach.push_frame(frame, now), now)
            if now - self.last_window >= WINDOW_EVERY_S:
                self._record_window(coach, now)
        except Exception as exc:  # noqa: BLE001 - coaching is optional: a failing coach must not stop the interview
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self._lock.release()

    def on_audio(self, chunk: tuple[int, np.ndarray] | None, now: float) -> None:
        """Feed one microphone chunk ``(sample_rate, samples)``."""
        if chunk is None or not self.camera_on or self.factory is None:
            return
        sample_rate, samples = chunk
        with self._lock:
            try:
                self.audio_chunks += 1
                self._take(self._coach().push_audio(samples, float(sample_rate), now), now)
            except Exception as exc:  # noqa: BLE001 - see on_frame
                self.error = f"{type(exc).__name__}: {exc}"

    def on_speech(self, heard: bool, so_far: DeliveryMetrics | None, now: float) -> None:
        """What the transcriber made of the same microphone chunk: whether it held speech, and the pace so far."""
        if heard:
            self.voice_at = now
        if so_far is not None:
            self.speech = so_far

    def set_listening(self, on: bool) -> None:
        """Recording an answer starts or stops; a new recording starts without the last one's pace."""
        self.listening = on
        if on:
            self.speech = None

    def reminders(self, now: float) -> tuple[Reminder, ...]:
        """The latest estimate's reminders, less any that says the candidate cannot be heard while they can: the
        behaviour model's audio window trails the speech the transcriber hears."""
        if self.latest is None:
            return ()
        return tuple(r for r in self.latest.reminders if not self._contradicted(r, now))

    def _contradicted(self, r: Reminder, now: float) -> bool:
        """A reminder that the candidate cannot be heard, while they can, or while they type their answer (the
        voice answer's microphone is closed then, by their choice)."""
        typing = self.voice_capture and not self.listening
        return r.key in SILENCE_KEYS and (typing or now - self.voice_at < AUDIBLE_S)

    def set_camera(self, on: bool) -> None:
        self.camera_on = on
        if not on:
            self.latest = None

    def new_question(self, now: float) -> None:
        """The windows of the next answer start now."""
        with self._lock:
            self.windows.clear()
            self.last_window = now

    def take_windows(self, now: float) -> list[dict[str, Any]]:
        """The windows recorded during this answer, the last (partial) one included; the list starts afresh."""
        with self._lock:
            if self.coach is not None and now - self.last_frame < STALE_S and now - self.last_window > 1.0:
                self._record_window(self.coach, now)
            windows, self.windows = self.windows, []
            self.last_window = now
            return windows

    def reset(self, now: float) -> None:
        """Another session is shown in this tab: what the report counts starts afresh."""
        with self._lock:
            self.seen.clear()
            self.history.clear()
            self.windows.clear()
            self.last_window = now

    def seen_most(self, language: str, limit: int = 5) -> list[tuple[str, int]]:
        return [(self.reminder_texts[k].text(language), n) for k, n in self.seen.most_common(limit)]

    def mean_scores(self) -> dict[str, float] | None:
        """Mean of this session's live estimates, for the report when the engine recorded no behaviour scores."""
        if not self.history:
            return None
        return {k: float(np.mean([h[k] for h in self.history if k in h] or [0.0])) for k in SCORE_KEYS}

    def status(self, now: float) -> str:
        """What the panel shows: off, waiting, paused, live, or not installed."""
        if self.factory is None:
            return "not_installed"
        if not self.camera_on:
            return "off"
        if self.frames == 0:
            return "waiting"
        return "paused" if now - self.last_frame > STALE_S else "live"

    def _coach(self) -> LiveCoach:
        if self.coach is None:
            assert self.factory is not None
            self.coach = self.factory()
        return self.coach

    def _take(self, raw: Mapping[str, Any] | None, now: float) -> None:
        if raw is None:
            return
        estimate = Estimate.parse(raw)
        self.latest = estimate
        self.updates += 1
        self.error = None
        if len(estimate.scores) == len(SCORE_KEYS):
            self.history.append(estimate.scores)
        for r in estimate.reminders:
            if self._contradicted(r, now):
                continue
            self.seen[r.key] += 1
            self.reminder_texts[r.key] = r

    def _record_window(self, coach: LiveCoach, now: float) -> None:
        window = coach.window()
        self.last_window = now
        if window is not None:
            self.windows.append(dict(window))
            del self.windows[:-MAX_WINDOWS]
