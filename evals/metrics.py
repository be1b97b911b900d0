"""Agreement metrics and cluster-bootstrap confidence intervals, in plain numpy.

No scipy or scikit-learn at run time: the definitions are short, pinned by hand-computed tests, and this way
the numbers do not move with another library's defaults (tie handling, zero-division rules, label sets).

Quadratic weighted kappa bins 0-100 scores as the gold contract says, "one bin per 20 points; 100 in the top
bin": bins [0, 20), [20, 40), [40, 60), [60, 80), [80, 100], numbered 0-4. The contract's "0-5" names the 0-5
grade scale the scores come from; a sixth bin holding only the value 100 is what "100 in the top bin" rules out.

Turns of one interview are not independent (same candidate, same grader), so confidence intervals resample
whole interviews (clusters) with replacement and take the 2.5 and 97.5 percentiles of the statistic.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TypedDict

import numpy as np
from numpy.typing import ArrayLike, NDArray

QWK_BINS = 5
RESAMPLES = 2000
SEED = 0

FloatArray = NDArray[np.float64]


class Metric(TypedDict):
    """One reported figure; ``None`` where the statistic is undefined (e.g. a constant prediction)."""

    value: float | None
    ci95: list[float | None]
    n: int


def _floats(x: ArrayLike) -> FloatArray:
    return np.asarray(x, dtype=np.float64)


def pearson(x: ArrayLike, y: ArrayLike) -> float:
    a, b = _floats(x), _floats(y)
    if len(a) < 2:
        return math.nan
    a, b = a - a.mean(), b - b.mean()
    denom = math.sqrt(float(a @ a) * float(b @ b))
    return float(a @ b) / denom if denom > 0 else math.nan


def rank(x: ArrayLike) -> FloatArray:
    """1-based ranks, ties getting the average of the ranks they span."""
    values = _floats(x)
    order = np.argsort(values, kind="mergesort")
    ordered = values[order]
    starts = np.r_[0, np.flatnonzero(ordered[1:] != ordered[:-1]) + 1]
    ends = np.r_[starts[1:], len(ordered)]
    ranks = np.empty(len(values))
    ranks[order] = np.repeat((starts + ends + 1) / 2.0, ends - starts)
    return ranks


def spearman(x: ArrayLike, y: ArrayLike) -> float:
    return pearson(rank(x), rank(y))


def score_bin(x: ArrayLike) -> NDArray[np.int64]:
    """0-100 -> 0-4, one bin per 20 points, 100 in the top bin."""
    return np.minimum(np.floor_divide(_floats(x), 20.0).astype(np.int64), QWK_BINS - 1)


def quadratic_weighted_kappa(gold: ArrayLike, pred: ArrayLike) -> float:
    """Cohen's kappa with quadratic weights on the binned 0-100 scores."""
    g, p = score_bin(gold), score_bin(pred)
    if len(g) == 0:
        return math.nan
    k = QWK_BINS
    observed = np.bincount(g * k + p, minlength=k * k).reshape(k, k) / len(g)
    expected = np.outer(np.bincount(g, minlength=k), np.bincount(p, minlength=k)) / len(g) ** 2
    idx = np.arange(k)
    weights = (idx[:, None] - idx[None, :]) ** 2 / (k - 1) ** 2
    disagreement = float((weights * expected).sum())
    return 1.0 - float((weights * observed).sum()) / disagreement if disagreement > 0 else math.nan


def mae(gold: ArrayLike, pred: ArrayLike) -> float:
    g, p = _floats(gold), _floats(pred)
    return float(np.abs(g - p).mean()) if len(g) else math.nan


def mean(x: ArrayLike) -> float:
    values = _floats(x)
    return float(values.mean()) if len(values) else math.nan


def pairwise_accuracy(higher: ArrayLike, lower: ArrayLike) -> float:
    """Share of pairs where ``higher`` scores above ``lower``, a tie counting a half; NaN with no pairs."""
    hi, lo = _floats(higher), _floats(lower)
    return float(np.mean((hi > lo) + 0.5 * (hi == lo))) if len(hi) else float("nan")


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> list[list[int]]:
    """Rows are gold labels, columns predicted labels, both in the order of ``labels``."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred, strict=True):
        matrix[index[g]][index[p]] += 1
    return matrix


def accuracy(gold: ArrayLike, pred: ArrayLike) -> float:
    g, p = np.asarray(gold), np.asarray(pred)
    return float((g == p).mean()) if len(g) else math.nan


def balanced_accuracy(gold: ArrayLike, pred: ArrayLike) -> float:
    """Mean recall over the classes present in the gold."""
    g, p = np.asarray(gold), np.asarray(pred)
    if len(g) == 0:
        return math.nan
    return float(np.mean([(p[g == c] == c).mean() for c in np.unique(g)]))


def macro_f1(gold: ArrayLike, pred: ArrayLike) -> float:
    """Mean F1 over the classes present in gold or prediction; a class never predicted has F1 0."""
    g, p = np.asarray(gold), np.asarray(pred)
    if len(g) == 0:
        return math.nan
    scores = []
    for c in np.unique(np.concatenate([g, p])):
        tp = float(np.sum((g == c) & (p == c)))
        fp = float(np.sum((g != c) & (p == c)))
        fn = float(np.sum((g == c) & (p != c)))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0)
    return float(np.mean(scores))


def cosine_rows(a: ArrayLike, b: ArrayLike) -> FloatArray:
    """Cosine similarity of each row of ``a`` with the same row of ``b``."""
    x, y = _floats(a), _floats(b)
    norms = np.linalg.norm(x, axis=1) * np.linalg.norm(y, axis=1)
    return np.divide((x * y).sum(axis=1), norms, out=np.zeros(len(x)), where=norms > 0)


def bootstrap_ci(
    statistic: Callable[..., float],
    arrays: Sequence[np.ndarray],
    clusters: ArrayLike,
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> tuple[float, float]:
    """Percentile 95% interval, resampling clusters with replacement; undefined resamples are dropped."""
    ids = np.asarray(clusters)
    _, inverse = np.unique(ids, return_inverse=True)
    members = [np.flatnonzero(inverse == k) for k in range(int(inverse.max()) + 1)] if len(ids) else []
    if not members:
        return math.nan, math.nan
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(resamples):
        idx = np.concatenate([members[k] for k in rng.integers(0, len(members), len(members))])
        value = statistic(*(arr[idx] for arr in arrays))
        if math.isfinite(value):
            values.append(value)
    if not values:
        return math.nan, math.nan
    lo, hi = np.percentile(values, [2.5, 97.5])
    return float(lo), float(hi)


def _finite(x: float) -> float | None:
    return round(x, 4) if math.isfinite(x) else None


def metric(
    statistic: Callable[..., float],
    arrays: Sequence[ArrayLike],
    clusters: ArrayLike,
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> Metric:
    """``statistic`` on the paired ``arrays``, with its n and cluster-bootstrap 95% CI."""
    arrs = [np.asarray(a) for a in arrays]
    lo, hi = bootstrap_ci(statistic, arrs, clusters, resamples=resamples, seed=seed)
    return {"value": _finite(statistic(*arrs)), "ci95": [_finite(lo), _finite(hi)], "n": len(arrs[0])}
