"""Real media available offline: the astronaut photo (scikit-image), Megamind.avi (Debian's opencv-doc) and speech
synthesised with espeak-ng (Debian). ``make install`` puts Megamind.avi under ``.mockinterview/media/``.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
MEGAMIND = "Megamind.avi"


class MediaUnavailable(RuntimeError):
    """A media file or program is not installed; the message says how to get it."""


def astronaut() -> np.ndarray:
    """NASA's portrait of Eileen Collins (public domain), RGB 512x512, from scikit-image."""
    from skimage import data

    return np.asarray(data.astronaut())


def media_dirs() -> list[Path]:
    dirs = [Path(os.environ["MOCKINTERVIEW_MEDIA"])] if os.environ.get("MOCKINTERVIEW_MEDIA") else []
    return [*dirs, REPO / ".mockinterview" / "media", Path("/usr/share/doc/opencv-doc/examples/data")]


def megamind_path() -> Path:
    for d in media_dirs():
        if (d / MEGAMIND).is_file():
            return d / MEGAMIND
    raise MediaUnavailable(
        f"{MEGAMIND} not found in {', '.join(map(str, media_dirs()))}. It ships in Debian's opencv-doc: run "
        "`make install`, or `apt-get download opencv-doc && dpkg -x opencv-doc_*.deb x` and copy "
        f"x/usr/share/doc/opencv-doc/examples/data/{MEGAMIND} to .mockinterview/media/ (or set MOCKINTERVIEW_MEDIA).")


def read_video(path: Path, size: tuple[int, int] | None = (640, 480), every: int = 1,
               limit: int | None = None) -> tuple[list[np.ndarray], float]:
    """RGB frames (resized to ``size``) and the frame rate."""
    import cv2

    cap = cv2.VideoCapture(str(path))
    fps = float(cap.get(cv2.CAP_PROP_FPS)) or 25.0
    frames: list[np.ndarray] = []
    i = 0
    while limit is None or len(frames) < limit:
        ok, frame = cap.read()
        if not ok:
            break
        if i % every == 0:
            rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
            frames.append(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA) if size else rgb)
        i += 1
    cap.release()
    return frames, fps


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def espeak(text: str, rate: int = 170, voice: str = "en-us", pitch: int = 50,
           ssml: bool = False) -> tuple[np.ndarray, int]:
    """Speech from espeak-ng: float32 mono samples and their rate (22050 Hz)."""
    import soundfile as sf

    if not espeak_available():
        raise MediaUnavailable("espeak-ng is not installed: `apt-get install espeak-ng` (or `make install` as root).")
    args = ["espeak-ng", "-v", voice, "-s", str(rate), "-p", str(pitch), "--stdout"] + (["-m"] if ssml else [])
    out = subprocess.run([*args, text], capture_output=True, check=True, timeout=60).stdout
    audio, sr = sf.read(io.BytesIO(out), dtype="float32")
    return np.asarray(audio, np.float32), int(sr)
