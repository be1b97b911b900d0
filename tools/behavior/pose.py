"""Pose: MediaPipe Pose (model_complexity=1, whose model ships in the wheel) -> 33 landmarks x (x, y, z) = 99.

x is image-normalised (0..1 across the width; MediaPipe extrapolates landmarks outside the frame); y is in the same
unit, the frame's width (0..0.75 down a 4:3 frame), so that angles and distances read the same at any aspect ratio;
z is depth relative to the hips in roughly the unit of x. No person gives a NaN row.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from tools.behavior.schema import POSE_DIM

# Landmark indices used by the rules (MediaPipe Pose topology).
NOSE, L_EAR, R_EAR = 0, 7, 8
L_SHOULDER, R_SHOULDER, L_ELBOW, R_ELBOW, L_WRIST, R_WRIST = 11, 12, 13, 14, 15, 16
L_HIP, R_HIP = 23, 24


class PoseExtractor:
    """RGB frame -> (99,) landmarks, NaN when no person is found."""

    def __init__(self, static: bool = False):
        self.static = static
        self._pose: Any = None

    def __call__(self, rgb: np.ndarray) -> np.ndarray:
        if self._pose is None:
            import mediapipe as mp

            # model_complexity 0 and 2 download their models at run time and fail offline; 1 is inside the wheel.
            self._pose = mp.solutions.pose.Pose(static_image_mode=self.static, model_complexity=1,
                                                min_detection_confidence=0.5, min_tracking_confidence=0.5)
        result = self._pose.process(rgb)
        if result.pose_landmarks is None:
            return np.full(POSE_DIM, np.nan, np.float32)
        aspect = rgb.shape[0] / rgb.shape[1]
        return np.array([(p.x, p.y * aspect, p.z) for p in result.pose_landmarks.landmark], np.float32).reshape(-1)

    def close(self) -> None:
        if self._pose is not None:
            self._pose.close()
            self._pose = None
