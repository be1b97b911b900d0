"""Graded kinds: answers to the real interviewer's questions on resumes, each labelled with the quality it was written
to have (strong, adequate, vague, off_topic, non_answer), scored and decided on through the graph's own input
builders, and measured by how often the agent puts them in that order and follows them up.

A row of such a file (``evals/data/resume_answers.*.jsonl``) is ``{"resume", "topic", "question", "kind", "answer",
"language"}``: the resume a fixture of ``tests/data/resumes`` (or a path relative to that folder, as
``../../../evals/data/resumes/ops_marketing_zh.md``), the topic and the question as the interviewer model
planned and asked them there. Each answer is scored as the graph's score node would (``score_input`` with the topic the
plan gives that resume, and the plan's other topics), then decided on at depth 0 as the decide node would. Reported,
with 95 % intervals resampling questions:

- ``kinds.<kind>.mean_score``, ``kinds.<kind>.follow_up_rate``;
- ``kinds.<kind>.lowercase.score_drop`` and ``kinds.<kind>.lowercase.follow_up_rate`` for strong and adequate answers:
  the same answer typed in lower case ("i moved the jobs to kafka") should score about the same and not be followed up
  more often;
- ``kinds.<higher>_over_<lower>.pairwise_accuracy``: over every pair of answers to the same question of two kinds
  in the intended order strong > adequate > vague > {off_topic, non_answer}, the share where the first scores higher
  (a tie counts a half); the same for the same-run baselines ``word_count`` (min(100, words)) and ``embedding``
  (100 x the cosine of question and answer).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from agent.embeddings import Embedder
from agent.nodes.decide import decide_on_topic, decision_input
from agent.nodes.plan_topics import build_topic_queue, confirmed_topics
from agent.nodes.score import score_input
from agent.roles import Roles, answer_words
from agent.state import Language, Question, Topic, Turn
from evals import metrics as m
from tools.resume_parser import parse_resume

KINDS = ("strong", "adequate", "vague", "off_topic", "non_answer")
ORDER = [(hi, lo) for i, hi in enumerate(KINDS[:3]) for lo in KINDS[i + 1:]]  # off_topic and non_answer unordered
RESUMES = Path(__file__).resolve().parent.parent / "tests" / "data" / "resumes"
LOWERED = ("strong", "adequate")  # kinds also judged typed in lower case, as candidates often type in a chat
PLANNED = 40  # topics planned per resume: the interview's topic and the others it is compared with


class KindsFormatError(ValueError):
    pass


@dataclass(frozen=True)
class Row:
    resume: str
    topic: str
    question: str
    kind: str
    answer: str
    language: Language


def first_object(path: Path) -> object:
    """The first JSON object of a JSON-lines file, or None where it cannot be read; what kind of file it is."""
    try:
        with path.open(encoding="utf-8") as fh:
            return json.loads(next((line for line in fh if line.strip()), ""))
    except (OSError, ValueError):
        return None


def is_kinds_file(path: Path) -> bool:
    """Whether ``path`` holds graded kinds rather than gold interviews: its first object has a kind and an answer."""
    row = first_object(path)
    return isinstance(row, dict) and {"kind", "answer", "question"} <= row.keys() and "turns" not in row


def read_kinds(path: Path) -> list[Row]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            row = Row(resume=raw["resume"], topic=raw["topic"], question=raw["question"], kind=raw["kind"],
                      answer=raw["answer"], language=raw.get("language", "en"))
        except (ValueError, KeyError, TypeError) as exc:
            raise KindsFormatError(f"{path}:{n}: not a graded-kinds row ({exc})") from exc
        if row.kind not in KINDS or row.language not in ("en", "zh"):
            raise KindsFormatError(f"{path}:{n}: kind must be one of {KINDS} and language en or zh")
        rows.append(row)
    return rows


def planned_topics(rows: Sequence[Row], resumes: Path = RESUMES) -> dict[tuple[str, Language], list[Topic]]:
    """Each (resume, language)'s planned topics, as the graph's plan node would make them."""
    plans: dict[tuple[str, Language], list[Topic]] = {}
    for resume, language in sorted({(r.resume, r.language) for r in rows}):
        parsed = parse_resume(resumes / resume)
        plans[(resume, language)] = build_topic_queue(parsed, language=language, target_role="", limit=PLANNED)
    return plans


def topic_of(row: Row, plan: Sequence[Topic]) -> Topic:
    """The planned topic the question was asked on, its name compared without a final dot (the parser keeps "Co." and
    "B.V." whole since the files were written); where the plan does not have it (a skill of a group the plan names
    after another of its skills), the topic the graph makes of a name the candidate adds at setup."""
    for topic in plan:
        if topic.name.rstrip(".") == row.topic.rstrip("."):
            return topic
    return confirmed_topics([row.topic], [], limit=1)[0]



def graded_kinds(rows: Sequence[Row], roles: Roles, embedder: Embedder, *, resumes: Path = RESUMES,
                 max_depth: int = 2, resamples: int = m.RESAMPLES,
                 progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Score and decide on every row; the flat ``kinds.*`` metrics of the module docstring, per language where the
    file has more than one (``kinds.zh.*``)."""
    plans = planned_topics(rows, resumes)

    def judge(row: Row, answer: str) -> tuple[float, float]:
        """The answer's score and whether the decide node would follow it up (1.0) at depth 0."""
        plan = plans[(row.resume, row.language)]
        topic = topic_of(row, plan)
        question = Question.model_construct(text=row.question, importance=3, source="model", reference=None,
                                            bank=None)
        turn = Turn.model_construct(index=0, topic=topic, follow_up=False, question=question, answer=answer,
                                    decision=None, score=None, behavior=None, delivery=None)
        result = roles.score(score_input(turn, row.language, None, plan), feedback=False)
        scored = turn.model_copy(update={"score": result})
        decision = decide_on_topic(roles, decision_input(topic, [scored], depth=0, max_depth=max_depth,
                                                         language=row.language))
        return result.score, float(decision.action == "FOLLOW_UP")

    scores, follow_ups = [], []
    lowered: dict[int, tuple[float, float]] = {}  # row -> its answer typed in lower case, judged the same way
    for i, row in enumerate(rows):
        score, follow_up = judge(row, row.answer)
        scores.append(score)
        follow_ups.append(follow_up)
        if row.kind in LOWERED and row.answer.lower() != row.answer:
            lowered[i] = judge(row, row.answer.lower())
        if progress and (i + 1) % 50 == 0:
            progress(f"kinds: {i + 1}/{len(rows)} answers")
    systems = {
        "": np.array(scores),
        # words in any script: each Han character counts one, as in the roles' thin-answer rule
        "baselines.word_count.": np.array([min(100.0, answer_words(r.answer)) for r in rows]),
        "baselines.embedding.": 100 * np.einsum("nd,nd->n", embedder.encode([r.question for r in rows]),
                                                embedder.encode([r.answer for r in rows])),
    }
    out: dict[str, Any] = {}
    for language in sorted({r.language for r in rows}):
        prefix = "kinds." if language == "en" else f"kinds.{language}."
        idx = [i for i, r in enumerate(rows) if r.language == language]
        for kind in KINDS:
            mine = [i for i in idx if rows[i].kind == kind]
            if not mine:
                continue
            groups = [rows[i].question for i in mine]
            out[f"{prefix}{kind}.mean_score"] = m.metric(m.mean, [np.array(scores)[mine]], groups,
                                                         resamples=resamples)
            out[f"{prefix}{kind}.follow_up_rate"] = m.metric(m.mean, [np.array(follow_ups)[mine]], groups,
                                                             resamples=resamples)
            twins = [i for i in mine if i in lowered]
            if twins:
                asked = [rows[i].question for i in twins]
                out[f"{prefix}{kind}.lowercase.score_drop"] = m.metric(
                    m.mean, [np.array([scores[i] - lowered[i][0] for i in twins])], asked, resamples=resamples)
                out[f"{prefix}{kind}.lowercase.follow_up_rate"] = m.metric(
                    m.mean, [np.array([lowered[i][1] for i in twins])], asked, resamples=resamples)
        for hi, lo in ORDER:
            pairs = [(a, b) for a in idx for b in idx if rows[a].question == rows[b].question
                     and rows[a].kind == hi and rows[b].kind == lo]
            if not pairs:
                continue
            groups = [rows[a].question for a, _ in pairs]
            for system, values in systems.items():
                out[f"{system}{prefix}{hi}_over_{lo}.pairwise_accuracy"] = m.metric(
                    m.pairwise_accuracy, [values[[a for a, _ in pairs]], values[[b for _, b in pairs]]], groups,
                    resamples=resamples)
    return out


def format_kinds(results: dict[str, Any]) -> str:
    """A plain table: per kind, the mean score and the follow-up rate; per ordered pair, the agent's pairwise accuracy
    and the baselines'."""
    def cell(key: str) -> str:
        metric = results.get(key)
        if not metric or metric["value"] is None:
            return "-"
        lo, hi = metric["ci95"]
        return f"{metric['value']:.3f} [{lo:.3f}, {hi:.3f}] n={metric['n']}" if lo is not None else \
            f"{metric['value']:.3f} n={metric['n']}"

    lines = []
    for language, prefix in (("en", "kinds."), ("zh", "kinds.zh.")):
        if f"{prefix}strong.mean_score" not in results:
            continue
        lines.append(f"graded kinds ({language}): mean score | follow-up rate")
        for kind in KINDS:
            if f"{prefix}{kind}.mean_score" in results:
                lines.append(f"  {kind:<11} {cell(f'{prefix}{kind}.mean_score')} | "
                             f"{cell(f'{prefix}{kind}.follow_up_rate')}")
        for kind in LOWERED:
            if f"{prefix}{kind}.lowercase.score_drop" in results:
                lines.append(f"  {kind} typed in lower case: score drop {cell(f'{prefix}{kind}.lowercase.score_drop')}"
                             f" | follow-up rate {cell(f'{prefix}{kind}.lowercase.follow_up_rate')}")
        lines.append("  pairwise accuracy: agent | word_count | embedding")
        for hi, lo in ORDER:
            key = f"{prefix}{hi}_over_{lo}.pairwise_accuracy"
            if key in results:
                lines.append(f"  {hi} > {lo}: {cell(key)} | {cell('baselines.word_count.' + key)} | "
                             f"{cell('baselines.embedding.' + key)}")
    return "\n".join(lines)
