"""The window of features that every part shares: names, shapes, and the sanitiser for untrusted input.

One window covers 10 seconds of an answer. Camera modalities are sampled in ``STEPS`` = 5 steps of 2 s each (each
step is the mean of the frames analysed in it); audio is summarised over the whole window:

- ``emotion`` (5, 7): facial-emotion probabilities in ``EMOTIONS`` order.
- ``pose`` (5, 99): MediaPipe Pose, 33 landmarks x (x, y, z), image-normalised.
- ``gaze`` (5, 5): ``GAZE`` (see ``gaze.py``).
- ``scene`` (5, 3): ``SCENE``: faces seen, brightness, contrast (lighting, several people, blank camera).
- ``voice`` (80,): mean log-Mel energy, dBFS.
- ``prosody`` (11,): ``PROSODY`` (see ``voice.py``).

A NaN (or ``None``) row means "not observed": no face in that step, no person, no frame, no audio. The sanitiser
turns anything else that is wrong (wrong shapes, infinities, strings, probabilities that do not sum to one) into
either a repaired value or a missing row, so that a bad window gives a defined result and never an exception.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

STEPS = 5
WINDOW_S = 10.0
EMOTIONS = ("angry", "disgust", "fear", "happy", "sad", "surprise", "neutral")
GAZE = ("gaze_x", "gaze_y", "eye_open", "head_yaw", "head_pitch")
SCENE = ("faces", "brightness", "contrast")
POSE_DIM = 99
N_MELS = 80
PROSODY = ("pitch_hz", "pitch_std_semitones", "level_dbfs", "syllable_rate", "pause_ratio", "long_pause_ratio",
           "voiced_ratio", "clip_ratio", "held_ratio", "spectral_flux_db", "audio_fraction")

STEP_FIELDS = {"emotion": len(EMOTIONS), "pose": POSE_DIM, "gaze": len(GAZE), "scene": len(SCENE)}
VECTOR_FIELDS = {"voice": N_MELS, "prosody": len(PROSODY)}
ALIASES = {"mel": "voice", "log_mel": "voice", "face": "gaze"}

# Plausible ranges: values outside are clipped (they come from a bug or an attack, not from a face).
_RANGES: dict[str, tuple[float, float]] = {
    "emotion": (0.0, 1.0), "pose": (-3.0, 4.0), "gaze": (-3.0, 3.0), "voice": (-120.0, 20.0),
}
_SCENE_RANGE = (np.array([0.0, 0.0, 0.0]), np.array([10.0, 1.0, 1.0]))
_PROSODY_RANGE = (np.array([0, 0, -120, 0, 0, 0, 0, 0, 0, 0, 0.0]),
                  np.array([1000, 24, 6, 30, 1, 1, 1, 1, 1, 40, 1.0]))


@dataclass
class Window:
    """A sanitised window: float32 arrays with NaN rows for what was not observed."""

    emotion: np.ndarray  # (5, 7)
    pose: np.ndarray  # (5, 99)
    gaze: np.ndarray  # (5, 5)
    scene: np.ndarray  # (5, 3)
    voice: np.ndarray  # (80,)
    prosody: np.ndarray  # (11,)

    def mask(self, name: str) -> np.ndarray:
        """(5,) for step fields, (1,) for vectors: True where the row was observed."""
        value = getattr(self, name)
        return np.isfinite(value).all(axis=-1).reshape(-1)

    @classmethod
    def empty(cls) -> Window:
        return cls(**{k: np.full((STEPS, d), np.nan, np.float32) for k, d in STEP_FIELDS.items()},
                   **{k: np.full(d, np.nan, np.float32) for k, d in VECTOR_FIELDS.items()})

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | Window | None) -> Window:
        """Sanitise any mapping into a Window (unknown keys are ignored, missing ones are 'not observed')."""
        if isinstance(data, Window):
            data = data.to_dict()
        window = cls.empty()
        if not isinstance(data, Mapping):
            return window
        items = {ALIASES.get(str(k), str(k)): v for k, v in data.items()}
        for name, dim in STEP_FIELDS.items():
            if name in items:
                setattr(window, name, _steps(items[name], dim, name))
        for name, dim in VECTOR_FIELDS.items():
            if name in items:
                setattr(window, name, _vector(items[name], dim, name))
        return window

    def to_dict(self) -> dict[str, list[Any]]:
        """JSON- and msgpack-friendly: nested lists with None for missing rows."""
        out: dict[str, list[Any]] = {}
        for name in STEP_FIELDS:
            arr = getattr(self, name)
            out[name] = [row.round(5).tolist() if np.isfinite(row).all() else None for row in arr]
        for name in VECTOR_FIELDS:
            arr = getattr(self, name)
            out[name] = arr.round(5).tolist() if np.isfinite(arr).all() else None  # type: ignore[assignment]
        return out

    def stack(self) -> dict[str, np.ndarray]:
        return {name: getattr(self, name) for name in (*STEP_FIELDS, *VECTOR_FIELDS)}


def _as_float(value: Any) -> np.ndarray | None:
    """A float64 array, with None entries as NaN; None when the value is not numeric at all."""
    if value is None:
        return None
    try:
        return np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        try:  # ragged rows with None inside: row by row
            rows = [np.full(0, np.nan) if r is None else np.asarray(r, dtype=np.float64) for r in value]
        except (TypeError, ValueError):
            return None
        width = max((r.size for r in rows), default=0)
        if not width:
            return None
        return np.stack([r.reshape(-1) if r.size == width else np.full(width, np.nan) for r in rows])


def _steps(value: Any, dim: int, name: str) -> np.ndarray:
    out = np.full((STEPS, dim), np.nan, np.float32)
    arr = _as_float(value)
    if arr is None or arr.size == 0:
        return out
    if arr.ndim == 1 and arr.size == dim:  # one sample: it stands for the whole window
        arr = np.tile(arr, (STEPS, 1))
    elif arr.size % dim == 0 and arr.ndim >= 1:
        arr = arr.reshape(-1, dim)
        if arr.shape[0] != STEPS:  # another sampling rate: pick STEPS rows evenly
            arr = arr[np.linspace(0, arr.shape[0] - 1, STEPS).round().astype(int)]
    else:
        return out
    arr = np.where(np.isfinite(arr), arr, np.nan)
    arr[~np.isfinite(arr).all(axis=1)] = np.nan
    if name == "emotion":
        arr = np.clip(arr, 0.0, None)
        total = arr.sum(axis=1, keepdims=True)
        arr = np.where(total > 1e-6, arr / np.where(total > 1e-6, total, 1.0), np.nan)
    elif name == "scene":
        arr = np.clip(arr, *_SCENE_RANGE)
    else:
        arr = np.clip(arr, *_RANGES[name])
    return arr.astype(np.float32)


def _vector(value: Any, dim: int, name: str) -> np.ndarray:
    arr = _as_float(value)
    if arr is None or arr.size != dim:
        return np.full(dim, np.nan, np.float32)
    arr = arr.reshape(dim)
    if not np.isfinite(arr).all():
        return np.full(dim, np.nan, np.float32)
    arr = np.clip(arr, *_PROSODY_RANGE) if name == "prosody" else np.clip(arr, *_RANGES[name])
    return arr.astype(np.float32)
