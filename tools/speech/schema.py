"""What the speech tool returns: pydantic models, so the UI, the report and the tests read the same fields."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Status = Literal["ok", "unverified", "low_confidence", "no_speech", "unsupported_language"]
USABLE: frozenset[Status] = frozenset({"ok", "unverified", "low_confidence"})  # a transcript the UI may show


class Word(BaseModel):
    text: str = Field(description="The word as Whisper wrote it, stripped of spaces (punctuation kept).")
    start: float = Field(description="Seconds from the start of the answer.")
    end: float
    probability: float = 1.0


class Transcript(BaseModel):
    """One answer's transcript and whether it can be trusted; ``message`` is what the UI shows when it cannot."""

    text: str
    words: list[Word] = Field(default_factory=list)
    language: str
    status: Status
    message: str = Field(default="", description="Empty when status is ok; otherwise a sentence for the candidate.")
    seconds: float = Field(description="Length of the audio transcribed.")
    model: str

    @property
    def usable(self) -> bool:
        return self.status in USABLE
