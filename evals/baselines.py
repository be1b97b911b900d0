"""Baselines computed in the same run as the agent, from the gold file and the question banks alone.

None is fitted to the gold labels. ``embedding`` maps cosine similarity to a score by ``100 * clip(sim, 0, 1)``
(no scaling learnt anywhere, so its MAE and kappa are as honest as its correlations). ``majority`` predicts the
most frequent gold decision *of the file being evaluated* (it sees the labels' marginal, which flatters it).
``word_count`` scores an answer by its length in words (capped at 100).
``verdict_only`` gives, as the feedback, only the verdict sentence of the agent's own score's label ("A good
answer."): what the agent's written feedback says beyond its verdict. ``short_answer`` follows up when the answer
has fewer words than the median answer of the file (the contract's reference point). ``bank_retrieval`` asks, as
the follow-up, the question-bank question most similar to the last question, skipping any question already asked in
the interview.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from pathlib import Path

import numpy as np

from agent.embeddings import Embedder, cosine_pairs
from agent.feedback import VERDICT
from agent.state import label_for
from evals import SHARED_DATA
from evals.gold import DECISIONS, GoldInterview
from evals.replay import Predictions, TurnKey

QUESTION_BANKS = SHARED_DATA / "question_banks"
BASELINES = ("bare_base", "embedding", "word_count", "majority", "short_answer", "bank_retrieval", "verdict_only")


def embedding_scores(interviews: list[GoldInterview], embedder: Embedder) -> Predictions:
    """Score = 100 x cosine(answer, reference answer), or cosine(answer, question) when there is no reference."""
    keys: list[TurnKey] = []
    answers: list[str] = []
    targets: list[str] = []
    for i, interview in enumerate(interviews):
        for t, turn in enumerate(interview.turns):
            keys.append((i, t))
            answers.append(turn.answer)
            targets.append(turn.reference_answer or turn.question)
    sims = np.clip(cosine_pairs(embedder, answers, targets), 0.0, 1.0)
    return Predictions(scores={k: round(100.0 * float(s), 1) for k, s in zip(keys, sims, strict=True)})


def verdict_feedback(agent: Predictions) -> Predictions:
    """Feedback = the verdict sentence of the label of the agent's own score, for every answer it wrote feedback on."""
    return Predictions(feedback={key: VERDICT[label_for(agent.scores[key])] for key in agent.feedback})


def word_count_scores(interviews: list[GoldInterview]) -> Predictions:
    """Score = the answer's word count, capped at 100: how far length alone goes."""
    return Predictions(scores={(i, t): float(min(100, len(turn.answer.split())))
                               for i, iv in enumerate(interviews) for t, turn in enumerate(iv.turns)})


def majority_decisions(interviews: list[GoldInterview]) -> tuple[Predictions, str | None]:
    """Every decision is the file's most frequent gold decision (ties go to the first in DECISIONS)."""
    counts = Counter(t.gold.decision for iv in interviews for t in iv.turns if t.gold.decision)
    if not counts:
        return Predictions(), None
    label = max(DECISIONS, key=lambda d: counts[d])
    preds = Predictions()
    for i, interview in enumerate(interviews):
        for t, turn in enumerate(interview.turns):
            if turn.gold.decision:
                preds.decisions[(i, t)] = label
    return preds, label


def short_answer_decisions(interviews: list[GoldInterview]) -> Predictions:
    """FOLLOW_UP when the answer is shorter (in words) than the median answer among turns with a gold decision."""
    turns = [(i, t, turn) for i, iv in enumerate(interviews) for t, turn in enumerate(iv.turns) if turn.gold.decision]
    preds = Predictions()
    if not turns:
        return preds
    median = statistics.median(len(turn.answer.split()) for _, _, turn in turns)
    for i, t, turn in turns:
        preds.decisions[(i, t)] = "FOLLOW_UP" if len(turn.answer.split()) < median else "SWITCH"
    return preds


def load_bank_questions(folder: Path = QUESTION_BANKS) -> list[str]:
    """Every question and nested follow-up in the banks' JSONL files, deduplicated, in file order."""
    questions: dict[str, None] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            for text in [row.get("question"), *(row.get("follow_ups") or [])]:
                if isinstance(text, str) and text.strip():
                    questions[" ".join(text.split())] = None
    return list(questions)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def bank_retrieval(interviews: list[GoldInterview], embedder: Embedder, bank: list[str]) -> Predictions:
    """The bank question nearest to the last question, for every turn the gold followed up on."""
    preds = Predictions()
    if not bank:
        return preds
    bank_vecs = embedder.encode(bank)  # (B, D)
    bank_norm = [_norm(q) for q in bank]
    for i, interview in enumerate(interviews):
        asked: set[str] = set()
        for t, turn in enumerate(interview.turns):
            asked.add(_norm(turn.question))
            if turn.gold.decision != "FOLLOW_UP" or not turn.gold.next_question:
                continue
            sims = bank_vecs @ embedder.encode([turn.question])[0]  # (B,)
            for j in np.argsort(-sims, kind="stable"):
                if bank_norm[j] not in asked:
                    preds.questions[(i, t)] = bank[j]
                    break
    return preds
