"""Gaze: MediaPipe FaceMesh (478 landmarks, irises 468-477) -> 5 gaze features, the face box and the face count.

The five features (``GAZE``), all unitless and 0 for a frontal face looking into the camera:

1. ``gaze_x``: horizontal iris position between the eye corners, -1 (image left) .. +1 (image right), eyes averaged.
2. ``gaze_y``: vertical iris offset from the lid midline divided by the eye width, + is down.
3. ``eye_open``: lid opening divided by eye width (about 0.25-0.4 open, under 0.12 closed).
4. ``head_yaw``: radians from the depth of the cheek points (234, 454), + turned towards image right.
5. ``head_pitch``: radians from the depth of the forehead (10) and chin (152) points, + is head down. FaceMesh's
   geometry reads about +0.17 on a frontal face (the astronaut photo), not 0: the rules allow for that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from tools.behavior.schema import GAZE

# Landmark indices in the refined FaceMesh topology.
IRIS = (468, 473)  # centres: right eye (image left), left eye (image right)
CORNERS = ((33, 133), (362, 263))  # (image-left corner, image-right corner) per eye
LIDS = ((159, 145), (386, 374))  # (upper, lower) per eye
CHEEKS = (234, 454)
FOREHEAD, CHIN = 10, 152
EYE_CONTOURS = (
    (33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246),
    (362, 382, 381, 380, 374, 373, 390, 249, 263, 466, 388, 387, 386, 385, 384, 398),
)


@dataclass
class FaceObservation:
    """What FaceMesh saw in one frame: the largest face's landmarks (pixels, z scaled like x) and how many faces."""

    landmarks: np.ndarray | None  # (478, 3) or None
    faces: int

    @property
    def box(self) -> tuple[float, float, float, float] | None:
        if self.landmarks is None:
            return None
        lo, hi = self.landmarks[:, :2].min(axis=0), self.landmarks[:, :2].max(axis=0)
        return float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1])


def gaze_features(lm: np.ndarray) -> np.ndarray:
    """(478, 3) pixel landmarks -> (5,) features in ``GAZE`` order."""
    xs, ys, opens = [], [], []
    for iris, (a, b), (up, lo) in zip(IRIS, CORNERS, LIDS, strict=True):
        axis = lm[b, :2] - lm[a, :2]
        width = float(np.linalg.norm(axis)) or 1.0
        t = float(np.dot(lm[iris, :2] - lm[a, :2], axis)) / width**2
        xs.append(2.0 * t - 1.0)
        ys.append(float(lm[iris, 1] - (lm[up, 1] + lm[lo, 1]) / 2) / width)
        opens.append(float(np.linalg.norm(lm[up, :2] - lm[lo, :2])) / width)
    left, right = lm[CHEEKS[0]], lm[CHEEKS[1]]
    yaw = float(np.arctan2(right[2] - left[2], right[0] - left[0]))
    top, bottom = lm[FOREHEAD], lm[CHIN]
    pitch = float(np.arctan2(bottom[2] - top[2], bottom[1] - top[1]))
    out = np.array([np.mean(xs), np.mean(ys), np.mean(opens), yaw, pitch], np.float32)
    assert out.shape == (len(GAZE),)
    return out


class FaceMeshTracker:
    """MediaPipe FaceMesh in video mode (tracks between frames, cheaper than detecting every frame)."""

    def __init__(self, max_faces: int = 3, static: bool = False):
        self.max_faces = max_faces
        self.static = static
        self._mesh: Any = None

    def __call__(self, rgb: np.ndarray) -> FaceObservation:
        if self._mesh is None:
            import mediapipe as mp

            self._mesh = mp.solutions.face_mesh.FaceMesh(
                static_image_mode=self.static, max_num_faces=self.max_faces, refine_landmarks=True,
                min_detection_confidence=0.5, min_tracking_confidence=0.5)
        h, w = rgb.shape[:2]
        result = self._mesh.process(rgb)
        faces = result.multi_face_landmarks or []
        if not faces:
            return FaceObservation(None, 0)
        arrays = [np.array([(p.x * w, p.y * h, p.z * w) for p in f.landmark], np.float32) for f in faces]
        largest = max(arrays, key=lambda a: float(np.ptp(a[:, 0]) * np.ptp(a[:, 1])))
        if largest.shape[0] < 478:  # refine_landmarks off or a truncated result: no irises, no gaze
            return FaceObservation(None, len(arrays))
        return FaceObservation(largest, len(arrays))

    def close(self) -> None:
        if self._mesh is not None:
            self._mesh.close()
            self._mesh = None


class GazeExtractor:
    """RGB frame -> (gaze (5,) or NaN, FaceObservation)."""

    def __init__(self, tracker: FaceMeshTracker | None = None):
        self.tracker = tracker or FaceMeshTracker()

    def __call__(self, rgb: np.ndarray) -> tuple[np.ndarray, FaceObservation]:
        obs = self.tracker(rgb)
        if obs.landmarks is None:
            return np.full(len(GAZE), np.nan, np.float32), obs
        return gaze_features(obs.landmarks), obs
