"""Training data for the three role adapters, built from open data and real human judgements.

Every example is the role's real prompt (``agent.roles.build_*_messages``, the same code the engine runs) and the
target line format the roles parse, so what is trained is exactly what is served. Sources, licences and label
policies are in ``adapters/README.md``. Research-only sets (Mohler, the MIT interviews) are read from
``../shared/data`` at build time and never written into the repository; held-out splits are by question
(Scorer, Question) or by participant (Decision), never by row.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from agent.decision_head import LabelledDecision
from agent.feedback import feedback_target
from agent.roles import (
    ChatMessage,
    DecisionInput,
    Exchange,
    QuestionInput,
    RoleName,
    ScoreInput,
    build_decision_messages,
    build_question_messages,
    build_scorer_messages,
)
from agent.score_head import GradedAnswer
from agent.state import Topic

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

# SemEval-2013 3-way labels as 0-5 grades. "incorrect" pools partially correct, irrelevant and off-domain answers
# in the 3-way scheme, so it sits at 1 rather than 0; a contradiction is the clearest failure.
SEMEVAL_GRADE = {"correct": 5, "incorrect": 1, "contradictory": 0}
DIFFICULTY_IMPORTANCE = {"easy": 2, "medium": 3, "expert": 4}


class Example(BaseModel):
    messages: list[ChatMessage]
    target: str
    group: str  # the unit of the held-out split: a question id or a participant


class Split(BaseModel):
    train: list[Example]
    val: list[Example]


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _held_out(group: str, share: float) -> bool:
    """Deterministic split by group: the same question or participant always lands on the same side."""
    return int(hashlib.sha1(group.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share


def _clean(text: str) -> str:
    return " ".join(text.replace("<br>", " ").split())


def _target(fields: list[tuple[str, str]]) -> str:
    return "\n".join(f"{k}: {v}" for k, v in fields)


# ----------------------------------------------------------------------------------------------- scorer


def _mohler_rows(data: Path) -> list[dict[str, Any]]:
    mohler = data / "mohler_dev" / "mohler_dev.jsonl"
    return [r for r in _jsonl(mohler) if r.get("answer", "").strip()] if mohler.is_file() else []


def _mohler_held_out(row: dict[str, Any]) -> bool:
    """Assignment 5: questions no role or head is trained on."""
    return str(row["question_id"]).startswith("5.")


def graded_answers(data: Path = SHARED_DATA) -> tuple[list[GradedAnswer], list[GradedAnswer]]:
    """Mohler answers with their reference and the graders' average 0-5, for the score head: assignments 1-4 to fit
    (one cross-validation group each), assignment 5 to validate. SemEval is left out: its 3-way labels are not
    grades on one scale (fitting on both made the leave-one-assignment-out Pearson worse, 0.52 vs 0.54)."""
    train: list[GradedAnswer] = []
    val: list[GradedAnswer] = []
    for r in _mohler_rows(data):
        row = GradedAnswer(question=_clean(r["question"]), answer=_clean(r["answer"]),
                           reference=_clean(r["reference_answer"]), grade=float(r["score_avg"]),
                           group=f"mohler-assignment-{str(r['question_id']).split('.')[0]}")
        (val if _mohler_held_out(r) else train).append(row)
    return train, val


def labelled_decisions(data: Path = SHARED_DATA, *, seed: int = 0) -> tuple[list[LabelledDecision],
                                                                             list[LabelledDecision]]:
    """For the decision head: the MIT interviewers' real decisions (train and held-out participants as for the
    adapter; no score, as the gold has none per answer) and, to train only, Mohler assignments 1-4 under the
    augmentation policy of :func:`decision_examples` with the human grade as the last score."""
    rng = random.Random(seed)
    train: list[LabelledDecision] = []
    val: list[LabelledDecision] = []
    gold = data / "gold" / "mit_interview_dev.gold.jsonl"
    for interview in _jsonl(gold) if gold.is_file() else []:
        who = _participant(interview["id"])
        topic, depth = None, 0
        for turn in interview["turns"]:
            topic, depth = (topic, depth + 1) if turn.get("topic") == topic else (turn.get("topic"), 0)
            action = turn["gold"].get("decision")
            if action in ("FOLLOW_UP", "SWITCH"):
                row = LabelledDecision(answer=_clean(turn["answer"]), score=None, depth=depth, max_depth=2,
                                       follow_up=action == "FOLLOW_UP", group=f"mit-{who}")
                (val if _held_out(f"mit-{who}", 0.25) else train).append(row)
    for r in _mohler_rows(data):
        grade = round(r["score_avg"])
        if _mohler_held_out(r) or grade == 3:
            continue
        train.append(LabelledDecision(answer=_clean(r["answer"]), score=grade * 20.0, depth=rng.choice((0, 1)),
                                      max_depth=2, follow_up=grade <= 2,
                                      group=f"mohler-assignment-{str(r['question_id']).split('.')[0]}"))
    return train, val


def scorer_examples(data: Path = SHARED_DATA, *, per_source: int = 400, seed: int = 0) -> Split:
    """Mohler assignments 1-4 and SemEval's train split to train; Mohler assignment 5 (unseen questions) to validate."""
    rng = random.Random(seed)
    train: list[Example] = []
    val: list[Example] = []

    def example(question: str, answer: str, reference: str | None, grade: int, group: str) -> Example:
        inp = ScoreInput(question=_clean(question), answer=_clean(answer), reference=reference and _clean(reference))
        fb = feedback_target(inp.question, inp.answer, inp.reference, grade)
        return Example(messages=build_scorer_messages(inp), target=_target([("Grade", str(grade)),
                                                                            ("Feedback", fb)]), group=group)

    for r in _mohler_rows(data):
        ex = example(r["question"], r["answer"], r["reference_answer"], round(r["score_avg"]),
                     f"mohler-{r['question_id']}")
        (val if _mohler_held_out(r) else train).append(ex)
    semeval = data / "semeval2013" / "semeval2013_task7_3way.jsonl"
    if semeval.is_file():
        rows = [r for r in _jsonl(semeval) if r["split"] == "train" and r.get("answer", "").strip()]
        rng.shuffle(rows)
        train += [example(r["question"], r["answer"], r.get("reference_answer"), SEMEVAL_GRADE[r["label_3way"]],
                          f"semeval-{r['question_id']}") for r in rows[:per_source]]
    rng.shuffle(train)
    return Split(train=train, val=val)


# --------------------------------------------------------------------------------------------- decision


def _participant(interview_id: str) -> str:
    return re.sub(r"^mit-p+", "", interview_id)


def decision_examples(data: Path = SHARED_DATA, *, augment: int = 300, seed: int = 0) -> Split:
    """Real interviewers' decisions (MIT, split by participant) plus graded answers as principled augmentation.

    Augmentation: an answer graded 0-2 of 5 is thin or wrong, so the interviewer follows up; one graded 4-5 is
    complete, so they switch; grade 3 is left out as ambiguous. The real decisions are 1 in 10 follow-ups, so the
    training set is balanced by repeating the real follow-ups.
    """
    rng = random.Random(seed)
    train: list[Example] = []
    val: list[Example] = []
    gold = data / "gold" / "mit_interview_dev.gold.jsonl"
    if gold.is_file():
        for interview in _jsonl(gold):
            who = _participant(interview["id"])
            held = _held_out(f"mit-{who}", 0.25)
            history: list[Exchange] = []
            topic = None
            for turn in interview["turns"]:
                if turn.get("topic") != topic:
                    topic, history = turn.get("topic"), []
                history.append(Exchange(question=_clean(turn["question"]), answer=_clean(turn["answer"])))
                action = turn["gold"].get("decision")
                if action not in ("FOLLOW_UP", "SWITCH"):
                    continue
                inp = DecisionInput(topic=Topic(name=topic or "general", kind="behavioral"), depth=len(history) - 1,
                                    max_depth=2, history=list(history))
                nxt = turn["gold"].get("next_question")
                guide = f"Ask: {_clean(nxt)}" if action == "FOLLOW_UP" and nxt else ""
                fields = [("Decision", action)] + ([("Guidance", guide)] if guide else [])
                ex = Example(messages=build_decision_messages(inp), target=_target(fields), group=f"mit-{who}")
                if held:
                    val.append(ex)
                else:
                    train += [ex] * (6 if action == "FOLLOW_UP" else 1)
    graded = scorer_examples(data, per_source=augment, seed=seed + 1)
    pool: list[Example] = []
    for ex in graded.train:
        grade = int(ex.target.split("\n")[0].split(": ")[1])
        if grade == 3:
            continue
        user = ex.messages[1]["content"]
        question = user.split("\n", 1)[0].removeprefix("Question: ")
        answer = user.split("<answer>\n", 1)[1].split("\n</answer>", 1)[0]
        depth = rng.choice((0, 1))
        inp = DecisionInput(topic=Topic(name=question[:80], kind="skill"), depth=depth, max_depth=2,
                            history=[Exchange(question=question, answer=answer, score=grade * 20.0)])
        if grade <= 2:
            missing = ex.target.split("misses ", 1)[1].rstrip(".") if "misses " in ex.target else ""
            guide = f"Ask about {missing}." if missing else "Ask for the key idea the answer left out."
            fields = [("Decision", "FOLLOW_UP"), ("Guidance", guide)]
        else:
            fields = [("Decision", "SWITCH")]
        pool.append(Example(messages=build_decision_messages(inp), target=_target(fields), group=ex.group))
    follow = [e for e in pool if "FOLLOW_UP" in e.target]
    switch = [e for e in pool if "SWITCH" in e.target]
    n = min(len(follow), len(switch), augment // 2)
    train += follow[:n] + switch[:n]
    rng.shuffle(train)
    return Split(train=train, val=val)


# --------------------------------------------------------------------------------------------- question


def _question_line(text: str) -> str | None:
    text = _clean(text)
    text = re.sub(r"^(ok|okay|so|um|uh|great|good|excellent|right)\b[.,]?\s*", "", text, flags=re.IGNORECASE)
    end = text.find("?")
    if end < 0:
        return None
    text = text[: end + 1].strip()
    return text[0].upper() + text[1:] if len(text.split()) >= 4 else None


def question_examples(data: Path = SHARED_DATA, *, seed: int = 0) -> Split:
    """Bank questions by topic, nested bank follow-ups, and the MIT interviewers' real follow-ups."""
    rng = random.Random(seed)
    train: list[Example] = []
    val: list[Example] = []

    def add(inp: QuestionInput, question: str, importance: int, group: str) -> None:
        ex = Example(messages=build_question_messages(inp),
                     target=_target([("Question", question), ("Importance", str(importance))]), group=group)
        (val if _held_out(group, 0.15) else train).append(ex)

    banks = data / "question_banks"
    ds = banks / "data_science_interviews.jsonl"
    if ds.is_file():
        for r in _jsonl(ds):
            if q := _question_line(r["question"]):
                add(QuestionInput(topic=Topic(name=r["topic"][:120], kind="skill"), follow_up=False,
                                  target_role="Data Scientist"),
                    q, DIFFICULTY_IMPORTANCE.get(r.get("difficulty") or "", 3), f"ds-{r['topic']}")
    tih = banks / "tih_behavioral_and_h5bp_frontend_questions.jsonl"
    if tih.is_file():
        for r in _jsonl(tih):
            q = _question_line(r["question"])
            if q is None:
                continue
            behavioral = r["topic"] == "behavioral"
            name = (r.get("subtopic") or "behavioural questions") if behavioral else r["topic"].split("/")[-1]
            topic = Topic(name=name[:120], kind="behavioral" if behavioral else "skill")
            role = "" if behavioral else "Front-end Engineer"
            add(QuestionInput(topic=topic, follow_up=False, target_role=role), q, 3, f"bank-{r['id']}")
            asked = [q]
            for f in r.get("follow_ups") or []:
                if fq := _question_line(f):
                    add(QuestionInput(topic=topic, follow_up=True, last_question=asked[-1], asked=list(asked),
                                      target_role=role), fq, 3, f"bank-{r['id']}")
                    asked.append(fq)
    gold = data / "gold" / "mit_interview_dev.gold.jsonl"
    if gold.is_file():
        for interview in _jsonl(gold):
            asked = []
            for turn in interview["turns"]:
                asked.append(_clean(turn["question"]))
                nxt = turn["gold"].get("next_question")
                if turn["gold"].get("decision") != "FOLLOW_UP" or not nxt or not (fq := _question_line(nxt)):
                    continue
                inp = QuestionInput(topic=Topic(name=turn.get("topic") or "general", kind="behavioral"),
                                    follow_up=True, last_question=_clean(turn["question"]),
                                    last_answer=_clean(turn["answer"]), asked=list(asked))
                ex = Example(messages=build_question_messages(inp),
                             target=_target([("Question", fq), ("Importance", "3")]),
                             group=f"mit-{_participant(interview['id'])}")
                (val if _held_out(ex.group, 0.25) else train).append(ex)
    rng.shuffle(train)
    return Split(train=train, val=val)


def held_out(interview_id: str) -> bool:
    """Whether a gold interview is outside every adapter's training data: Mohler assignment 5 (its questions are
    unseen), an MIT participant of the held-out quarter, or any other source (nothing else is trained on)."""
    if interview_id.startswith("mohler-"):
        return interview_id.startswith("mohler-a5-")
    if interview_id.startswith("mit-"):
        return _held_out(f"mit-{_participant(interview_id)}", 0.25)
    return True


def write_held_out_gold(src: Path, dst: Path) -> int:
    """Copy the held-out interviews of a gold file (for evaluating adapters without leakage); returns how many."""
    lines = [line for line in src.read_text(encoding="utf-8").splitlines()
             if line.strip() and held_out(json.loads(line)["id"])]
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


BUILDERS = {"scorer": scorer_examples, "decision": decision_examples, "question": question_examples}


def build(role: RoleName, data: Path = SHARED_DATA) -> Split:
    return BUILDERS[role](data)
