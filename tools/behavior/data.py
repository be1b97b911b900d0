"""Training windows cut from real media with controlled perturbations, labelled by the rule engine.

Nothing here is a recording of a real interview: the faces are the astronaut photo (scikit-image) and the animated
Megamind.avi clip (opencv-doc); the speech is espeak-ng. Every frame and every audio clip still goes through the
real extractors (FaceMesh, Pose, the emotion CNN, the voice DSP), and the perturbations are applied to pixels and
samples, not to features, except where no picture edit of this media produces the behaviour: ``cross_arms`` and
``slouch`` move pose landmarks (wrists and elbows; the head) in 6 % of the windows each, ``augment`` adds
feature noise that the rules ignore to 70 % of the windows, and in 40 % of the windows one to three rule inputs are
set at random (``INTERVENTIONS``: see there why; the model card says it too).

Visual conditions (frames -> per-frame features): natural motion, perfectly still, fidgeting (large random
motion), irises moved left / right / down or a little aside (``shift_gaze``), face moved out of the frame,
off-centre, darkened, tilted (leaning), a second face pasted in, grey-scale, blank frames; Megamind frames as they
are, grouped by their dominant emotion, darkened, grey-scale, tilted, moved out, with a second face.
Audio conditions (10-s clips -> window features): normal, slow, fast, sped up (resampled), quiet, long pauses,
held fillers, silence, clipped, 8 kHz, stereo 48 kHz, partial (2-3 s of audio), missing.

Held-out windows come from held-out material: other sentences and voices for speech, other one-second blocks of
Megamind, other random perturbation draws of the astronaut (the same photo: not independent; see the model card).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tools.behavior.extract import FrameAnalyzer, FrameResult
from tools.behavior.gaze import EYE_CONTOURS, IRIS, FaceMeshTracker
from tools.behavior.labeller import label
from tools.behavior.media import astronaut, espeak, megamind_path, read_video
from tools.behavior.pose import L_ELBOW, L_SHOULDER, L_WRIST, R_ELBOW, R_SHOULDER, R_WRIST
from tools.behavior.schema import EMOTIONS, STEPS, Window
from tools.behavior.taxonomy import N_REMINDERS
from tools.behavior.voice import VoiceExtractor

W, H = 640, 480
POOL_VERSION = 4

TRAIN_TEXTS = (
    "In my last role I led the migration of our billing service to a new database.",
    "The hardest part was agreeing on priorities with three other teams.",
    "I wrote a short design document, and we reviewed it together every week.",
    "We shipped on time, and the error rate dropped by half within a month.",
    "When a deploy failed, I stayed calm, rolled back, and wrote a clear postmortem.",
    "I enjoy mentoring junior engineers and pairing with them on hard problems.",
    "My strongest skill is breaking a vague goal into small, testable steps.",
    "I would like to grow into a role where I shape the technical direction.",
)
TEST_TEXTS = (
    "At university I built a small search engine for the library catalogue.",
    "I disagreed with my manager once, so I gathered data and we changed the plan.",
    "Next year I want to learn more about distributed systems and reliability.",
)
VOICES = {"train": ("en-us", "en-us+f3", "en+m3", "en-gb"), "test": ("en-us+f2", "en-gb-x-rp")}
FILLERS = ('<prosody rate="x-slow">uhhh</prosody>', '<prosody rate="x-slow">ummm</prosody>',
           '<prosody rate="x-slow">errr</prosody>')


# --- pixel perturbations -----------------------------------------------------------------------------------------

def place(img: np.ndarray) -> np.ndarray:
    """A square photo scaled to 480 high, centred on a 640x480 canvas whose sides repeat its edge pixels."""
    import cv2

    square = cv2.resize(img, (H, H), interpolation=cv2.INTER_AREA)
    pad = (W - H) // 2
    return np.asarray(cv2.copyMakeBorder(square, 0, 0, pad, W - H - pad, cv2.BORDER_REPLICATE))


def move(frame: np.ndarray, dx: float = 0.0, dy: float = 0.0, angle: float = 0.0, scale: float = 1.0,
         fill: tuple[int, int, int] | None = None) -> np.ndarray:
    """Shift/rotate/scale the picture; uncovered pixels repeat the border, or take ``fill``."""
    import cv2

    h, w = frame.shape[:2]
    m = np.asarray(cv2.getRotationMatrix2D((w / 2, h * 0.75), angle, scale), np.float64)
    m[0, 2] += dx
    m[1, 2] += dy
    border = cv2.BORDER_REPLICATE if fill is None else cv2.BORDER_CONSTANT
    return np.asarray(cv2.warpAffine(frame, m, (w, h), borderMode=border, borderValue=fill or (0, 0, 0)))


def darken(frame: np.ndarray, factor: float, rng: np.random.Generator) -> np.ndarray:
    noisy = frame.astype(np.float32) * factor + rng.normal(0, 2.0, frame.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def to_grey(frame: np.ndarray) -> np.ndarray:
    grey = frame.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    return np.repeat(grey[..., None], 3, axis=2).astype(np.uint8)


def shift_gaze(frame: np.ndarray, landmarks: np.ndarray, dx: float, dy: float = 0.0) -> np.ndarray:
    """Move both irises by (dx, dy) eye widths inside the eye openings (sclera filled in behind them)."""
    import cv2

    out = frame.copy()
    h, w = frame.shape[:2]
    for iris, contour in zip(IRIS, EYE_CONTOURS, strict=True):
        c = landmarks[iris, :2]
        radius = float(np.mean([np.linalg.norm(landmarks[i, :2] - c) for i in range(iris + 1, iris + 5)]))
        eye_w = float(np.linalg.norm(landmarks[contour[0], :2] - landmarks[contour[8], :2]))
        eye = np.zeros((h, w), np.uint8)
        cv2.fillPoly(eye, [landmarks[list(contour), :2].round().astype(np.int32)], (255,))
        disk = np.zeros((h, w), np.uint8)
        cv2.circle(disk, (int(round(c[0])), int(round(c[1]))), int(np.ceil(radius)), (255,), -1)
        sclera = frame[(eye > 0) & (disk == 0)]
        out[eye > 0] = np.percentile(sclera, 80, axis=0) if len(sclera) else 220
        shift = np.array([[1, 0, dx * eye_w], [0, 1, dy * eye_w]], np.float32)
        moved = cv2.warpAffine(frame, shift, (w, h))
        inside = (cv2.warpAffine(disk, shift, (w, h)) > 0) & (eye > 0)
        out[inside] = moved[inside]
    return out


def paste_face(frame: np.ndarray, face: np.ndarray, x: int, y: int) -> np.ndarray:
    """A second face (an RGB crop) pasted with its top-left corner at (x, y)."""
    out = frame.copy()
    fh, fw = face.shape[:2]
    fh, fw = min(fh, out.shape[0] - y), min(fw, out.shape[1] - x)
    out[y:y + fh, x:x + fw] = face[:fh, :fw]
    return out


def slouch(pose: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Feature-level edit: the head (landmarks 0-10) dropped towards the shoulder line, to 0.1-0.3 shoulder widths
    above it. (99,) -> (99,). MediaPipe places the astronaut's shoulders on her helmet ring, so no picture edit of
    the available media moves the head relative to the shoulders reliably."""
    p = pose.reshape(33, 3).copy()
    if not np.isfinite(p).all():
        return pose
    width = abs(p[L_SHOULDER, 0] - p[R_SHOULDER, 0])
    mid_y = (p[L_SHOULDER, 1] + p[R_SHOULDER, 1]) / 2
    p[:11, 1] += (mid_y - rng.uniform(0.1, 0.3) * width) - p[0, 1]
    return p.reshape(-1)


def cross_arms(pose: np.ndarray) -> np.ndarray:
    """Feature-level edit (no picture edit can do it): wrists and elbows moved across the chest. (99,) -> (99,)."""
    p = pose.reshape(33, 3).copy()
    if not np.isfinite(p).all():
        return pose
    mid = (p[L_SHOULDER] + p[R_SHOULDER]) / 2
    width = p[L_SHOULDER, 0] - p[R_SHOULDER, 0]  # signed: + when the left shoulder is on the image right
    for wrist, elbow, sign in ((L_WRIST, L_ELBOW, -1.0), (R_WRIST, R_ELBOW, 1.0)):
        p[wrist, :2] = mid[:2] + (sign * 0.35 * width, 0.75 * abs(width))
        p[elbow, :2] = mid[:2] + (-sign * 0.55 * width, 0.8 * abs(width))
    return p.reshape(-1)


# --- visual conditions -------------------------------------------------------------------------------------------

@dataclass
class Pool:
    """Per-split extracted material: visual condition -> per-frame results; audio condition -> window features."""

    visual: dict[str, dict[str, list[FrameResult]]] = field(default_factory=dict)
    audio: dict[str, dict[str, list[tuple[np.ndarray, np.ndarray] | None]]] = field(default_factory=dict)
    version: int = POOL_VERSION


def _astronaut_conditions(rng: np.random.Generator, n: int) -> Iterator[tuple[str, np.ndarray]]:

    base = place(astronaut())
    tracker = FaceMeshTracker(static=True)
    obs = tracker(base)
    tracker.close()
    assert obs.landmarks is not None and obs.box is not None, "FaceMesh found no face in the astronaut photo"
    lm = obs.landmarks
    x0, y0, x1, y1 = (int(v) for v in obs.box)
    head = base[max(y0 - 30, 0):y1 + 10, max(x0 - 20, 0):x1 + 20]  # about 130 x 140: FaceMesh's detector needs ~90 px

    def jitter(frame: np.ndarray, px: float = 6.0, deg: float = 1.5) -> np.ndarray:
        dx, dy = rng.uniform(-px, px, 2)
        return move(frame, float(dx), float(dy), rng.uniform(-deg, deg), 1 + rng.uniform(-0.02, 0.02))

    def colour() -> tuple[int, int, int]:
        r, g, b = rng.integers(10, 120, 3)
        return int(r), int(g), int(b)

    def blank() -> np.ndarray:
        level = float(rng.choice([0, 128, 255]))
        return np.clip(rng.normal(level, 1.0, (H, W, 3)), 0, 255).astype(np.uint8)

    makers: dict[str, Callable[[], np.ndarray]] = {
        "natural": lambda: jitter(base),
        "still": lambda: base,
        "fidget": lambda: jitter(base, 45.0, 7.0),
        "away_left": lambda: jitter(shift_gaze(base, lm, -rng.uniform(0.25, 0.32)), 3, 0.5),
        "away_right": lambda: jitter(shift_gaze(base, lm, rng.uniform(0.25, 0.32)), 3, 0.5),
        "glance": lambda: jitter(shift_gaze(base, lm, rng.choice([-1, 1]) * rng.uniform(0.08, 0.14)), 3, 0.5),
        "down": lambda: jitter(shift_gaze(base, lm, 0.0, rng.uniform(0.25, 0.32)), 3, 0.5),
        "out": lambda: move(base, rng.choice([-1, 1]) * rng.uniform(480, 640), rng.uniform(-40, 40),
                            fill=colour()),
        "off_left": lambda: jitter(move(base, -rng.uniform(150, 200))),
        "off_right": lambda: jitter(move(base, rng.uniform(190, 240))),  # the face sits left of centre already
        "dark": lambda: darken(jitter(base), rng.uniform(0.06, 0.3), rng),
        # The photo's head is already tilted about 8 degrees one way: the other way needs more rotation.
        "lean_left": lambda: jitter(move(base, angle=rng.uniform(22, 32)), 3, 0.5),
        "lean_right": lambda: jitter(move(base, angle=-rng.uniform(9, 20)), 3, 0.5),
        "two_faces": lambda: jitter(paste_face(base, head, int(rng.choice([rng.integers(5, 40), rng.integers(
            480, 510)])), int(rng.integers(5, 60)))),
        "grey": lambda: to_grey(jitter(base)),
        "blank": blank,
    }
    for name, make in makers.items():
        for _ in range(2 if name == "still" else n):
            yield f"astro_{name}", make()


def _megamind_conditions(rng: np.random.Generator, split: str, n: int, limit: int | None) -> Iterator[
        tuple[str, np.ndarray]]:
    """The split's frames in order, then perturbed contiguous segments (one setting per segment)."""
    frames, fps = read_video(megamind_path(), limit=limit)
    block = max(int(round(fps)), 1)
    idx = [i for i in range(len(frames)) if ((i // block) % 5 == 4) == (split == "test")]
    base = place(astronaut())
    head = base[35:185, 225:355]  # the astronaut's head, pasted in as a second face
    for i in idx:
        yield "mm", frames[i]
    def setting(name: str) -> Callable[[np.ndarray], np.ndarray]:
        """One perturbation with its parameters drawn once: a segment keeps them."""
        side = float(rng.choice([-1, 1]))
        factor, angle, shift = rng.uniform(0.15, 0.45), side * rng.uniform(9, 20), side * rng.uniform(400, 520)
        x = int(rng.choice([10, 500]))
        return {
            "dark": lambda f: darken(f, factor, rng),
            "grey": to_grey,
            "lean": lambda f: move(f, angle=angle),
            "out": lambda f: move(f, shift),
            "two_faces": lambda f: paste_face(f, head, x, 10),
            "fidget": lambda f: move(f, rng.uniform(-45, 45), rng.uniform(-45, 45), rng.uniform(-7, 7)),
        }[name]

    for name in ("dark", "grey", "lean", "out", "two_faces", "fidget"):
        segments = 3
        for _ in range(segments):
            edit = setting(name)
            start = int(rng.integers(0, max(len(idx) - n // segments, 1)))
            for i in idx[start:start + max(n // segments, 1)]:
                yield f"mm_{name}", edit(frames[i])


def extract_visual(split: str, n: int, seed: int, megamind_limit: int | None = None,
                   log: Callable[[str], None] | None = None) -> dict[str, list[FrameResult]]:
    """Condition -> per-frame results, for one split (``n`` frames per perturbed condition)."""
    rng = np.random.default_rng(seed)
    analyzer = FrameAnalyzer(static=True)
    out: dict[str, list[FrameResult]] = {}
    sources: list[Iterator[tuple[str, np.ndarray]]] = [_astronaut_conditions(rng, n)]
    try:
        megamind_path()
        sources.append(_megamind_conditions(rng, split, n, megamind_limit))
    except RuntimeError as err:
        if log:
            log(f"skipping Megamind: {err}")
    for source in sources:
        for name, frame in source:
            out.setdefault(name, []).append(analyzer(frame) or {"scene": np.zeros(3, np.float32)})
    analyzer.close()
    # Megamind frames grouped by their dominant emotion: real expressions for the composure reminders.
    for k, emotion in enumerate(EMOTIONS):
        least = 0.2 if emotion in ("angry", "disgust") else 0.45  # the clip is never very angry
        group = [r for r in out.get("mm", []) if np.isfinite(r["emotion"]).all() and r["emotion"][k] >= least]
        if group:
            out[f"mm_{emotion}"] = group
    if log:
        log(f"{split}: " + ", ".join(f"{k} {len(v)}" for k, v in out.items()))
    return out


# --- audio conditions --------------------------------------------------------------------------------------------

def _speech(rng: np.random.Generator, texts: tuple[str, ...], voices: tuple[str, ...], rate: int,
            pause: tuple[float, float], seconds: float = 10.0, fillers: bool = False) -> tuple[np.ndarray, int]:
    """Sentences with pauses between them until ``seconds`` are filled (22050 Hz)."""
    voice = str(rng.choice(voices))
    parts: list[np.ndarray] = []
    total, sr = 0, 22050
    for _ in range(20):
        text = str(rng.choice(texts))
        if fillers:
            words = text.split()
            for _ in range(5):
                words.insert(int(rng.integers(0, len(words))), str(rng.choice(FILLERS)))
            text = "<speak>" + " ".join(words) + "</speak>"
        audio, sr = espeak(text, rate=rate, voice=voice, pitch=int(rng.integers(35, 65)), ssml=fillers)
        gap = np.zeros(int(rng.uniform(*pause) * sr), np.float32)
        parts += [audio, gap]
        total += len(audio) + len(gap)
        if total >= seconds * sr:
            break
    return np.concatenate(parts)[: int(seconds * sr)], sr


def _clip(rng: np.random.Generator, condition: str, texts: tuple[str, ...], voices: tuple[str, ...]) -> tuple[
        np.ndarray, int] | None:
    def normal(pause: tuple[float, float] = (0.2, 0.6)) -> tuple[np.ndarray, int]:
        return _speech(rng, texts, voices, int(rng.integers(140, 195)), pause)

    if condition == "missing":
        return None
    if condition == "normal":
        return normal()
    if condition == "slow":
        return _speech(rng, texts, voices, int(rng.integers(85, 115)), (0.3, 0.8))
    if condition == "fast":
        return _speech(rng, texts, voices, int(rng.integers(290, 420)), (0.05, 0.25))
    if condition == "sped_up":  # normal speech played 1.6-2x faster (pitch rises with it)
        from scipy.signal import resample_poly

        audio, sr = _speech(rng, texts, voices, int(rng.integers(150, 180)), (0.1, 0.3), seconds=20.0)
        factor = int(rng.integers(16, 21))
        return resample_poly(audio, 10, factor).astype(np.float32)[: 10 * sr], sr
    if condition == "quiet":
        audio, sr = normal()
        return audio * float(rng.uniform(0.006, 0.02)), sr
    if condition == "pauses":
        return normal((1.8, 3.5))
    if condition == "fillers":
        return _speech(rng, texts, voices, int(rng.integers(130, 170)), (0.2, 0.5), fillers=True)
    if condition == "silence":
        return (rng.normal(0, float(rng.choice([0.0, 1e-4, 3e-4])), 160_000).astype(np.float32), 16_000)
    if condition == "clipped":
        audio, sr = normal()
        return np.clip(audio * float(rng.uniform(5, 12)), -1, 1), sr
    if condition == "8khz":
        from scipy.signal import resample_poly

        audio, sr = normal()
        return resample_poly(audio, 160, 441).astype(np.float32), 8000
    if condition == "stereo48k":
        from scipy.signal import resample_poly

        audio, sr = normal()
        up = resample_poly(audio, 320, 147).astype(np.float32)
        return np.stack([up, 0.8 * up], axis=1), 48_000
    if condition == "partial":
        audio, sr = normal()
        return audio[: int(rng.uniform(1.5, 3.0) * sr)], sr
    raise ValueError(condition)


AUDIO_CONDITIONS = ("normal", "slow", "fast", "sped_up", "quiet", "pauses", "fillers", "silence", "clipped", "8khz",
                    "stereo48k", "partial", "missing")


def extract_audio(split: str, n: int, seed: int, log: Callable[[str], None] | None = None) -> dict[
        str, list[tuple[np.ndarray, np.ndarray] | None]]:
    rng = np.random.default_rng(seed)
    texts = TRAIN_TEXTS if split == "train" else TEST_TEXTS
    voice = VoiceExtractor()
    out: dict[str, list[tuple[np.ndarray, np.ndarray] | None]] = {}
    for condition in AUDIO_CONDITIONS:
        for _ in range(1 if condition == "missing" else n):
            clip = _clip(rng, condition, texts, VOICES[split])
            out.setdefault(condition, []).append(None if clip is None else voice(clip[0], clip[1]))
    if log:
        log(f"{split} audio: {sum(len(v) for v in out.values())} clips")
    return out


def build_pool(cache: Path | None = None, frames_per_condition: int = 24, clips_per_condition: int = 8,
               megamind_limit: int | None = None, seed: int = 0, log: Callable[[str], None] | None = None) -> Pool:
    """Extract features from the media once (about 2 minutes on 2 cores); reuse ``cache`` when it matches."""
    key = (POOL_VERSION, frames_per_condition, clips_per_condition, megamind_limit, seed)
    if cache is not None and cache.is_file():
        with cache.open("rb") as f:
            stored = pickle.load(f)  # a local cache this function wrote, never downloaded
        if stored.get("key") == key:
            return stored["pool"]
    pool = Pool()
    for k, split in enumerate(("train", "test")):
        n_frames = frames_per_condition if split == "train" else max(frames_per_condition // 3, 2)
        n_clips = clips_per_condition if split == "train" else max(clips_per_condition // 2, 1)
        pool.visual[split] = extract_visual(split, n_frames, seed + 10 * k, megamind_limit, log)
        pool.audio[split] = extract_audio(split, n_clips, seed + 10 * k + 1, log)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with cache.open("wb") as f:
            pickle.dump({"key": key, "pool": pool}, f)
    return pool


# --- windows -----------------------------------------------------------------------------------------------------

def compose(rng: np.random.Generator, visual: dict[str, list[FrameResult]],
            audio: dict[str, list[tuple[np.ndarray, np.ndarray] | None]]) -> Window:
    """One window: 5 steps of frames (each the mean of 2 frames of a condition, sometimes mixing two conditions,
    sometimes with steps missing) and one audio clip."""
    names = sorted(visual)
    main = names[int(rng.integers(len(names)))]
    conditions = [main] * STEPS
    if rng.random() < 0.35:
        other = names[int(rng.integers(len(names)))]
        for k in rng.choice(STEPS, size=int(rng.integers(1, STEPS)), replace=False):
            conditions[int(k)] = other
    data: dict[str, Any] = {m: [None] * STEPS for m in ("emotion", "pose", "gaze", "scene")}
    mode = rng.random()
    missing = set(range(STEPS)) if mode < 0.04 else set(rng.choice(STEPS, size=int(rng.integers(2, 5)),
                                                                   replace=False).tolist()) if mode < 0.08 else set()
    edit = rng.choice(["none", "cross_arms", "slouch"], p=[0.88, 0.06, 0.06])
    stride = int(rng.integers(2, 7))
    starts = {name: int(rng.integers(0, len(visual[name]))) for name in set(conditions)}
    for k, name in enumerate(conditions):
        if k in missing:
            continue
        seq = visual[name]  # in time order: consecutive steps take frames `stride` apart
        frames = [seq[(starts[name] + k * stride + j) % len(seq)] for j in range(2)]
        for m in data:
            rows = [f[m] for f in frames if m in f and np.isfinite(f[m]).all()]
            if rows:
                value = np.mean(rows, axis=0)
                if m == "scene":
                    value[0] = max(r[0] for r in rows)
                if m == "pose" and edit == "cross_arms":
                    value = cross_arms(value)
                elif m == "pose" and edit == "slouch":
                    value = slouch(value, np.random.default_rng(k))
                data[m][k] = value
    conditions_audio = sorted(audio)
    condition = conditions_audio[int(rng.integers(len(conditions_audio)))]
    clip = audio[condition][int(rng.integers(0, len(audio[condition])))]
    if clip is not None:
        data["voice"], data["prosody"] = clip
    if rng.random() < 0.7:
        augment(rng, data)
    if rng.random() < 0.4:
        for _ in range(int(rng.integers(1, 4))):
            INTERVENTIONS[int(rng.integers(len(INTERVENTIONS)))](rng, data)
    return Window.from_mapping(data)


# --- interventions: one feature set at random, the rest left as measured ------------------------------------------
# On a handful of media every behaviour comes with its own side effects (a darkened frame also changes the
# emotion CNN's output and FaceMesh's confidence; quiet speech also lowers every mel band). A model trained on that
# alone learns the side effects. Setting one rule input at random, independently of the rest, makes it read the
# input itself. Labels are computed afterwards, so they stay exactly the rules' verdict.

def _rows(data: dict[str, Any], name: str) -> list[int]:
    return [k for k, v in enumerate(data[name]) if v is not None]


def _set_brightness(rng: np.random.Generator, data: dict[str, Any]) -> None:
    b = rng.uniform(0.02, 0.6)
    for k in _rows(data, "scene"):
        data["scene"][k] = np.array([data["scene"][k][0], b, max(data["scene"][k][2], 0.03)])


def _set_prosody(name: str, lo: float, hi: float) -> Callable[[np.random.Generator, dict[str, Any]], None]:
    from tools.behavior.schema import PROSODY

    i = PROSODY.index(name)

    def set_value(rng: np.random.Generator, data: dict[str, Any]) -> None:
        if data.get("prosody") is not None and data["prosody"][PROSODY.index("voiced_ratio")] > 0.2:
            data["prosody"] = data["prosody"].copy()
            data["prosody"][i] = rng.uniform(lo, hi)
    return set_value


def _set_emotion(rng: np.random.Generator, data: dict[str, Any]) -> None:
    dominant = np.eye(len(EMOTIONS))[int(rng.integers(len(EMOTIONS)))]
    alternate = np.eye(len(EMOTIONS))[int(rng.integers(len(EMOTIONS)))] if rng.random() < 0.3 else dominant
    for n, k in enumerate(_rows(data, "emotion")):
        data["emotion"][k] = rng.dirichlet(0.3 + 6.0 * (dominant if n % 2 == 0 else alternate))


def _move_pose(rng: np.random.Generator, data: dict[str, Any]) -> None:
    """Tilt (around the shoulders), off-centre shift, a frozen or a restless body: one of them."""
    kind = int(rng.integers(4))
    angle, dx, sigma = np.radians(rng.uniform(-25, 25)), rng.uniform(-0.35, 0.35), rng.uniform(0.0, 0.06)
    rows = _rows(data, "pose")
    first = data["pose"][rows[0]].copy() if rows else None
    for k in rows:
        q = data["pose"][k].reshape(33, 3).copy()
        if kind == 0:
            c = (q[L_SHOULDER, :2] + q[R_SHOULDER, :2]) / 2
            rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
            q[:, :2] = (q[:, :2] - c) @ rot.T + c
        elif kind == 1:
            q[:, 0] += dx
        elif kind == 2 and first is not None:
            q = first.reshape(33, 3).copy()
        else:
            q[:, :2] += rng.normal(0, sigma, 2)
        data["pose"][k] = q.reshape(-1)


def _edit_pose(rng: np.random.Generator, data: dict[str, Any]) -> None:
    edit = cross_arms if rng.random() < 0.5 else (lambda p: slouch(p, rng))
    for k in _rows(data, "pose"):
        data["pose"][k] = edit(data["pose"][k])


def _set_gaze(rng: np.random.Generator, data: dict[str, Any]) -> None:
    kind = int(rng.integers(3))
    offset, spread, down = rng.uniform(-0.45, 0.45), rng.uniform(0.05, 0.3), rng.uniform(-0.02, 0.09)
    for n, k in enumerate(_rows(data, "gaze")):
        g = data["gaze"][k].copy()
        if kind == 0:
            g[0] = offset
        elif kind == 1:
            g[0] = spread * (1 if n % 2 else -1)
        else:
            g[1] = down
        data["gaze"][k] = g


def _set_faces(rng: np.random.Generator, data: dict[str, Any]) -> None:
    rows = _rows(data, "scene")
    for k in rng.permutation(rows)[: int(rng.integers(0, len(rows) + 1))] if rows else []:
        if rng.random() < 0.5:
            data["scene"][k] = np.array([2.0, *data["scene"][k][1:]])
        else:  # the face leaves this step
            data["gaze"][k] = data["emotion"][k] = None
            data["scene"][k] = np.array([0.0, *data["scene"][k][1:]])


INTERVENTIONS: tuple[Callable[[np.random.Generator, dict[str, Any]], None], ...] = (
    _set_brightness, _set_prosody("level_dbfs", -60, -5), _set_prosody("syllable_rate", 2, 11),
    _set_prosody("long_pause_ratio", 0, 0.5), _set_prosody("held_ratio", 0, 0.5), _set_prosody("clip_ratio", 0, 0.03),
    _set_emotion, _move_pose, _edit_pose, _set_gaze, _set_faces,
)


def augment(rng: np.random.Generator, data: dict[str, Any]) -> None:
    """Feature noise the rules mostly ignore, so that the model learns what they look at, not one photo's
    geometry: the body placed and scaled anywhere, hand and leg landmarks scattered, small gaze, emotion and
    lighting noise, the microphone's gain and the voice's pitch varied. Labels are computed after this."""
    scale, shift = rng.uniform(0.75, 1.3), rng.uniform([-0.12, -0.08], [0.12, 0.08])
    for k, p in enumerate(data["pose"]):
        if p is not None:
            q = p.reshape(33, 3).copy()
            q[:, :2] = (q[:, :2] - (0.5, 0.4)) * scale + (0.5, 0.4) + shift + rng.normal(0, 0.002, (33, 2))
            for part in (slice(17, 23), slice(25, 33)):  # hands' fingers, legs: unused by the rules
                q[part, :2] += rng.normal(0, 0.05, (q[part].shape[0], 2))
            data["pose"][k] = q.reshape(-1)
    for k, g in enumerate(data["gaze"]):
        if g is not None:
            data["gaze"][k] = g + rng.normal(0, [0.015, 0.005, 0.02, 0.03, 0.03])
    for k, e in enumerate(data["emotion"]):
        if e is not None:
            noisy = e + rng.dirichlet(np.ones(len(e))) * 0.05
            data["emotion"][k] = noisy / noisy.sum()
    light = rng.uniform(0.85, 1.15, 2)
    for k, sc in enumerate(data["scene"]):
        if sc is not None:
            data["scene"][k] = np.array([sc[0], sc[1] * light[0], sc[2] * light[1]])
    if data.get("voice") is not None:
        data["voice"] = data["voice"] + rng.uniform(-12, 12) + rng.normal(0, 1.5, len(data["voice"]))
        prosody = data["prosody"].copy()
        prosody[0] *= rng.uniform(0.7, 1.5)  # pitch: no rule uses it
        data["prosody"] = prosody


@dataclass
class Dataset:
    windows: list[Window]
    scores: np.ndarray  # (N, 5) 0-100
    targets: np.ndarray  # (N, 30) reminder distributions
    primary: np.ndarray  # (N,) labeller's top reminder


def make_windows(pool: Pool, split: str, per_class: int, candidates: int, seed: int) -> Dataset:
    """Compose ``candidates`` windows, label them, keep up to ``per_class`` per primary reminder (balance); while a
    class has fewer than a quarter of ``per_class``, compose up to as many again."""
    rng = np.random.default_rng(seed)
    by_class: dict[int, list[tuple[Window, Any]]] = {}
    for n in range(2 * candidates):
        if n >= candidates and all(len(by_class.get(c, [])) >= per_class // 4 for c in range(N_REMINDERS)):
            break
        w = compose(rng, pool.visual[split], pool.audio[split])
        lab = label(w)
        bucket = by_class.setdefault(lab.primary, [])
        if len(bucket) < per_class:
            bucket.append((w, lab))
    items = [x for c in range(N_REMINDERS) for x in by_class.get(c, [])]
    order = rng.permutation(len(items))
    items = [items[i] for i in order]
    from tools.behavior.labeller import SCORES

    return Dataset(
        windows=[w for w, _ in items],
        scores=np.array([[lab.scores[k] for k in SCORES] for _, lab in items], np.float32).reshape(-1, len(SCORES)),
        targets=np.array([lab.target() for _, lab in items], np.float32).reshape(-1, N_REMINDERS),
        primary=np.array([lab.primary for _, lab in items], np.int64),
    )
