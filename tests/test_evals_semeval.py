"""The committed SemEval gold file: small, valid, reproducible from the source, and replayable by the real model."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pytest

from adapters.base_model import TIERS
from agent.config import Settings
from evals import SHARED_DATA
from evals.build_semeval import DEFAULT_OUT, LABEL_SCORES, SPLIT, convert
from evals.cli import add_eval_arguments, run_eval
from evals.gold import read_gold

DATA = DEFAULT_OUT.parent
SOURCE = SHARED_DATA / "semeval2013" / "semeval2013_task7_3way.jsonl"


def row(question_id: str, student: str, label: str, split: str = SPLIT) -> dict[str, object]:
    return {
        "corpus": "beetle",
        "split": split,
        "question_id": question_id,
        "module": "M",
        "question": f"Question {question_id}?",
        "reference_answer": "The reference.",
        "student_id": student,
        "answer": f"answer of {student}",
        "label_3way": label,
    }


def test_convert_keeps_the_held_out_split_maps_labels_and_caps_each_question() -> None:
    rows = [row("Q1", f"s{k}", label) for k, label in enumerate(["correct", "incorrect", "contradictory", "correct"])]
    rows += [row("Q2", "s9", "correct"), row("Q0", "t1", "correct", split="train")]
    interviews = convert(rows, per_question=3)
    assert [iv["id"] for iv in interviews] == ["semeval-beetle-Q1", "semeval-beetle-Q2"]
    turns = interviews[0]["turns"]
    assert len(turns) == 3 and all(t["reference_answer"] == "The reference." for t in turns)
    assert {t["gold"]["score"] for t in turns} <= set(LABEL_SCORES.values())
    assert convert(list(reversed(rows)), per_question=3) == interviews  # the sample does not depend on row order


def test_the_committed_file_is_small_valid_and_attributed() -> None:
    assert DEFAULT_OUT.stat().st_size < 1_000_000
    interviews = read_gold(DEFAULT_OUT)
    assert len(interviews) == 24 and sum(len(iv.turns) for iv in interviews) == 288
    assert {t.gold.score for iv in interviews for t in iv.turns} == {0.0, 50.0, 100.0}
    assert all("CC BY-SA 3.0" in iv.source and SPLIT in iv.source for iv in interviews)
    assert "Attribution-ShareAlike 3.0" in (DATA / "SEMEVAL_LICENSE").read_text()
    assert "CC BY-SA 3.0" in (DATA / "README.md").read_text()


@pytest.mark.skipif(not SOURCE.is_file(), reason="SemEval-2013 source data not present")
def test_the_committed_file_is_what_the_builder_writes() -> None:
    rows = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    expected = [json.dumps(iv, ensure_ascii=False) for iv in convert(rows, per_question=12)]
    assert DEFAULT_OUT.read_text(encoding="utf-8").splitlines() == expected


@pytest.mark.slow
def test_real_embedded_model_replays_two_semeval_questions(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    add_eval_arguments(parser)
    home = os.environ.get("MOCKINTERVIEW_HOME") or str(tmp_path / "home")
    out = tmp_path / "r.json"
    args = parser.parse_args([str(DEFAULT_OUT), "--limit", "2", "--roles", "scorer", "--home", home, "--out", str(out)])
    assert run_eval(args) == 0
    results = json.loads(out.read_text())
    default = TIERS[Settings().model].display  # the default tier's base
    assert results["scorer.pearson"]["n"] == 24 and results["meta"]["model"] == default
    assert results["valid_rate"]["value"] == 1.0  # grades are read from logits: valid by construction
    assert results["baselines.embedding.scorer.mae"]["n"] == 24
