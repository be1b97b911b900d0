"""The graded-kinds eval (evals/kinds.py) end to end through ``mockinterview eval``, with a scripted role model and a
bag-of-words embedder: the file is recognised, every answer goes through the graph's score and decide inputs, and the
per-kind and pairwise metrics come out with their baselines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.kinds import KINDS, ORDER, RESUMES, KindsFormatError, is_kinds_file, planned_topics, read_kinds, topic_of
from tests.test_evals_run import ScriptedModel, run
from tools.resume_parser import parse_resume

DATA = Path(__file__).resolve().parent.parent / "evals" / "data"

QUESTION = "How do you use Docker in your infrastructure?"
ANSWERS = {
    "strong": "I moved our 14 services to multi-stage Docker builds on distroless images, I tagged every image with "
              "the git SHA in GitHub Actions, and image pulls on Kubernetes fell from 90 to 12 seconds.",
    "adequate": "I wrote the Dockerfiles for our Django services and ran them on Kubernetes with Helm.",
    "vague": "I use Docker a lot, it is very useful for infrastructure and everything.",
    "off_topic": "On weekends I restore old motorcycles; last month I rebuilt a carburettor and replaced the clutch.",
    "non_answer": "Sorry, no idea.",
}


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def rows_file(tmp_path: Path) -> Path:
    return write_rows(tmp_path / "kinds.jsonl", [
        {"resume": "plain_text.txt", "topic": "Docker", "question": QUESTION, "kind": kind, "answer": answer,
         "language": "en"} for kind, answer in ANSWERS.items()])


def test_a_kinds_file_is_told_from_a_gold_file_and_bad_rows_are_named(tmp_path: Path) -> None:
    path = rows_file(tmp_path)
    assert is_kinds_file(path) and [r.kind for r in read_kinds(path)] == list(KINDS)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x", "turns": [{"question": "q", "answer": "a"}]}) + "\n", encoding="utf-8")
    assert not is_kinds_file(gold)
    bad = write_rows(tmp_path / "bad.jsonl", [{"resume": "r", "topic": "t", "question": "q", "kind": "great",
                                               "answer": "a"}])
    with pytest.raises(KindsFormatError, match=r"bad.jsonl:1: kind must be one of"):
        read_kinds(bad)


def test_eval_scores_each_kind_through_the_graph_and_reports_pairs_with_baselines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    assert run([str(rows_file(tmp_path)), "--out", str(out)], ScriptedModel()) == 0
    results = json.loads(out.read_text())
    assert {f"kinds.{k}.{m}" for k in KINDS for m in ("mean_score", "follow_up_rate")} <= results.keys()
    for hi, lo in ORDER:
        for system in ("", "baselines.word_count.", "baselines.embedding."):
            assert f"{system}kinds.{hi}_over_{lo}.pairwise_accuracy" in results
    assert results["kinds.strong_over_non_answer.pairwise_accuracy"]["value"] == 1.0
    assert results["kinds.non_answer.follow_up_rate"]["value"] == 1.0
    assert results["kinds.non_answer.mean_score"]["value"] <= 10
    assert results["meta"]["answers"] == len(KINDS)
    # the strong answer typed in lower case, judged the same way: it keeps its names (Docker, GitHub Actions,
    # Kubernetes) and actions, so its score and decision do not move
    assert results["kinds.strong.lowercase.score_drop"]["value"] == 0.0
    assert results["kinds.strong.lowercase.follow_up_rate"]["value"] == results["kinds.strong.follow_up_rate"]["value"]
    printed = capsys.readouterr().out
    assert "graded kinds (en)" in printed and "strong > vague" in printed and "typed in lower case" in printed


def test_a_malformed_kinds_file_exits_2_with_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_rows(tmp_path / "bad.jsonl", [{"resume": "plain_text.txt", "topic": "Docker", "question": QUESTION,
                                               "kind": "strong", "answer": "a", "language": "fr"}])
    assert run([str(bad)], ScriptedModel()) == 2
    assert "bad.jsonl:1" in capsys.readouterr().err


@pytest.mark.parametrize("path", sorted(DATA.glob("resume_*.jsonl")), ids=lambda p: p.name)
def test_each_graded_answer_is_on_a_topic_its_resume_still_gives(path: Path) -> None:
    """A parser change renames topics ("Physiotherapist at Metro North Hospital" became "Physiotherapist,
    Outpatients and Orthopaedics at ..."); a row whose topic the plan no longer has is judged without the resume's
    facts, so each row's topic must be planned for its resume, or be one of its skills (a name a candidate may add)."""
    rows = read_kinds(path)
    plans = planned_topics(rows)
    skills = {resume: {s for group in parse_resume(RESUMES / resume).skills.values() for s in group}
              for resume in {row.resume for row in rows}}
    stale = set()
    for row in rows:
        plan = plans[(row.resume, row.language)]
        planned = any(t is topic_of(row, plan) for t in plan)
        if not planned and row.topic not in skills[row.resume]:
            stale.add((row.resume, row.topic))
    assert not stale


def test_a_skill_the_plan_names_after_another_is_judged_as_a_skill_the_candidate_added() -> None:
    row = read_kinds(DATA / "resume_answers_nontech.dev.jsonl")[20]
    assert row.topic == "Procore"
    topic = topic_of(row, planned_topics([row])[(row.resume, row.language)])
    assert (topic.name, topic.kind) == ("Procore", "skill")
