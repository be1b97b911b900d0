"""Metrics against values computed by hand (working in the comments), then against scipy/sklearn where present."""

from __future__ import annotations

import math

import numpy as np
import pytest

from evals import metrics as m

F, S = "FOLLOW_UP", "SWITCH"


def test_pearson_by_hand() -> None:
    # x = 1,2,3 (mean 2), y = 1,2,4 (mean 7/3): dx = -1,0,1; dy = -4/3,-1/3,5/3
    # sum dx*dy = 4/3 + 5/3 = 3; sum dx^2 = 2; sum dy^2 = 42/9 = 14/3; r = 3 / sqrt(28/3) = 0.98198
    assert m.pearson([1, 2, 3], [1, 2, 4]) == pytest.approx(3 / math.sqrt(28 / 3))
    assert m.pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert math.isnan(m.pearson([1, 2, 3], [5, 5, 5]))  # a constant prediction has no correlation
    assert math.isnan(m.pearson([1], [2]))


def test_rank_averages_ties() -> None:
    # sorted: 5 (rank 1), 10 (rank 2), 20, 20 (ranks 3 and 4 -> 3.5 each)
    assert m.rank([10, 20, 20, 5]).tolist() == [2.0, 3.5, 3.5, 1.0]


def test_spearman_by_hand_with_ties() -> None:
    # ranks x = 1, 2.5, 2.5, 4; ranks y = 1, 3, 2, 4 (both mean 2.5)
    # dx = -1.5, 0, 0, 1.5; dy = -1.5, 0.5, -0.5, 1.5; sum dx*dy = 4.5; sum dx^2 = 4.5; sum dy^2 = 5
    # rho = 4.5 / sqrt(4.5 * 5) = 3 / sqrt(10)
    assert m.spearman([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(3 / math.sqrt(10))


def test_bins_are_twenty_points_wide_with_100_in_the_top_bin() -> None:
    scores = [0, 19.9, 20, 59.9, 60, 79.9, 80, 99, 100]
    assert m.score_bin(scores).tolist() == [0, 0, 1, 2, 3, 3, 4, 4, 4]


def test_quadratic_weighted_kappa_by_hand() -> None:
    # gold 0, 50, 100 -> bins 0, 2, 4; pred 0, 50, 50 -> bins 0, 2, 2; weights (i - j)^2 / 16
    # observed: one pair (4, 2) off the diagonal: (4/16) * 1/3 = 1/12
    # expected: gold marginal 1/3 at 0, 2, 4; pred marginal 1/3 at 0, 2/3 at 2
    #   (0,2): 2/9 * 4/16 + (2,0): 1/9 * 4/16 + (4,0): 1/9 * 1 + (4,2): 2/9 * 4/16 = 9/36 = 1/4
    # kappa = 1 - (1/12) / (1/4) = 2/3
    assert m.quadratic_weighted_kappa([0, 50, 100], [0, 50, 50]) == pytest.approx(2 / 3)
    assert m.quadratic_weighted_kappa([0, 50, 100], [10, 45, 90]) == pytest.approx(1.0)  # same bins
    assert math.isnan(m.quadratic_weighted_kappa([50, 50], [50, 50]))  # no expected disagreement


def test_mae_by_hand() -> None:
    # |0-10| + |50-50| + |100-70| = 40, over 3
    assert m.mae([0, 50, 100], [10, 50, 70]) == pytest.approx(40 / 3)


GOLD = [F, F, S, S, S, S]
PRED = [F, S, S, S, S, F]


def test_classification_metrics_by_hand() -> None:
    # correct at 0, 2, 3, 4 -> accuracy 4/6
    assert m.accuracy(GOLD, PRED) == pytest.approx(4 / 6)
    # recall FOLLOW_UP 1/2, recall SWITCH 3/4 -> balanced 5/8
    assert m.balanced_accuracy(GOLD, PRED) == pytest.approx(5 / 8)
    # F1 FOLLOW_UP: tp 1, fp 1, fn 1 -> 2/4; F1 SWITCH: tp 3, fp 1, fn 1 -> 6/8; macro 5/8
    assert m.macro_f1(GOLD, PRED) == pytest.approx(5 / 8)
    assert m.confusion(GOLD, PRED, [F, S]) == [[1, 1], [1, 3]]


def test_a_majority_predictor_gets_no_credit_for_the_class_it_never_predicts() -> None:
    # all SWITCH: recall 0 and 1 -> balanced 1/2; F1 FOLLOW_UP 0, F1 SWITCH tp 4 fp 2 -> 8/10; macro 0.4
    majority = [S] * 6
    assert m.balanced_accuracy(GOLD, majority) == pytest.approx(0.5)
    assert m.macro_f1(GOLD, majority) == pytest.approx(0.4)


def test_cosine_rows_by_hand() -> None:
    a = [[1, 0], [1, 1], [0, 0], [3, 4]]
    b = [[0, 1], [2, 2], [1, 0], [3, 4]]
    assert m.cosine_rows(a, b).tolist() == pytest.approx([0.0, 1.0, 0.0, 1.0])  # a zero vector counts as 0


def test_bootstrap_resamples_whole_clusters() -> None:
    # cluster 0 holds two 0s, cluster 1 two 1s: a resample is 0, 0.5 or 1 (all one cluster with p 1/4 each)
    values = np.array([0.0, 0.0, 1.0, 1.0])
    lo, hi = m.bootstrap_ci(m.mean, [values], [0, 0, 1, 1])
    assert (lo, hi) == (0.0, 1.0)
    assert m.bootstrap_ci(m.mean, [values], [0, 0, 0, 0]) == (0.5, 0.5)  # one cluster: nothing varies
    assert m.bootstrap_ci(m.mean, [values], [0, 1, 2, 3]) == m.bootstrap_ci(m.mean, [values], [0, 1, 2, 3])


def test_metric_reports_value_ci_and_n_and_null_when_undefined() -> None:
    result = m.metric(m.pearson, [[1, 2, 3, 4, 5, 6], [1, 3, 2, 5, 4, 6]], [0, 0, 1, 1, 2, 2])
    assert set(result) == {"value", "ci95", "n"} and result["n"] == 6
    lo, hi = result["ci95"]
    assert lo is not None and hi is not None and result["value"] is not None
    assert -1 <= lo <= result["value"] <= hi <= 1
    constant = m.metric(m.pearson, [[1, 2, 3], [4, 4, 4]], [0, 1, 2])
    assert constant == {"value": None, "ci95": [None, None], "n": 3}


def test_agrees_with_scipy_and_sklearn() -> None:
    stats = pytest.importorskip("scipy.stats")
    skm = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(1)
    gold = rng.integers(0, 11, 200) * 10.0
    pred = np.clip(gold + rng.normal(0, 25, 200), 0, 100)
    assert m.pearson(gold, pred) == pytest.approx(stats.pearsonr(gold, pred)[0])
    assert m.spearman(gold, pred) == pytest.approx(stats.spearmanr(gold, pred)[0])
    kappa = skm.cohen_kappa_score(m.score_bin(gold), m.score_bin(pred), weights="quadratic", labels=range(5))
    assert m.quadratic_weighted_kappa(gold, pred) == pytest.approx(kappa)
    g = np.where(rng.random(200) < 0.2, F, S)
    p = np.where(rng.random(200) < 0.4, F, S)
    assert m.balanced_accuracy(g, p) == pytest.approx(skm.balanced_accuracy_score(g, p))
    assert m.macro_f1(g, p) == pytest.approx(skm.f1_score(g, p, average="macro"))
    assert m.confusion(g, p, [F, S]) == skm.confusion_matrix(g, p, labels=[F, S]).tolist()


def test_pairwise_accuracy_counts_a_tie_as_half() -> None:
    assert m.pairwise_accuracy([3, 2, 1, 5], [1, 2, 4, 0]) == (1 + 0.5 + 0 + 1) / 4
    assert math.isnan(m.pairwise_accuracy([], []))
