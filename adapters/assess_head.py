"""Fit the reference-free assessment head (agent/assess.py) on followQG's fit split and write it beside the Scorer.

Matched pairs: every real answer to a fit-split question and each of three degraded twins of it: its first 3-10
words (a thin answer; the eval's twin is the first 6), a non-answer from :data:`evals.contrast.FIT_NON_ANSWERS` (the
eval uses other phrasings), and a real answer to another fit-split question sharing no content word with it. The
test split's questions are never read here. Seconds, and no language model unless ``model`` is given (then the
``lm_grade`` feature is computed for every row and kept in the head).
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from agent.assess import ASSESS_HEAD_FILE, AssessHead, features, fit_assess_head, other_questions
from agent.embeddings import Embedder
from agent.roles import GRADES, RoleModel, ScoreInput, build_scorer_messages
from evals.contrast import FIT_NON_ANSWERS, FOLLOWQG, Pair, question_split, read_followqg, twin

TRAINED_ON = ("followQG (Rao et al., MIT licence), the fit split of its questions (a hash of the question text): "
              "real answers against their degraded twins (first 3-10 words, a non-answer, another question's answer)")


def fit_pairs(pairs: list[Pair], seed: int = 0) -> tuple[list[tuple[str, str]], list[tuple[str, str]], np.ndarray]:
    """Matched (question, real answer) and (question, degraded twin) rows, and each row's question (N,)."""
    rng = random.Random(seed)
    real: list[tuple[str, str]] = []
    twins: list[tuple[str, str]] = []
    for pair in pairs:
        words = pair.answer.split()
        degraded = [" ".join(words[:rng.randint(3, 10)]), twin(pair, "non_answer", pairs, rng, FIT_NON_ANSWERS),
                    twin(pair, "off_topic", pairs, rng)]
        for text in degraded:
            if text and text != pair.answer:
                real.append((pair.question, pair.answer))
                twins.append((pair.question, text))
    return real, twins, np.array([q for q, _ in real])


def lm_grades(model: RoleModel, rows: list[tuple[str, str]]) -> list[float | None]:
    """The Scorer prompt's expected grade 0-5 for every row (one forward pass each)."""
    out: list[float | None] = []
    for question, answer in rows:
        probs = model.choose("scorer", build_scorer_messages(ScoreInput(question=question, answer=answer)),
                             prefix="Grade: ", options=GRADES)
        out.append(sum(int(g) * p for g, p in probs.items()))
    return out


def cross_validated_accuracy(x_real: np.ndarray, x_twin: np.ndarray, groups: np.ndarray, *, use_lm: bool,
                             l2: float, folds: int = 5) -> float:
    """Pairwise accuracy (real above its twin) over question folds, each fold's questions unseen by its fit."""
    names = sorted(set(groups))
    fold_of = {g: i % folds for i, g in enumerate(names)}
    right = np.zeros(len(groups))
    for k in range(folds):
        held = np.array([fold_of[g] == k for g in groups])
        head = fit_assess_head(x_real[~held], x_twin[~held], use_lm=use_lm, l2=l2)
        right[held] = head.score_rows(x_real[held]) > head.score_rows(x_twin[held])
    return float(right.mean())


def train_assess_head(out_dir: Path, embedder: Embedder, *, source: Path = FOLLOWQG, model: RoleModel | None = None,
                      l2_grid: tuple[float, ...] = (0.1, 1.0, 10.0, 100.0)) -> AssessHead:
    """Fit on the fit split with the L2 penalty whose head ranks real answers above their twins best by question-fold
    cross-validation; write the head."""
    pairs = [p for p in read_followqg(source) if question_split(p.question) == "fit"]
    real, twins, groups = fit_pairs(pairs)
    others = embedder.encode(other_questions())
    x_real = features(real, embedder, others, lm_grades(model, real) if model else None)
    x_twin = features(twins, embedder, others, lm_grades(model, twins) if model else None)
    use_lm = model is not None
    cv = {l2: cross_validated_accuracy(x_real, x_twin, groups, use_lm=use_lm, l2=l2) for l2 in l2_grid}
    l2 = max(l2_grid, key=lambda k: cv[k])
    head = fit_assess_head(x_real, x_twin, use_lm=use_lm, l2=l2, trained_on=TRAINED_ON)
    head.embedding_model = embedder.name
    head.metrics = {"question_fold_pairwise_accuracy": round(cv[l2], 4), "questions": float(len(set(groups))),
                    "real_answers": float(len(set(real))), "twins": float(len(twins))}
    out_dir.mkdir(parents=True, exist_ok=True)
    head.save(out_dir / ASSESS_HEAD_FILE)
    return head.use_embedder(lambda: embedder)
