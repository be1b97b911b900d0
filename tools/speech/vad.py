"""Streaming voice activity: Silero VAD v6 (the ONNX file faster-whisper ships) run frame by frame, state kept.

faster-whisper's own ``get_speech_timestamps`` needs the whole clip; here the recurrent state (h, c) and the
64-sample context are carried between calls, so a microphone chunk of any length costs one ``session.run``.
"""

from __future__ import annotations

import os

import numpy as np

FRAME = 512  # samples per Silero frame at 16 kHz (32 ms)
CONTEXT = 64
FRAME_S = FRAME / 16_000


class SileroVad:
    """Speech probability per 32-ms frame of a 16 kHz stream; ``reset`` before a new answer."""

    def __init__(self) -> None:
        import onnxruntime
        from faster_whisper.utils import get_assets_path

        opts = onnxruntime.SessionOptions()
        opts.inter_op_num_threads = opts.intra_op_num_threads = 1
        opts.log_severity_level = 4
        self._session = onnxruntime.InferenceSession(
            os.path.join(get_assets_path(), "silero_vad_v6.onnx"), providers=["CPUExecutionProvider"],
            sess_options=opts)
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), np.float32)
        self._c = np.zeros((1, 1, 128), np.float32)
        self._context = np.zeros(CONTEXT, np.float32)

    def __call__(self, frames: np.ndarray) -> np.ndarray:
        """(n * FRAME,) float32 samples -> (n,) speech probabilities."""
        assert frames.ndim == 1 and frames.size % FRAME == 0, frames.shape
        if frames.size == 0:
            return np.zeros(0, np.float32)
        batch = frames.reshape(-1, FRAME)  # (n, 512)
        contexts = np.vstack([self._context[None], batch[:-1, -CONTEXT:]])  # (n, 64): each frame's predecessor tail
        x = np.concatenate([contexts, batch], axis=1).astype(np.float32)  # (n, 576)
        # The v6 graph runs the batch's frames in order through its recurrent state and returns the final state
        # (faster-whisper relies on this too), so one call per chunk equals one call per frame.
        out, self._h, self._c = self._session.run(None, {"input": x, "h": self._h, "c": self._c})
        self._context = batch[-1, -CONTEXT:].copy()
        return np.asarray(out, np.float32).reshape(-1)
