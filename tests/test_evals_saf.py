"""SAF: the reader, the committed gold file of its unseen questions, and the feedback comparison it makes possible."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import SHARED_DATA
from evals.baselines import verdict_feedback
from evals.build_saf import DEFAULT_OUT, PLACEHOLDER, SPLIT, convert, read_saf
from evals.gold import read_gold
from evals.replay import Predictions
from evals.report import evaluate
from tests.conftest import BagOfWords

DATA = DEFAULT_OUT.parent
SOURCE = SHARED_DATA / "saf"

QUESTION_XML = """<?xml version='1.0' encoding='UTF-8'?>
<question id="11.1" module="SDN">
   <questionText>What does the control plane
   do?</questionText>
   <referenceAnswers>
     <referenceAnswer id="a1">It decides the routes and
     updates the flow tables.</referenceAnswer>
   </referenceAnswers>
   <studentAnswers>
     <studentAnswer id="s1"><response>It computes routes.</response>
       <response_feedback>Partially correct: flow tables are missing.</response_feedback><score>0.5</score>
       <verification_feedback>Partially correct</verification_feedback></studentAnswer>
     <studentAnswer id="s2"><response>No submission.</response>
       <response_feedback>The response is empty.</response_feedback><score>0</score>
       <verification_feedback>Incorrect</verification_feedback></studentAnswer>
   </studentAnswers>
</question>
"""


def test_read_saf_keeps_every_answer_with_its_grade_verdict_and_feedback(tmp_path: Path) -> None:
    (tmp_path / "11.1_SDN.xml").write_text(QUESTION_XML, encoding="utf-8")
    rows = read_saf(tmp_path)
    assert [(r.question_id, r.module, r.score, r.verdict) for r in rows] == [
        ("11.1_SDN", "SDN", 0.5, "Partially correct"), ("11.1_SDN", "SDN", 0.0, "Incorrect")]
    assert rows[0].question == "What does the control plane do?"  # whitespace of the XML folded
    assert rows[0].reference == "It decides the routes and updates the flow tables."
    assert rows[0].feedback == "Partially correct: flow tables are missing."
    assert read_saf(tmp_path / "absent") == []
    interview = convert(rows)[0]
    assert interview["id"] == "saf-11.1_SDN" and "MIT licence" in interview["source"]
    assert [t["gold"] for t in interview["turns"]] == [  # the platform's "No submission." is no answer
        {"score": 50.0, "feedback": "Partially correct: flow tables are missing."}]
    assert [bool(PLACEHOLDER.fullmatch(text)) for text in ("No response.", "Empty submission", "No, it routes.")] == [
        True, True, False]


def test_the_committed_file_holds_the_unseen_questions_with_their_feedback() -> None:
    assert DEFAULT_OUT.stat().st_size < 1_000_000
    interviews = read_gold(DEFAULT_OUT)
    assert len(interviews) == 4 and sum(len(iv.turns) for iv in interviews) == 307
    assert all(t.gold.feedback and t.reference_answer for iv in interviews for t in iv.turns)
    assert all("MIT licence" in iv.source and SPLIT in iv.source for iv in interviews)
    assert "Sebastian Ochs" in (DATA / "SAF_LICENSE").read_text()
    assert "SAF" in (DATA / "README.md").read_text()


@pytest.mark.skipif(not (SOURCE / SPLIT).is_dir(), reason="SAF source data not present")
def test_the_committed_file_is_what_the_builder_writes() -> None:
    expected = [json.dumps(iv, ensure_ascii=False) for iv in convert(read_saf(SOURCE / SPLIT))]
    assert DEFAULT_OUT.read_text(encoding="utf-8").splitlines() == expected


def test_feedback_is_compared_with_the_graders_and_with_the_verdict_alone(tmp_path: Path) -> None:
    (tmp_path / "q.xml").write_text(QUESTION_XML, encoding="utf-8")
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(iv) + "\n" for iv in convert(read_saf(tmp_path))), encoding="utf-8")
    interviews = read_gold(path)
    agent = Predictions(scores={(0, 0): 50.0}, feedback={(0, 0): "Partially correct: flow tables are missing."})
    results = evaluate(interviews, agent, BagOfWords(), resamples=50)
    assert results["feedback.similarity"]["n"] == 1
    assert results["feedback.similarity"]["value"] == pytest.approx(1.0)  # the grader's own words
    assert verdict_feedback(agent).feedback == {(0, 0): "A fair answer, thin in places."}
    worse = Predictions(scores={(0, 0): 0.0}, feedback={(0, 0): "This does not answer the question yet."})
    assert evaluate(interviews, worse, BagOfWords(), resamples=50)["feedback.similarity"]["value"] < 0.5
    assert "feedback.similarity" not in evaluate(interviews, Predictions(scores=agent.scores), BagOfWords(),
                                                 resamples=50)  # no feedback written: not measured
