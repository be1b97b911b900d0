"""Reader for gold transcripts, the contract in ``docs/gold-transcripts.md``.

Other people's data sets are converted into this format, so the reader is strict about what the contract
states (types, ranges, the two decisions, unique ids) and lenient about nothing else: extra keys are ignored
and every optional key may be absent or null. A bad line fails with its line number and the field's path.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

GoldDecision = Literal["FOLLOW_UP", "SWITCH"]
DECISIONS: tuple[GoldDecision, ...] = ("FOLLOW_UP", "SWITCH")

_CONFIG = ConfigDict(extra="ignore", strict=True, frozen=True)


class GoldFormatError(ValueError):
    """A gold file does not follow the contract; the message names the file, line and field."""


class TurnGold(BaseModel):
    """What humans did or judged at one turn; any subset of the keys."""

    model_config = _CONFIG

    score: float | None = Field(default=None, ge=0.0, le=100.0, description="Human grade of the answer.")
    decision: GoldDecision | None = Field(default=None, description="What the interviewer did next.")
    next_question: str | None = Field(default=None, description="What the interviewer actually asked next.")
    feedback: str | None = Field(default=None, description="What a grader wrote to the candidate about the answer.")


class GoldTurn(BaseModel):
    model_config = _CONFIG

    topic: str | None = None
    question: str
    answer: str
    reference_answer: str | None = None
    gold: TurnGold


class InterviewGold(BaseModel):
    model_config = _CONFIG

    overall: float | None = Field(default=None, ge=0.0, le=100.0, description="Interview-level human rating.")


class GoldInterview(BaseModel):
    """One recorded interview, one line of the file."""

    model_config = _CONFIG

    id: str
    language: Literal["en", "zh"]
    source: str
    resume_text: str | None = None
    role: str | None = None
    turns: list[GoldTurn]
    gold: InterviewGold | None = None

    @property
    def overall(self) -> float | None:
        return self.gold.overall if self.gold else None


def _field_path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "<line>"


def parse_gold_line(text: str, line_no: int, where: str = "<gold>") -> GoldInterview:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{where}:{line_no}: not valid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}:{line_no}: <line>: expected a JSON object, got {type(data).__name__}")
    try:
        return GoldInterview.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise GoldFormatError(
            f"{where}:{line_no}: {_field_path(first['loc'])}: {first['msg']}{more}"
        ) from exc


def read_gold(path: str | Path, limit: int | None = None) -> list[GoldInterview]:
    """Every interview of a gold JSONL file (the first ``limit`` when given); blank lines are skipped."""
    path = Path(path)
    interviews: list[GoldInterview] = []
    first_seen: dict[str, int] = {}
    with path.open("rb") as fh:
        for line_no, raw in enumerate(fh, 1):
            if limit is not None and len(interviews) >= limit:
                break
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise GoldFormatError(f"{path}:{line_no}: <line>: not UTF-8 ({exc.reason})") from exc
            if not text.strip():
                continue
            interview = parse_gold_line(text, line_no, str(path))
            if interview.id in first_seen:
                raise GoldFormatError(
                    f"{path}:{line_no}: id: duplicate id {interview.id!r} (first on line {first_seen[interview.id]})"
                )
            first_seen[interview.id] = line_no
            interviews.append(interview)
    return interviews
