"""What the Scorer's score head and the Decision role's follow-up head share: standardised features, one linear
map, a JSON file beside the role's adapter, and the provenance and figures that travel with it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np
from pydantic import BaseModel

from agent.config import Settings

H = TypeVar("H", bound="LinearHead")


class LinearHead(BaseModel):
    features: list[str]
    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float
    trained_on: str = ""
    n: int = 0
    metrics: dict[str, float] = {}

    def linear(self, x: Sequence[float]) -> float:
        """The fitted map of one feature row: x (F,) -> a scalar."""
        z = (np.asarray(x) - np.asarray(self.mean)) / np.asarray(self.scale)  # (F,)
        return float(z @ np.asarray(self.weights) + self.bias)

    def save(self, path: Path) -> None:
        path.write_text(self.model_dump_json(indent=2) + "\n")


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x (N, F) -> z (N, F), mean (F,), scale (F,)."""
    mean, scale = x.mean(0), x.std(0) + 1e-6
    return (x - mean) / scale, mean, scale


def load_head(cls: type[H], settings: Settings, role: str, file_name: str, enabled: bool,
              features: Sequence[str]) -> H | None:
    """The head in ``<adapters>/<role>/<file_name>``, unless turned off or absent; refused if it was fitted on
    other features than this code computes."""
    if not (enabled and settings.use_adapters):
        return None
    path = settings.adapters_root / role / file_name
    if not path.is_file():
        return None
    head = cls.model_validate(json.loads(path.read_text()))
    if head.features != list(features):
        raise ValueError(f"{path} was fitted on features {head.features}, this code computes {list(features)}")
    return head
