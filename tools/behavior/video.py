"""Frames as they come (any size, grey-scale, RGBA, float, BGR) -> one RGB uint8 frame of bounded size."""

from __future__ import annotations

from typing import Any

import numpy as np

MIN_SIDE = 32  # smaller frames carry no usable picture: they count as "no video"


def normalize_frame(frame: Any, max_side: int = 640, bgr: bool = False) -> np.ndarray | None:
    """An RGB uint8 (H, W, 3) frame whose longer side is at most ``max_side``; None when it holds no picture."""
    import cv2

    try:
        x = np.asarray(frame)
    except (TypeError, ValueError):
        return None
    if x.dtype.kind not in "uifb" or x.ndim not in (2, 3) or min(x.shape[:2]) < MIN_SIDE:
        return None
    if x.dtype == np.bool_:
        x = x.astype(np.uint8) * 255
    elif x.dtype != np.uint8:
        kind, top = x.dtype.kind, (float(np.iinfo(x.dtype).max) if x.dtype.kind in "iu" else 0.0)
        x = np.nan_to_num(x.astype(np.float32), nan=0.0, posinf=0.0, neginf=0.0)
        if kind == "f" and float(x.max()) <= 1.0:
            x = x * 255.0  # float frames in 0..1 (float frames above 1 are taken as 0..255)
        elif top > 255.0:
            x = x * (255.0 / top)  # 16-bit and other deep integer frames
        x = np.clip(x, 0, 255).astype(np.uint8)
    if x.ndim == 2 or x.shape[2] == 1:
        x = cv2.cvtColor(np.ascontiguousarray(x.reshape(x.shape[:2])), cv2.COLOR_GRAY2RGB)
    elif x.shape[2] == 4:
        x = cv2.cvtColor(np.ascontiguousarray(x), cv2.COLOR_BGRA2RGB if bgr else cv2.COLOR_RGBA2RGB)
    elif x.shape[2] == 3:
        x = cv2.cvtColor(np.ascontiguousarray(x), cv2.COLOR_BGR2RGB) if bgr else x
    else:
        return None
    h, w = x.shape[:2]
    if max(h, w) > max_side:
        scale = max_side / max(h, w)
        x = cv2.resize(x, (max(int(w * scale), 1), max(int(h * scale), 1)), interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(x)


def scene_features(rgb: np.ndarray, faces: float) -> np.ndarray:
    """(3,) in ``SCENE`` order: faces seen, mean brightness 0..1, contrast (std of brightness) 0..0.5."""
    small = rgb[::8, ::8].astype(np.float32).mean(axis=2) / 255.0
    return np.array([faces, small.mean(), small.std()], np.float32)
