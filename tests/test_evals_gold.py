"""The gold reader holds the contract: valid files read, and every bad line names its line number and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.gold import GoldFormatError, read_gold


def interview(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "a",
        "language": "en",
        "source": "test",
        "turns": [{"question": "Why?", "answer": "Because.", "gold": {"score": 60}}],
    }
    base.update(overrides)
    return base


def write(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def test_reads_every_documented_key_and_ignores_extra_ones(tmp_path: Path) -> None:
    full = {
        "id": "mit-p12",
        "language": "zh",
        "source": "somewhere, licence",
        "resume_text": "A resume.",
        "role": "Intern",
        "turns": [
            {
                "topic": "teamwork",
                "question": "Tell me about a team.",
                "answer": "So, last summer ...",
                "reference_answer": "A model answer.",
                "gold": {"score": 72.5, "decision": "FOLLOW_UP", "next_question": "More?", "extra": 1},
                "extra": True,
            }
        ],
        "gold": {"overall": 80.1},
        "extra": "ignored",
    }
    minimal = interview(id="b", resume_text=None, role=None, gold=None)
    minimal["turns"] = [{"question": "Q?", "answer": "", "topic": None, "reference_answer": None, "gold": {}}]
    first, second = read_gold(write(tmp_path, full, "", minimal))
    assert first.language == "zh" and first.overall == 80.1
    assert first.turns[0].gold.decision == "FOLLOW_UP" and first.turns[0].gold.score == 72.5
    assert second.overall is None and second.turns[0].gold.score is None and second.turns[0].topic is None


def test_limit_reads_the_first_interviews_only(tmp_path: Path) -> None:
    path = write(tmp_path, interview(id="a"), interview(id="b"), interview(id="c"))
    assert [iv.id for iv in read_gold(path, limit=2)] == ["a", "b"]


@pytest.mark.parametrize(
    ("bad", "where"),
    [
        (interview(turns=[{"question": "Q?", "answer": "A", "gold": {"score": 101}}]), ":2: turns.0.gold.score:"),
        (interview(turns=[{"question": "Q?", "answer": "A", "gold": {"score": "50"}}]), ":2: turns.0.gold.score:"),
        (interview(turns=[{"question": "Q?", "answer": "A", "gold": {"decision": "STAY"}}]),
         ":2: turns.0.gold.decision:"),
        (interview(turns=[{"question": "Q?", "gold": {}}]), ":2: turns.0.answer:"),
        (interview(turns=[{"question": "Q?", "answer": "A"}]), ":2: turns.0.gold:"),
        (interview(language="fr"), ":2: language:"),
        (interview(gold={"overall": -1}), ":2: gold.overall:"),
        ({"language": "en", "source": "s", "turns": []}, ":2: id:"),
        ("[1, 2]", ":2: <line>: expected a JSON object"),
        ('{"id": "a",', ":2: not valid JSON"),
        (interview(id="a"), ":2: id: duplicate id 'a' (first on line 1)"),
    ],
)
def test_a_bad_line_names_its_line_and_field(tmp_path: Path, bad: object, where: str) -> None:
    path = write(tmp_path, interview(id="a"), bad)
    with pytest.raises(GoldFormatError) as err:
        read_gold(path)
    assert where in str(err.value)
    assert str(path) in str(err.value)


def test_a_line_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(json.dumps(interview()).encode() + b"\n\xff\xfe\n")
    with pytest.raises(GoldFormatError, match=r":2: <line>: not UTF-8"):
        read_gold(path)
