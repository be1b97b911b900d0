"""The contrast protocol's twins and the followQG conversion, without a model."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from agent.score_head import content_words
from evals.contrast import (
    EVAL_NON_ANSWERS,
    FIRST_WORDS,
    FIT_NON_ANSWERS,
    Pair,
    build_followqg,
    question_split,
    read_followqg,
    twin,
)
from evals.gold import read_gold

POOL = [
    Pair(group="a", question="What motivates you at work?", answer="Shipping things that people use motivates me."),
    Pair(group="b", question="What motivates you to learn?", answer="Curiosity, mostly, and a good book."),
    Pair(group="c", question="How are tight deadlines best handled?", answer="I cut scope early and tell people why."),
]


def test_twins_are_what_they_say() -> None:
    rng = random.Random(0)
    pair = POOL[0]
    assert twin(pair, "first_words", POOL, rng) == " ".join(pair.answer.split()[:FIRST_WORDS])
    assert twin(POOL[2], "first_words", POOL, rng) == "I cut scope early and tell"
    assert twin(POOL[1], "first_words", POOL, rng) is None  # six words or fewer: no shorter twin
    assert twin(pair, "non_answer", POOL, rng) in EVAL_NON_ANSWERS
    assert not set(EVAL_NON_ANSWERS) & set(FIT_NON_ANSWERS)  # the eval grades phrasings the head never saw
    # "What motivates you to learn?" shares "motivates" with the question: never the off-topic twin
    assert all(twin(pair, "off_topic", POOL, random.Random(s)) == POOL[2].answer for s in range(10))
    assert not content_words(POOL[2].question) & content_words(pair.question)
    assert twin(pair, "off_topic", POOL[:2], rng) is None


def test_followqg_is_split_by_question_and_converted_to_gold(tmp_path: Path) -> None:
    source = tmp_path / "followMLdata.csv"
    with source.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["question", "answer", "followUp"])
        for i in range(20):
            for j in range(2):
                writer.writerow([f"Question number {i}?", f"Answer {j} to question {i}.", f"Why {j}?"])
                writer.writerow([f"Question number {i}?", f"Answer {j} to question {i}.", "A second follow-up?"])
    pairs = read_followqg(source)
    assert len(pairs) == 40 and pairs[0].follow_up == "Why 0?"  # one pair per distinct answer, its first follow-up
    counts = build_followqg(tmp_path, source)
    fit, test = (read_gold(tmp_path / f"followqg.{s}.gold.jsonl") for s in ("fit", "test"))
    assert counts == {"fit": sum(len(iv.turns) for iv in fit), "test": sum(len(iv.turns) for iv in test)}
    assert counts["fit"] + counts["test"] == 40 and min(counts.values()) > 0
    for split, interviews in (("fit", fit), ("test", test)):
        assert all(question_split(t.question) == split for iv in interviews for t in iv.turns)
        assert all(t.gold.decision is None and t.gold.next_question for iv in interviews for t in iv.turns)
    assert question_split("Question number 3?") == question_split("  question   NUMBER 3? ")
