"""The contrast protocol: does the agent score a real answer above a degraded twin of it, and follow the twin up?

From any set of real (question, answer) pairs it builds, per pair, three degraded twins:

- ``first_words``: the answer's first :data:`FIRST_WORDS` words only (a thin answer);
- ``non_answer``: a non-answer or deflection, one of :data:`EVAL_NON_ANSWERS` (phrasings kept apart from the
  :data:`FIT_NON_ANSWERS` that the assessment head was fitted with, so the eval does not grade what was tuned on);
- ``off_topic``: a real answer from the same set to another question that shares no content word with this one
  (near-duplicate questions, "What motivates you?" and "What motivates you to do a good job?", would make an
  on-topic "off-topic" twin).

and reports, per twin type, the pairwise accuracy (real answer scored higher; a tie counts a half) and, for the real
answers and each twin type, the follow-up rate (the Decision's FOLLOW_UP at depth 0), each with a 95% bootstrap CI
resampling questions. Everything goes through the same input builders the interview graph's nodes use
(``agent.nodes.score.score_input``, ``agent.nodes.decide.decision_input``).

followQG (Rao et al., MIT licence): 1,086 rows of real crowd answers to 97 HR and behavioural questions with the
follow-up a person wrote; :func:`build_followqg` converts it into two gold files split by question (a hash of the
question text, so the split is fixed before anything is looked at): ``fit`` (about 60 % of the questions) for
fitting, ``test`` for measuring.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from agent.embeddings import Embedder, cosine_pairs
from agent.nodes.decide import decide_on_topic, decision_input
from agent.nodes.score import score_input
from agent.roles import Roles
from agent.score_head import content_words
from agent.state import Question, Topic, Turn
from evals import SHARED_DATA
from evals import metrics as m
from evals.gold import GoldInterview

TwinKind = Literal["first_words", "non_answer", "off_topic"]
TWINS: tuple[TwinKind, ...] = ("first_words", "non_answer", "off_topic")
FIRST_WORDS = 6
FOLLOWQG = SHARED_DATA / "followqg" / "followMLdata.csv"
FOLLOWQG_SOURCE = "followQG (Rao et al., github.com/poorao/followQG), MIT licence"
FIT_SHARE = 6  # of 10 hash buckets

# Fitting and evaluating use different phrasings: the eval must not grade the strings the head was fitted on.
FIT_NON_ANSWERS = (
    "I don't know.",
    "I'd rather skip this one.",
    "No idea, sorry.",
    "I'm not sure, can we move on?",
    "Pass.",
    "I have never really thought about that.",
    "Honestly I can't answer that right now.",
    "Nothing comes to mind.",
)
EVAL_NON_ANSWERS = (
    "Hmm, I really don't know what to say to that.",
    "I would prefer not to answer this question.",
    "Not sure. Next question please.",
    "I can't think of anything, sorry.",
    "No comment.",
    "I haven't done anything like that, so I'll pass.",
)


@dataclass(frozen=True)
class Pair:
    """One real answer: its question, a group for the bootstrap (the question) and the human follow-up if any."""

    group: str
    question: str
    answer: str
    follow_up: str | None = None
    reference: str | None = None
    language: Literal["en", "zh"] = "en"


def question_split(question: str) -> Literal["fit", "test"]:
    """A fixed split by question text: a hash bucket, never the rows' content."""
    bucket = int(hashlib.sha1(" ".join(question.lower().split()).encode()).hexdigest(), 16) % 10
    return "fit" if bucket < FIT_SHARE else "test"


def read_followqg(path: Path = FOLLOWQG) -> list[Pair]:
    """Distinct (question, answer) pairs of followQG, with the first human follow-up written for each."""
    pairs: dict[tuple[str, str], Pair] = {}
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            q, a, f = (" ".join((row.get(k) or "").split()) for k in ("question", "answer", "followUp"))
            if q and a and (q, a) not in pairs:
                pairs[(q, a)] = Pair(group=q, question=q, answer=a, follow_up=f or None)
    return list(pairs.values())


def build_followqg(out_dir: Path, source: Path = FOLLOWQG) -> dict[str, int]:
    """Write ``followqg.fit.gold.jsonl`` and ``followqg.test.gold.jsonl``: one gold 'interview' per question, one
    turn per distinct answer, ``gold.next_question`` the human follow-up (no ``gold.decision``: every followQG answer
    was given a follow-up by design, so it says nothing about when to follow up)."""
    by_split: dict[str, dict[str, list[Pair]]] = {"fit": {}, "test": {}}
    for pair in read_followqg(source):
        by_split[question_split(pair.question)].setdefault(pair.question, []).append(pair)
    counts = {}
    out_dir.mkdir(parents=True, exist_ok=True)
    for split, questions in by_split.items():
        lines = []
        for n, (question, pairs) in enumerate(sorted(questions.items())):
            lines.append(json.dumps({
                "id": f"followqg-{split}-{n:03d}", "language": "en", "source": FOLLOWQG_SOURCE,
                "turns": [{"topic": question, "question": question, "answer": p.answer,
                           "gold": {"next_question": p.follow_up}} for p in pairs],
            }, ensure_ascii=False))
        (out_dir / f"followqg.{split}.gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        counts[split] = sum(len(p) for p in questions.values())
    return counts


def pairs_of(interviews: Sequence[GoldInterview]) -> list[Pair]:
    """Every turn of a gold file with a non-empty answer, grouped by interview; the human follow-up is the gold's next
    question unless the gold says the interviewer switched topic."""
    return [Pair(group=iv.id, question=t.question, answer=t.answer,
                 follow_up=t.gold.next_question if t.gold.decision != "SWITCH" else None,
                 reference=t.reference_answer, language=iv.language)
            for iv in interviews for t in iv.turns if t.answer.strip()]


def twin(pair: Pair, kind: TwinKind, pool: Sequence[Pair], rng: random.Random,
         non_answers: Sequence[str] = EVAL_NON_ANSWERS) -> str | None:
    """The degraded twin of ``pair``'s answer; None where there is none (no unrelated question in ``pool``, or an
    answer already no longer than the first few words)."""
    if kind == "first_words":
        words = pair.answer.split()
        return " ".join(words[:FIRST_WORDS]) if len(words) > FIRST_WORDS else None
    if kind == "non_answer":
        return rng.choice(list(non_answers))
    asked = content_words(pair.question)
    others = [p for p in pool if p.question != pair.question and not content_words(p.question) & asked]
    return rng.choice(others).answer if others else None


@dataclass
class Judged:
    """What the agent made of one answer: its score and whether it chose to follow up at depth 0."""

    score: float
    follow_up: bool
    question: str | None = None  # the follow-up the agent would ask, where the Decision wrote it


def judge(roles: Roles, pair: Pair, answer: str, max_depth: int) -> Judged:
    """Score ``answer`` to ``pair``'s question and decide on it, as the graph's score and decide nodes would."""
    topic = Topic(name=(" ".join(pair.group.split()) or "general")[:120], kind="behavioral")
    question = Question.model_construct(text=pair.question, importance=3, source="bank", reference=pair.reference,
                                        bank=None)  # the gold's text exactly, as the replay (evals/replay.py)
    turn = Turn.model_construct(index=0, topic=topic, follow_up=False, question=question, answer=answer,
                                decision=None, score=None, behavior=None, delivery=None)
    result = roles.score(score_input(turn, pair.language), feedback=False)
    scored = turn.model_copy(update={"score": result})
    decision = decide_on_topic(roles, decision_input(topic, [scored], depth=0, max_depth=max_depth,
                                                     language=pair.language))
    follow_up = decision.action == "FOLLOW_UP"
    asked = decision.guidance if follow_up and decision.guidance.endswith(("?", "？")) else None
    return Judged(score=result.score, follow_up=follow_up, question=asked)



def embedding_baseline(embedder: Embedder) -> Callable[[Pair, str], float]:
    """The eval's embedding baseline on one answer: 100 x clip(cosine(answer, reference or question), 0, 1)."""

    def score(pair: Pair, answer: str) -> float:
        return 100.0 * float(np.clip(cosine_pairs(embedder, [answer], [pair.reference or pair.question])[0], 0, 1))

    return score


def contrast(pairs: Sequence[Pair], roles: Roles, *, max_depth: int = 2, seed: int = 0, limit: int | None = None,
             progress: Callable[[str], None] | None = None, resamples: int = m.RESAMPLES,
             baseline: Callable[[Pair, str], float] | None = None, embedder: Embedder | None = None,
             bank: Sequence[str] = ()) -> dict[str, Any]:
    """Pairwise accuracy per twin type and follow-up rates, flat keys ``contrast.<kind>.<metric>``; with a
    ``baseline`` scorer, its pairwise accuracies on the same twins under ``baselines.embedding.contrast.*``. With an
    ``embedder``, where a real answer has a human follow-up and the agent followed it up, the cosine of the two
    follow-ups (``contrast.real.follow_up_similarity``), and with a ``bank`` that of the bank question nearest to
    the question on the same answers (``baselines.bank_retrieval.contrast.real.follow_up_similarity``)."""
    rng = random.Random(seed)
    chosen = list(pairs)
    if limit is not None and len(chosen) > limit:
        chosen = sorted(random.Random(seed).sample(chosen, limit), key=chosen.index)
    real: list[Judged] = []
    degraded: dict[TwinKind, list[tuple[int, Judged]]] = {k: [] for k in TWINS}
    base_real: list[float] = []
    base_twin: dict[TwinKind, list[float]] = {k: [] for k in TWINS}
    for i, pair in enumerate(chosen):
        real.append(judge(roles, pair, pair.answer, max_depth))
        if baseline is not None:
            base_real.append(baseline(pair, pair.answer))
        for kind in TWINS:
            text = twin(pair, kind, pairs, rng)
            if text is not None:
                degraded[kind].append((i, judge(roles, pair, text, max_depth)))
                if baseline is not None:
                    base_twin[kind].append(baseline(pair, text))
        if progress and (i + 1) % 50 == 0:
            progress(f"contrast: {i + 1}/{len(chosen)} answers")
    groups = np.array([p.group for p in chosen])
    out: dict[str, Any] = {}
    out["contrast.real.follow_up_rate"] = m.metric(m.mean, [[float(j.follow_up) for j in real]], groups,
                                                   resamples=resamples)
    out["contrast.real.mean_score"] = m.metric(m.mean, [[j.score for j in real]], groups, resamples=resamples)
    asked = [(i, j.question, p.follow_up) for i, (j, p) in enumerate(zip(real, chosen, strict=True))
             if j.question and p.follow_up]
    if embedder is not None and asked:
        idx = [i for i, _, _ in asked]
        humans = [h for _, _, h in asked if h]
        ours = [q for _, q, _ in asked if q]
        out["contrast.real.follow_up_similarity"] = m.metric(m.mean, [cosine_pairs(embedder, ours, humans)],
                                                             groups[idx], resamples=resamples)
        if bank:
            bank_vecs = embedder.encode(list(bank))  # (B, D)
            nearest = [bank[int(np.argmax(bank_vecs @ embedder.encode([chosen[i].question])[0]))] for i in idx]
            out["baselines.bank_retrieval.contrast.real.follow_up_similarity"] = m.metric(
                m.mean, [cosine_pairs(embedder, nearest, humans)], groups[idx], resamples=resamples)
    for kind, rows in degraded.items():
        if not rows:
            continue
        idx = [i for i, _ in rows]
        real_s = np.array([real[i].score for i in idx])
        twin_s = np.array([j.score for _, j in rows])
        out[f"contrast.{kind}.pairwise_accuracy"] = m.metric(m.pairwise_accuracy, [real_s, twin_s], groups[idx],
                                                             resamples=resamples)
        out[f"contrast.{kind}.follow_up_rate"] = m.metric(m.mean, [[float(j.follow_up) for _, j in rows]],
                                                          groups[idx], resamples=resamples)
        out[f"contrast.{kind}.mean_score"] = m.metric(m.mean, [twin_s], groups[idx], resamples=resamples)
        if baseline is not None:
            out[f"baselines.embedding.contrast.{kind}.pairwise_accuracy"] = m.metric(
                m.pairwise_accuracy, [np.array(base_real)[idx], np.array(base_twin[kind])], groups[idx],
                resamples=resamples)
    return out


def format_contrast(results: dict[str, Any]) -> str:
    """The contrast figures as a small table: value [95% CI] (n)."""
    lines = ["contrast        pairwise accuracy              follow-up rate                 mean score"
             "                     embedding baseline: pairwise"]
    for kind in ("real", *TWINS):
        cells = []
        for key in ("pairwise_accuracy", "follow_up_rate", "mean_score", "baseline"):
            found = results.get(f"baselines.embedding.contrast.{kind}.pairwise_accuracy" if key == "baseline"
                                else f"contrast.{kind}.{key}")
            if not found or found["value"] is None:
                cells.append("-".ljust(30))
                continue
            lo, hi = found["ci95"]
            cells.append(f"{found['value']:.3f} [{lo:.3f}, {hi:.3f}] n={found['n']}".ljust(30))
        lines.append(f"{kind:<16}" + " ".join(cells))
    for name, key in (("agent", "contrast.real.follow_up_similarity"),
                      ("bank_retrieval", "baselines.bank_retrieval.contrast.real.follow_up_similarity")):
        found = results.get(key)
        if found and found["value"] is not None:
            lo, hi = found["ci95"]
            lines.append(f"follow-up similarity to the human one, {name}: {found['value']:.3f} [{lo:.3f}, {hi:.3f}] "
                         f"n={found['n']}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(build_followqg(Path(__file__).resolve().parent / "data"))
