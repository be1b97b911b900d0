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


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """L2 logistic regression on standardised features by Newton's method, classes weighted to balance: x (N, F),
    y (N,) in {0, 1} -> mean (F,), scale (F,), weights (F,), bias."""
    z, mean, scale = standardise(x)
    z = np.column_stack([z, np.ones(len(x))])  # (N, F+1), the last column the bias
    weight = np.where(y == 1, 0.5 / max(1, y.sum()), 0.5 / max(1, (1 - y).sum())) * len(y)  # (N,)
    w = np.zeros(z.shape[1])  # (F+1,)
    penalty = l2 * np.eye(z.shape[1])
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-z @ w))  # (N,)
        grad = z.T @ (weight * (p - y)) + penalty @ w  # (F+1,)
        hess = (z * (weight * p * (1 - p))[:, None]).T @ z + penalty  # (F+1, F+1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w[:-1], float(w[-1])


def load_head(cls: type[H], settings: Settings, role: str, file_name: str, enabled: bool,
              features: Sequence[str] | None) -> H | None:
    """The head in ``<adapters>/<role>/<file_name>``, unless turned off or absent; refused if it was fitted on
    other features than ``features`` (None: the caller checks)."""
    if not (enabled and settings.use_adapters):
        return None
    path = settings.adapters_root / role / file_name
    if not path.is_file():
        return None
    head = cls.model_validate(json.loads(path.read_text()))
    if features is not None and head.features != list(features):
        raise ValueError(f"{path} was fitted on features {head.features}, this code computes {list(features)}")
    return head
