"""The rule engine: a window's features -> interpretable summary -> 30 reminder strengths -> five scores.

It labels the training data (the model learns to reproduce it) and is the fallback when no checkpoint is present.
Every rule is a function below whose docstring states its condition; each returns a strength in [0, 1] that
ramps linearly between two thresholds (no cliff edges, so scores are continuous). Thresholds were set on the
features of the real media in ``data.py`` (astronaut photo, Megamind.avi, espeak-ng speech at 90-400 wpm) and are
heuristics, not validated against human judgement.

Ranking: each strength is multiplied by the reminder's weight (``WEIGHTS``: problems by severity, equipment and
presence first, then speech, composure, posture; positive feedback at 0.25-0.3); the top of that ranking is the
primary reminder. A problem therefore outranks praise once
its strength passes about a third, and ``steady`` (always 1 x 0.25) is the answer when nothing stands out.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from tools.behavior.pose import L_EAR, L_HIP, L_SHOULDER, L_WRIST, NOSE, R_EAR, R_HIP, R_SHOULDER, R_WRIST
from tools.behavior.schema import EMOTIONS, PROSODY, Window
from tools.behavior.taxonomy import INDEX, N_REMINDERS, REMINDERS

SCORES = ("language", "composure", "body_language", "focus", "overall")
OVERALL_WEIGHTS = {"language": 0.3, "composure": 0.2, "body_language": 0.2, "focus": 0.3}
PITCH_NEUTRAL = 0.17  # FaceMesh head_pitch of a frontal face (astronaut photo)
BLANK_CONTRAST = 0.02  # a frame this uniform shows nothing (lens covered, black or blank frame)


def ramp(x: float, lo: float, hi: float) -> float:
    """0 at or below ``lo``, 1 at or above ``hi``, linear between (reversed when lo > hi)."""
    if not math.isfinite(x):
        return 0.0
    v = (x - lo) / (hi - lo)
    return 0.0 if v <= 0.0 else 1.0 if v >= 1.0 else float(v)


@dataclass
class Summary:
    """Interpretable statistics of one window, per modality (also returned by the tool)."""

    # camera and face
    video_steps: int = 0  # steps with any frame (0-5)
    face_steps: int = 0  # steps with a face
    face_fraction: float = 0.0  # face steps / video steps
    multi_face_steps: int = 0
    brightness: float = float("nan")
    blank_fraction: float = 0.0  # video steps whose frames are uniform
    gaze_x: float = float("nan")  # mean |gaze_x|
    gaze_y: float = float("nan")  # mean gaze_y (+ down)
    eye_open: float = float("nan")
    head_yaw: float = float("nan")  # mean |yaw|
    head_pitch: float = float("nan")  # mean pitch (+ down)
    away_fraction: float = 0.0  # face steps looking away (graded)
    down_fraction: float = 0.0  # face steps looking down (graded)
    gaze_spread: float = 0.0  # std of gaze_x + half the std of yaw across face steps
    # emotion (means over face steps)
    emotions: dict[str, float] | None = None
    expression_change: float = 0.0  # mean half-L1 distance between consecutive steps' emotion vectors
    # pose
    pose_steps: int = 0
    head_height: float = float("nan")  # (shoulder line - nose) / shoulder width; small = slouched
    shoulder_tilt: float = float("nan")  # |left - right shoulder height| / shoulder width
    head_tilt: float = float("nan")  # |slope| of the line through the ears (0 level, 0.27 = 15 degrees)
    head_offset: float = float("nan")  # |nose - shoulder midpoint| horizontally / shoulder width
    crossed_fraction: float = 0.0  # pose steps with both wrists across the midline
    motion: float = float("nan")  # mean landmark movement between steps / shoulder width
    center_offset: float = float("nan")  # |nose x - 0.5|
    # voice
    has_audio: bool = False
    prosody: dict[str, float] | None = None

    def by_modality(self) -> dict[str, dict[str, Any]]:
        d = asdict(self)
        groups = {
            "face": ("video_steps", "face_steps", "face_fraction", "multi_face_steps", "brightness", "blank_fraction"),
            "gaze": ("gaze_x", "gaze_y", "eye_open", "head_yaw", "head_pitch", "away_fraction", "down_fraction",
                     "gaze_spread"),
            "emotion": ("emotions", "expression_change"),
            "pose": ("pose_steps", "head_height", "shoulder_tilt", "head_tilt", "head_offset", "crossed_fraction",
                     "motion", "center_offset"),
            "voice": ("has_audio", "prosody"),
        }
        return {g: {k: _clean(d[k]) for k in keys} for g, keys in groups.items()}


def _clean(v: Any) -> Any:
    if isinstance(v, float):
        return None if not np.isfinite(v) else round(v, 4)
    if isinstance(v, dict):
        return {k: _clean(x) for k, x in v.items()}
    return v


def summarize(window: Window) -> Summary:
    s = Summary()
    scene_ok = window.mask("scene")
    s.video_steps = int(scene_ok.sum())
    face_ok = window.mask("gaze") & scene_ok if s.video_steps else window.mask("gaze")
    s.face_steps = int(face_ok.sum())
    s.face_fraction = s.face_steps / s.video_steps if s.video_steps else 0.0
    if s.video_steps:
        scene = window.scene[scene_ok]
        s.multi_face_steps = int((scene[:, 0] >= 1.5).sum())
        s.brightness = float(scene[:, 1].mean())
        s.blank_fraction = float((scene[:, 2] < BLANK_CONTRAST).mean())
    if s.face_steps:
        g = window.gaze[face_ok]
        s.gaze_x, s.gaze_y, s.eye_open = float(np.abs(g[:, 0]).mean()), float(g[:, 1].mean()), float(g[:, 2].mean())
        s.head_yaw, s.head_pitch = float(np.abs(g[:, 3]).mean()), float(g[:, 4].mean())
        away = [max(ramp(abs(r[0]), 0.2, 0.35), ramp(abs(r[3]), 0.4, 0.65)) for r in g]
        down = [max(ramp(r[1], 0.03, 0.055), ramp(r[4] - PITCH_NEUTRAL, 0.2, 0.35)) for r in g]
        s.away_fraction, s.down_fraction = float(np.mean(away)), float(np.mean(down))
        if s.face_steps >= 3:
            s.gaze_spread = float(g[:, 0].std() + 0.5 * g[:, 3].std())
    emo_ok = window.mask("emotion")
    if emo_ok.any():
        e = window.emotion[emo_ok]
        s.emotions = {name: float(v) for name, v in zip(EMOTIONS, e.mean(axis=0), strict=True)}
        if len(e) >= 2:
            s.expression_change = float((0.5 * np.abs(np.diff(e, axis=0)).sum(axis=1)).mean())
    _pose_summary(window, s)
    if window.mask("prosody").all():
        s.has_audio = True
        s.prosody = {name: float(v) for name, v in zip(PROSODY, window.prosody, strict=True)}
    return s


def _pose_summary(window: Window, s: Summary) -> None:
    ok = window.mask("pose")
    poses = window.pose[ok].reshape(-1, 33, 3)
    width = np.abs(poses[:, L_SHOULDER, 0] - poses[:, R_SHOULDER, 0]) if len(poses) else np.zeros(0)
    valid = width > 0.03  # shoulders this close together: a side view or a bad detection; ignore the step
    poses, width = poses[valid], width[valid]
    s.pose_steps = len(poses)
    if not s.pose_steps:
        return
    mid = (poses[:, L_SHOULDER, :2] + poses[:, R_SHOULDER, :2]) / 2
    nose = poses[:, NOSE, :2]
    s.head_height = float(((mid[:, 1] - nose[:, 1]) / width).mean())
    s.shoulder_tilt = float((np.abs(poses[:, L_SHOULDER, 1] - poses[:, R_SHOULDER, 1]) / width).mean())
    ears = np.abs(poses[:, L_EAR, :2] - poses[:, R_EAR, :2])
    s.head_tilt = float((ears[:, 1] / np.maximum(ears[:, 0], 1e-3)).clip(0, 3).mean())
    s.head_offset = float((np.abs(nose[:, 0] - mid[:, 0]) / width).mean())
    s.center_offset = float(np.abs(nose[:, 0] - 0.5).mean())
    # Crossed arms: each wrist beyond the midline on the other arm's side, between shoulders and hips, in frame.
    side = np.sign(poses[:, L_SHOULDER, 0] - poses[:, R_SHOULDER, 0])
    hips_y = (poses[:, L_HIP, 1] + poses[:, R_HIP, 1]) / 2
    crossed = []
    for k in range(s.pose_steps):
        lw, rw = poses[k, L_WRIST], poses[k, R_WRIST]
        across = ((lw[0] - mid[k, 0]) * side[k] < -0.1 * width[k]) and ((rw[0] - mid[k, 0]) * side[k] > 0.1 * width[k])
        at_chest = all(mid[k, 1] < w[1] < hips_y[k] for w in (lw, rw))
        crossed.append(across and at_chest)
    s.crossed_fraction = float(np.mean(crossed))
    if s.pose_steps >= 2:
        upper = poses[:, :17, :2]  # face, shoulders, arms
        s.motion = float((np.abs(np.diff(upper, axis=0)).mean(axis=(1, 2)) / width[1:]).mean())


# --- the rules ---------------------------------------------------------------------------------------------------

Rule = Callable[[Summary], float]
RULES: dict[str, Rule] = {}


def rule(key: str) -> Callable[[Rule], Rule]:
    def register(fn: Rule) -> Rule:
        assert key in INDEX and fn.__doc__, key
        RULES[key] = fn
        return fn
    return register


def _p(s: Summary, name: str) -> float:
    return s.prosody[name] if s.prosody else float("nan")


def _e(s: Summary, *names: str) -> float:
    return sum(s.emotions[n] for n in names) if s.emotions else float("nan")


def _speaking(s: Summary) -> float:
    return 1.0 - RULES["silence"](s) if s.has_audio else 0.0


@rule("steady")
def steady(s: Summary) -> float:
    """Always 1: with weight 0.25 it is the primary reminder exactly when nothing else stands out."""
    return 1.0


@rule("good_eye_contact")
def good_eye_contact(s: Summary) -> float:
    """Face in 60 -> 100 % of the frames, irises within 0.12 -> 0.03 of centre, neither looking away nor down."""
    if not s.face_steps:
        return 0.0
    return ramp(s.face_fraction, 0.6, 1.0) * ramp(s.gaze_x, 0.12, 0.03) * (1 - s.away_fraction) * (
        1 - s.down_fraction)


@rule("good_pace")
def good_pace(s: Summary) -> float:
    """Speaking within 0.5 -> 1.5 syllables/s of 5.5/s (about 150 wpm), few long pauses, level above -40 -> -30 dBFS."""
    return _speaking(s) * ramp(abs(_p(s, "syllable_rate") - 5.5), 1.5, 0.5) * ramp(
        _p(s, "long_pause_ratio"), 0.2, 0.1) * ramp(_p(s, "level_dbfs"), -40, -30)


@rule("good_posture")
def good_posture(s: Summary) -> float:
    """Head well above the shoulders, head level within 0.25 -> 0.15, arms open, moving naturally (neither frozen
    nor fidgeting)."""
    if s.pose_steps < 2:
        return 0.0
    return ramp(s.head_height, 0.3, 0.4) * ramp(s.head_tilt, 0.25, 0.15) * (1 - s.crossed_fraction) * ramp(
        s.motion, 0.01, 0.03) * ramp(s.motion, 0.15, 0.08)


@rule("warm_expression")
def warm_expression(s: Summary) -> float:
    """Mean 'happy' probability 0.3 -> 0.6."""
    return ramp(_e(s, "happy"), 0.3, 0.6)


@rule("too_fast")
def too_fast(s: Summary) -> float:
    """Speaking at 7.5 -> 9 syllables/s (espeak-ng: about 6.0/s at 170 wpm, 8.7/s at 300 wpm)."""
    return _speaking(s) * ramp(_p(s, "syllable_rate"), 7.5, 9.0)


@rule("too_quiet")
def too_quiet(s: Summary) -> float:
    """Speaking with the loud end of the voice at -30 -> -40 dBFS (normal speech near the mic: about -12)."""
    return _speaking(s) * ramp(-_p(s, "level_dbfs"), 30, 40)


@rule("long_pauses")
def long_pauses(s: Summary) -> float:
    """Speaking, but 15 -> 35 % of the window in pauses of 1.5 s or more."""
    return _speaking(s) * ramp(_p(s, "long_pause_ratio"), 0.15, 0.35)


@rule("fillers")
def fillers(s: Summary) -> float:
    """Speaking, with 12 -> 30 % of the window in held sounds (>= 0.4 s of unchanging spectrum: 'uhhh', 'ummm',
    drawn-out vowels). An acoustic proxy: filler words said quickly are not caught without a transcript."""
    return _speaking(s) * ramp(_p(s, "held_ratio"), 0.12, 0.3)


@rule("silence")
def silence(s: Summary) -> float:
    """Audio present but 85 -> 97 % of it below the speech threshold and under 10 % voiced."""
    if not s.has_audio or _p(s, "audio_fraction") < 0.3:
        return 0.0
    return min(ramp(_p(s, "pause_ratio"), 0.85, 0.97), 1 - ramp(_p(s, "voiced_ratio"), 0.1, 0.2))


@rule("tense")
def tense(s: Summary) -> float:
    """Mean angry + disgust probability 0.15 -> 0.3."""
    return ramp(_e(s, "angry", "disgust"), 0.15, 0.3)


@rule("nervous")
def nervous(s: Summary) -> float:
    """Mean fear probability 0.2 -> 0.4."""
    return ramp(_e(s, "fear"), 0.2, 0.4)


@rule("flat_affect")
def flat_affect(s: Summary) -> float:
    """Mean neutral probability 0.5 -> 0.7. (Voice pitch spread is not used: on espeak-ng even SSML range="0%"
    leaves 2.4 semitones against 3.2 for normal prosody, too close to call.)"""
    return ramp(_e(s, "neutral"), 0.5, 0.7)


@rule("low_mood")
def low_mood(s: Summary) -> float:
    """Mean sad probability 0.3 -> 0.55."""
    return ramp(_e(s, "sad"), 0.3, 0.55)


@rule("unsteady_expression")
def unsteady_expression(s: Summary) -> float:
    """The emotion distribution changes by 0.35 -> 0.6 (half-L1) between consecutive steps on average."""
    return ramp(s.expression_change, 0.35, 0.6)


@rule("slouching")
def slouching(s: Summary) -> float:
    """Nose only 0.35 -> 0.2 shoulder widths above the shoulder line (upright: about 0.5)."""
    return ramp(s.head_height, 0.35, 0.2) if s.pose_steps else 0.0


@rule("fidgeting")
def fidgeting(s: Summary) -> float:
    """Upper-body landmarks move 0.08 -> 0.2 shoulder widths between consecutive 2-s steps on average."""
    return ramp(s.motion, 0.08, 0.2)


@rule("crossed_arms")
def crossed_arms(s: Summary) -> float:
    """Both wrists across the body's midline at chest height in 20 -> 60 % of the pose steps."""
    return ramp(s.crossed_fraction, 0.2, 0.6)


@rule("leaning")
def leaning(s: Summary) -> float:
    """Ear line tilted 0.2 -> 0.35 (11-19 degrees), shoulder line 0.35 -> 0.5, or the nose 0.3 -> 0.5 shoulder widths
    off the shoulders' midpoint. (Shoulders count less: MediaPipe misplaces them on bulky clothes.)"""
    return max(ramp(s.head_tilt, 0.2, 0.35), ramp(s.shoulder_tilt, 0.35, 0.5), ramp(s.head_offset, 0.3, 0.5))


@rule("too_still")
def too_still(s: Summary) -> float:
    """Person seen in >= 4 steps moving under 0.02 -> 0.008 shoulder widths per step (frozen)."""
    return ramp(s.motion, 0.02, 0.008) if s.pose_steps >= 4 else 0.0


@rule("looking_away")
def looking_away(s: Summary) -> float:
    """Per face step: irises 0.2 -> 0.35 off-centre or head yawed 0.4 -> 0.65 rad; the mean ramps 0.3 -> 0.6."""
    return ramp(s.away_fraction, 0.3, 0.6) if s.face_steps >= 2 else 0.0


@rule("looking_down")
def looking_down(s: Summary) -> float:
    """Per face step: irises 0.03 -> 0.055 eye widths low or head pitched 0.2 -> 0.35 rad down from neutral;
    the mean ramps 0.3 -> 0.6."""
    return ramp(s.down_fraction, 0.3, 0.6) if s.face_steps >= 2 else 0.0


@rule("face_out_of_frame")
def face_out_of_frame(s: Summary) -> float:
    """Frames arrive (>= 3 steps, not blank) but the face is missing from 20 -> 60 % of them."""
    if s.video_steps < 3:
        return 0.0
    return ramp(1 - s.face_fraction, 0.2, 0.6) * (1 - ramp(s.blank_fraction, 0.4, 0.8))


@rule("off_center")
def off_center(s: Summary) -> float:
    """Nose 0.2 -> 0.32 of the frame width away from the centre."""
    return ramp(s.center_offset, 0.2, 0.32)


@rule("wandering_gaze")
def wandering_gaze(s: Summary) -> float:
    """Gaze spread (std of gaze_x + half the std of yaw over >= 3 face steps) 0.12 -> 0.25."""
    return ramp(s.gaze_spread, 0.12, 0.25)


@rule("too_dark")
def too_dark(s: Summary) -> float:
    """Mean brightness 0.12 -> 0.06 (of 1) in frames that are not blank."""
    return ramp(s.brightness, 0.12, 0.06) * (1 - ramp(s.blank_fraction, 0.4, 0.8)) if s.video_steps else 0.0


@rule("multiple_faces")
def multiple_faces(s: Summary) -> float:
    """Two or more faces in 1 -> 2 steps."""
    return ramp(s.multi_face_steps, 0.5, 2.0)


@rule("audio_clipping")
def audio_clipping(s: Summary) -> float:
    """0.2 -> 1 % of the samples at full scale."""
    return ramp(_p(s, "clip_ratio"), 0.002, 0.01)


@rule("camera_check")
def camera_check(s: Summary) -> float:
    """Frames missing from 2 -> 4 of the 5 steps, or 40 -> 80 % of the frames blank (uniform)."""
    return max(ramp(5 - s.video_steps, 1.5, 4.0), ramp(s.blank_fraction, 0.4, 0.8) if s.video_steps else 0.0)


@rule("microphone_check")
def microphone_check(s: Summary) -> float:
    """No audio at all, or audio covering only 60 -> 30 % of the window."""
    return ramp(_p(s, "audio_fraction"), 0.6, 0.3) if s.has_audio else 1.0


WEIGHTS: dict[str, float] = {
    "camera_check": 1.0, "microphone_check": 0.99, "face_out_of_frame": 0.98, "silence": 0.97, "too_dark": 0.96,
    "multiple_faces": 0.95, "looking_away": 0.94, "audio_clipping": 0.93, "too_fast": 0.92, "too_quiet": 0.91,
    "long_pauses": 0.90, "looking_down": 0.89, "tense": 0.88, "nervous": 0.87, "low_mood": 0.86, "flat_affect": 0.85,
    "slouching": 0.84, "crossed_arms": 0.83, "fidgeting": 0.82, "leaning": 0.81, "fillers": 0.80, "off_center": 0.79,
    "wandering_gaze": 0.78, "unsteady_expression": 0.77, "too_still": 0.76,
    "good_eye_contact": 0.30, "good_pace": 0.29, "good_posture": 0.28, "warm_expression": 0.27, "steady": 0.25,
}
assert set(WEIGHTS) == set(RULES) == set(INDEX)


@dataclass
class Labels:
    """The labeller's verdict on one window."""

    scores: dict[str, float]
    strengths: np.ndarray  # (30,) raw rule strengths in taxonomy order
    ranking: np.ndarray  # (30,) strength x weight
    summary: Summary

    @property
    def primary(self) -> int:
        return int(np.argmax(self.ranking))

    def target(self) -> np.ndarray:
        """(30,) training distribution over reminders: the ranking, normalised (values under 0.05 dropped)."""
        r = np.where(self.ranking >= 0.05, self.ranking, 0.0)
        return (r / r.sum()).astype(np.float32)

    def top(self, k: int = 3) -> list[tuple[str, float]]:
        t = self.target()
        order = np.argsort(-self.ranking, kind="stable")[:k]
        return [(REMINDERS[i].key, float(t[i])) for i in order]


def strengths(s: Summary) -> np.ndarray:
    out = np.zeros(N_REMINDERS, np.float32)
    for key, fn in RULES.items():
        out[INDEX[key]] = float(np.clip(fn(s), 0.0, 1.0))
    return out


def score(s: Summary, st: np.ndarray) -> dict[str, float]:
    """The five scores (0-100) from the rule strengths; a modality that was not observed gives a middling score."""
    g = {key: float(st[i]) for key, i in INDEX.items()}
    if s.has_audio:
        language = 100 - 70 * g["silence"] - 30 * g["too_fast"] - 30 * g["too_quiet"] - 25 * g["long_pauses"] \
            - 25 * g["fillers"] - 15 * g["audio_clipping"] - 50 * g["microphone_check"]
    else:
        language = 50.0
    if s.emotions:
        composure = 85 + 15 * g["warm_expression"] - 35 * g["tense"] - 35 * g["nervous"] - 20 * g["flat_affect"] \
            - 30 * g["low_mood"] - 25 * g["unsteady_expression"] - 10 * g["too_fast"]
    else:
        composure = 50.0
    if s.pose_steps:
        body = 90 + 10 * g["good_posture"] - 35 * g["slouching"] - 30 * g["fidgeting"] - 30 * g["crossed_arms"] \
            - 30 * g["leaning"] - 20 * g["too_still"] - 15 * g["off_center"]
    else:
        body = 40.0 if s.video_steps else 50.0
    if s.video_steps:
        focus = 100 * s.face_fraction - 45 * g["looking_away"] - 35 * g["looking_down"] - 25 * g["wandering_gaze"] \
            - 15 * g["off_center"] - 30 * g["too_dark"] - 15 * g["multiple_faces"] - 60 * g["camera_check"]
    else:
        focus = 30.0
    scores = {"language": language, "composure": composure, "body_language": body, "focus": focus}
    scores = {k: float(np.clip(v, 0.0, 100.0)) for k, v in scores.items()}
    scores["overall"] = sum(OVERALL_WEIGHTS[k] * scores[k] for k in OVERALL_WEIGHTS)
    return {k: round(scores[k], 2) for k in SCORES}


def label(window: Window | Mapping[str, Any]) -> Labels:
    """Scores, reminder strengths and ranking for one window (any mapping is sanitised first)."""
    w = window if isinstance(window, Window) else Window.from_mapping(window)
    s = summarize(w)
    st = strengths(s)
    weights = np.array([WEIGHTS[r.key] for r in REMINDERS], np.float32)
    return Labels(score(s, st), st, st * weights, s)
