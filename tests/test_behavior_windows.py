"""Hand-built feature windows for the behaviour tests: a well-behaved candidate, and one edit per reminder.

Imported by the other behaviour tests; the one test here checks the builders themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from tools.behavior.schema import EMOTIONS, PROSODY, Window
from tools.behavior.taxonomy import REMINDERS

E = {name: i for i, name in enumerate(EMOTIONS)}
P = {name: i for i, name in enumerate(PROSODY)}


# A real MediaPipe Pose result (Megamind.avi, a seated character facing the camera), in frame-width units.
TEMPLATE = np.array([
    (0.464, 0.348, -0.726), (0.497, 0.297, -0.681), (0.520, 0.298, -0.681), (0.541, 0.299, -0.680),
    (0.428, 0.296, -0.682), (0.398, 0.297, -0.682), (0.375, 0.298, -0.682), (0.567, 0.324, -0.361),
    (0.341, 0.322, -0.350), (0.489, 0.410, -0.605), (0.411, 0.406, -0.602), (0.612, 0.505, -0.159),
    (0.285, 0.552, -0.177), (0.776, 0.664, -0.484), (0.216, 0.763, -0.622), (0.736, 0.539, -0.924),
    (0.221, 0.635, -1.408), (0.749, 0.503, -1.013), (0.199, 0.580, -1.543), (0.724, 0.486, -0.949),
    (0.203, 0.552, -1.504), (0.703, 0.507, -0.921), (0.228, 0.569, -1.416), (0.613, 1.053, -0.056),
    (0.355, 1.064, 0.059), (0.604, 1.467, -0.081), (0.390, 1.490, 0.094), (0.622, 1.829, 0.351),
    (0.408, 1.845, 0.318), (0.626, 1.886, 0.362), (0.411, 1.896, 0.325), (0.604, 1.940, -0.075),
    (0.442, 1.968, -0.173),
], np.float32)


def pose(dx: float = 0.0, dy: float = 0.0, head_drop: float = 0.0, ear_tilt: float = 0.0,
         crossed: bool = False) -> np.ndarray:
    """TEMPLATE moved by (dx, dy), its head (landmarks 0-10) dropped and rotated until the ear line's slope is
    ``ear_tilt``, its arms crossed."""
    from tools.behavior.data import cross_arms

    p = TEMPLATE.copy()
    head = p[:11, :2]
    ears = p[7, :2] - p[8, :2]
    angle = np.arctan(ear_tilt) - np.arctan2(ears[1], ears[0])
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]], np.float32)
    centre = head.mean(axis=0)
    p[:11, :2] = (head - centre) @ rot.T + centre + (0.0, head_drop)
    p[:, 0] += dx
    p[:, 1] += dy
    out = p.reshape(-1)
    return cross_arms(out) if crossed else out


def moving(dx: float = 0.0, **kw: Any) -> list[np.ndarray]:
    """Five steps of ``pose`` with a small natural sway (0.04 shoulder widths per step)."""
    return [pose(dx=dx + 0.018 * (k % 2), dy=0.006 * (k % 2), **kw) for k in range(5)]


def good() -> dict[str, Any]:
    """Face on camera, smiling a little, upright, small natural movement, clear speech at 150 wpm."""
    emotion = np.zeros(7)
    emotion[E["happy"]], emotion[E["neutral"]] = 0.7, 0.3
    prosody = np.zeros(len(PROSODY))
    for name, v in {"pitch_hz": 150, "pitch_std_semitones": 3, "level_dbfs": -12, "syllable_rate": 5.5,
                    "pause_ratio": 0.2, "voiced_ratio": 0.7, "spectral_flux_db": 3.5, "audio_fraction": 1}.items():
        prosody[P[name]] = v
    return {
        "emotion": [emotion.copy() for _ in range(5)],
        "gaze": [np.array([0.0, 0.0, 0.35, 0.0, 0.17]) for _ in range(5)],
        "scene": [np.array([1.0, 0.45, 0.2]) for _ in range(5)],
        "pose": moving(),
        "voice": np.full(80, -40.0),
        "prosody": prosody,
    }


def _set(w: dict[str, Any], field: str, col: int, values: Any) -> dict[str, Any]:
    for k in range(5):
        w[field][k][col] = values[k] if isinstance(values, list | tuple) else values
    return w


def _emotion(**probs: float) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def edit(w: dict[str, Any]) -> dict[str, Any]:
        e = np.zeros(7)
        for name, v in probs.items():
            e[E[name]] = v
        w["emotion"] = [e.copy() for _ in range(5)]
        return w
    return edit


def _prosody(**values: float) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def edit(w: dict[str, Any]) -> dict[str, Any]:
        for name, v in values.items():
            w["prosody"][P[name]] = v
        return w
    return edit


def _chain(*edits: Callable[[dict[str, Any]], dict[str, Any]]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def edit(w: dict[str, Any]) -> dict[str, Any]:
        for e in edits:
            w = e(w)
        return w
    return edit


def _glance(w: dict[str, Any]) -> dict[str, Any]:
    return _set(w, "gaze", 0, 0.1)  # no longer "good eye contact", not yet "looking away"


def _tilt(t: float) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def edit(w: dict[str, Any]) -> dict[str, Any]:
        w["pose"] = moving(ear_tilt=t)
        return w
    return edit


def _face_gone(w: dict[str, Any]) -> dict[str, Any]:
    for k in (1, 2, 3):
        w["gaze"][k] = None
        w["emotion"][k] = None
        w["scene"][k] = np.array([0.0, 0.45, 0.2])
    return w


def _no_video(w: dict[str, Any]) -> dict[str, Any]:
    for name in ("emotion", "gaze", "scene", "pose"):
        w[name] = [None] * 5
    return w


def _unsteady(w: dict[str, Any]) -> dict[str, Any]:
    happy, surprise = np.eye(7)[E["happy"]], np.eye(7)[E["surprise"]]
    w["emotion"] = [(happy if k % 2 == 0 else surprise).copy() for k in range(5)]
    return w


# One edit of the good window per reminder, each making that reminder the labeller's primary one.
EDITS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "steady": _chain(_glance, _prosody(syllable_rate=7.0), _tilt(0.22),
                     _emotion(happy=0.2, surprise=0.35, neutral=0.45)),
    "good_eye_contact": lambda w: w,
    "good_pace": _glance,
    "good_posture": _chain(_glance, _prosody(syllable_rate=7.0)),
    "warm_expression": _chain(_glance, _prosody(syllable_rate=7.0), _tilt(0.22)),
    "too_fast": _prosody(syllable_rate=9.5),
    "too_quiet": _prosody(level_dbfs=-45),
    "long_pauses": _prosody(long_pause_ratio=0.4, pause_ratio=0.45),
    "fillers": _prosody(held_ratio=0.4),
    "silence": _prosody(pause_ratio=1.0, voiced_ratio=0.0, level_dbfs=-90, syllable_rate=0.0, long_pause_ratio=1.0),
    "tense": _emotion(angry=0.4, neutral=0.6),
    "nervous": _emotion(fear=0.5, neutral=0.5),
    "flat_affect": _emotion(neutral=0.85, happy=0.15),
    "low_mood": _emotion(sad=0.6, neutral=0.4),
    "unsteady_expression": _unsteady,
    "slouching": lambda w: {**w, "pose": moving(head_drop=0.12)},
    "fidgeting": lambda w: {**w, "pose": [pose(dx=0.07 * (k % 2), dy=0.05 * (k % 2)) for k in range(5)]},
    "crossed_arms": lambda w: {**w, "pose": moving(crossed=True)},
    "leaning": _tilt(0.4),
    "too_still": lambda w: {**w, "pose": [pose() for _ in range(5)]},
    "looking_away": lambda w: _set(w, "gaze", 0, 0.4),
    "looking_down": lambda w: _set(w, "gaze", 1, 0.07),
    "face_out_of_frame": _face_gone,
    "off_center": lambda w: {**w, "pose": moving(dx=0.3)},
    "wandering_gaze": lambda w: _set(w, "gaze", 0, [0.22, -0.22, 0.22, -0.22, 0.22]),
    "too_dark": lambda w: _set(w, "scene", 1, 0.04),
    "multiple_faces": lambda w: _set(w, "scene", 0, 2.0),
    "audio_clipping": _prosody(clip_ratio=0.05),
    "camera_check": _no_video,
    "microphone_check": lambda w: {**w, "voice": None, "prosody": None},
}


def window_for(key: str) -> dict[str, Any]:
    return EDITS[key](good())


def test_the_builders_give_clean_windows():
    w = Window.from_mapping(good())
    assert all(w.mask(m).all() for m in ("emotion", "pose", "gaze", "scene", "voice", "prosody"))
    assert set(EDITS) == {r.key for r in REMINDERS}
