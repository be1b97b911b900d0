"""The Decision role's follow-up head: P(FOLLOW_UP) from the last answer's length, its score and the topic's depth.

The shipped Decision adapter on SmolLM2-135M does not separate answers that need a follow-up: its P(FOLLOW_UP) stays
at 0.17-0.27 whatever the answer ("Yes." included), and it ranks held-out cases worse than chance (AUC 0.39 on the
MIT interviewers' decisions, 0.27 on thin-or-wrong vs complete graded answers). So the choice between FOLLOW_UP and
SWITCH is made by this logistic regression, fitted on what real interviewers did and on graded answers, and the
adapter writes the guidance for a follow-up. ``adapters/README.md`` has the figures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel

from agent.config import Settings
from agent.linear_head import LinearHead, fit_logistic, load_head

FEATURES = ("log_words", "score", "depth")
DECISION_HEAD_FILE = "decision_head.json"
UNKNOWN_SCORE = 0.5  # a last answer without a score (the eval's decision-only replay) sits at the middle


def decision_features(answer: str, score: float | None, depth: int, max_depth: int) -> list[float]:
    """log(1 + the last answer's words); its score 0-1 (0.5 when unknown); follow-ups so far over the limit."""
    return [math.log1p(len(answer.split())), UNKNOWN_SCORE if score is None else score / 100.0,
            depth / max(1, max_depth)]


class LabelledDecision(BaseModel):
    answer: str
    score: float | None
    depth: int
    max_depth: int
    follow_up: bool
    group: str  # a participant or a question: the cross-validation folds


class DecisionHead(LinearHead):
    l2: float

    def p_follow_up(self, answer: str, score: float | None, depth: int, max_depth: int) -> float:
        return 1.0 / (1.0 + math.exp(-self.linear(decision_features(answer, score, depth, max_depth))))


def _balanced_accuracy(pred: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean([np.mean(pred[y == c] == c) for c in (0, 1) if (y == c).any()]))


def fit_decision_head(rows: Sequence[LabelledDecision], *, l2_grid: Sequence[float] = (0.1, 1.0, 10.0),
                      real: str = "mit-", trained_on: str = "") -> DecisionHead:
    """Fit on every row with the L2 penalty that does best leave-one-group-out on the real decisions (rows whose
    group starts with ``real``; the other rows, whose labels follow from their score by policy, stay in every
    fold's training set, and scoring on them would only measure the policy)."""
    if len({r.follow_up for r in rows}) < 2:
        raise ValueError("a decision head needs both FOLLOW_UP and SWITCH examples")
    x = np.array([decision_features(r.answer, r.score, r.depth, r.max_depth) for r in rows])  # (N, F)
    y = np.array([float(r.follow_up) for r in rows])  # (N,)
    groups = np.array([r.group for r in rows])
    folds = sorted({g for g in groups if g.startswith(real)})
    scored = np.isin(groups, folds)
    if len(folds) < 2 or len(set(y[scored])) < 2:
        raise ValueError(f"a decision head needs real decisions of both kinds from two or more '{real}' groups")
    cv: dict[float, float] = {}
    for l2 in l2_grid:
        pred = np.zeros_like(y)
        for g in folds:
            held = groups == g
            mean, scale, weights, bias = fit_logistic(x[~held], y[~held], l2)
            pred[held] = ((x[held] - mean) / scale @ weights + bias) > 0
        cv[l2] = _balanced_accuracy(pred[scored], y[scored])
    l2 = max(l2_grid, key=lambda k: cv[k])
    mean, scale, weights, bias = fit_logistic(x, y, l2)
    return DecisionHead(features=list(FEATURES), mean=mean.tolist(), scale=scale.tolist(), weights=weights.tolist(),
                        bias=bias, l2=l2, trained_on=trained_on, n=len(rows),
                        metrics={"leave_one_group_out_balanced_accuracy": round(cv[l2], 4),
                                 "groups": float(len(folds))})


def load_decision_head(settings: Settings) -> DecisionHead | None:
    """The head beside the Decision adapter (``<adapters>/decision/decision_head.json``), unless turned off."""
    return load_head(DecisionHead, settings, "decision", DECISION_HEAD_FILE, settings.decision_head, FEATURES)
