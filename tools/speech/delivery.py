"""Delivery of one spoken answer from its word timestamps: pace, filler words, long pauses, speaking-time share.

Comfortable ranges (what the report shows the answer against):
- Pace 100-165 words per minute: the range Microsoft Speaker Coach recommends as easiest for listeners to follow
  (conversational English averages about 150 wpm). Chinese: 180-280 characters per minute, a heuristic (broadcast
  Mandarin runs at about 240-280), not validated here.
- Filler words at most 3 per 100 words: the project's heuristic; "um"/"uh"-type sounds always count, "like",
  "you know" and "I mean" only when set off by commas (", like,"), so "I like Python" is not a filler.
- Long pauses (1.5 s or more between words, the behaviour tool's ``LONG_PAUSE_S``) at most 2 per minute.
- Speaking-time share of the answer's time at least 60 %: heuristic; thinking time before the first word counts
  against it, as a listener would notice it.
``speech_reminders`` turns these into the behaviour tool's speech reminders (``tools/behavior/taxonomy.py``), ramped
like its rules (``labeller.ramp``) and ranked by its weights.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, Field

from tools.behavior.labeller import WEIGHTS, ramp
from tools.behavior.taxonomy import INDEX, REMINDERS
from tools.behavior.voice import LONG_PAUSE_S
from tools.speech.schema import Word

# The name a filler sound is counted under -> its spellings, each letter held as long as the speaker held it ("ummm",
# "uhhhmmm", "ahhh", "errr", "hmmm", "mm").
SOUND_FILLERS = {"um": re.compile(r"u+h*m+"), "uh": re.compile(r"u+h+"), "er": re.compile(r"e+r+m*"),
                 "ah": re.compile(r"a+h+"), "hmm": re.compile(r"h+m+|m{2,}")}
COMMA_FILLERS = ("like", "you know", "i mean")  # fillers only when followed by a comma
ZH_FILLERS = ("嗯", "呃", "额", "那个", "就是说")
SPEAKING_GAP_S = 0.3  # a shorter gap between words is part of speaking, not a pause
CJK = re.compile(r"[\u3400-\u9fff]")
RANGES = {  # metric -> (low, high) of the comfortable range
    "wpm": (100.0, 165.0),
    "cpm": (180.0, 280.0),
    "fillers_per_100": (0.0, 3.0),
    "long_pauses_per_min": (0.0, 2.0),
    "speaking_share": (0.6, 1.0),
}
SPEECH_REMINDERS = ("too_fast", "too_quiet", "long_pauses", "fillers", "silence", "good_pace")


class Assessment(BaseModel):
    metric: str
    value: float
    low: float
    high: float
    position: Literal["below", "within", "above"]


class Pause(BaseModel):
    start: float
    seconds: float


class DeliveryMetrics(BaseModel):
    """One answer's delivery; ``assessments`` place each metric against its comfortable range."""

    seconds: float = Field(description="Length of the answer's audio.")
    speaking_s: float = Field(description="Time inside words or gaps shorter than 0.3 s.")
    speaking_share: float
    words: int = Field(description="Words (Chinese: characters), fillers included.")
    rate: float = Field(description="Words (Chinese: characters) per minute from the first word to the last.")
    rate_unit: Literal["wpm", "cpm"]
    fillers: int
    filler_words: dict[str, int]
    fillers_per_100: float
    long_pauses: list[Pause]
    longest_pause_s: float
    long_pauses_per_min: float
    level_dbfs: float | None = Field(default=None, description="Loud end of the voice; None if not measured.")
    assessments: list[Assessment]


class SpeechReminder(BaseModel):
    key: str
    strength: float = Field(ge=0, le=1)
    en: str
    zh: str


def _bare(text: str) -> str:
    return re.sub(r"[^\w']+", "", text.lower())


def count_fillers(words: Sequence[Word], language: str = "en") -> Counter[str]:
    return fillers_in([w.text for w in words], language)


def sound_filler(word: str) -> str | None:
    """The name a filler sound is counted under ("Ummm" and "Uhhhmmm" -> "um"), None for a word."""
    bare = _bare(word)
    return next((name for name, spelled in SOUND_FILLERS.items() if spelled.fullmatch(bare)), None)


def fillers_in(tokens: Sequence[str], language: str = "en") -> Counter[str]:
    """The filler words among a transcript's tokens (words with their punctuation, as spoken or as ``text.split()``
    gives them), counted under their names: "Ummm" and "uhh" are "um" and "uh"."""
    if language == "zh":
        text = "".join(tokens)
        return Counter({f: text.count(f) for f in ZH_FILLERS if f in text})
    found: Counter[str] = Counter()
    raw = [t.lower() for t in tokens]
    bare = [_bare(t) for t in raw]
    for i, b in enumerate(bare):
        if sound := sound_filler(b):
            found[sound] += 1
        for phrase in COMMA_FILLERS:
            parts = phrase.split()
            j = i + len(parts)
            if bare[i:j] == parts and raw[j - 1].endswith(","):
                found[phrase] += 1
    return found


def _position(value: float, low: float, high: float) -> Literal["below", "within", "above"]:
    return "below" if value < low else "above" if value > high else "within"


def measure_delivery(words: Sequence[Word], seconds: float, *, language: str = "en",
                     level_dbfs: float | None = None) -> DeliveryMetrics:
    """Metrics of an answer from its timed words and the audio length (both from the transcript)."""
    if not words:
        raise ValueError("no words: delivery needs a transcript with word timestamps")
    if seconds <= 0:
        raise ValueError(f"the answer's length must be positive, got {seconds}")
    ordered = sorted(words, key=lambda w: w.start)
    n = sum(len(CJK.findall(w.text)) for w in ordered) if language == "zh" else len(ordered)
    span = max(ordered[-1].end - ordered[0].start, 0.1)
    gaps = [(a.end, b.start - a.end) for a, b in zip(ordered, ordered[1:], strict=False)]
    speaking = span - sum(g for _, g in gaps if g >= SPEAKING_GAP_S)
    long_pauses = [Pause(start=round(t, 2), seconds=round(g, 2)) for t, g in gaps if g >= LONG_PAUSE_S]
    fillers = count_fillers(ordered, language)
    minutes = max(seconds, span) / 60
    unit: Literal["wpm", "cpm"] = "cpm" if language == "zh" else "wpm"
    values = {
        unit: n / (span / 60),
        "fillers_per_100": 100 * sum(fillers.values()) / max(n, 1),
        "long_pauses_per_min": len(long_pauses) / minutes,
        "speaking_share": min(speaking / seconds, 1.0),
    }
    return DeliveryMetrics(
        seconds=round(seconds, 2), speaking_s=round(speaking, 2), speaking_share=round(values["speaking_share"], 3),
        words=n, rate=round(values[unit], 1), rate_unit=unit, fillers=sum(fillers.values()),
        filler_words=dict(fillers), fillers_per_100=round(values["fillers_per_100"], 2), long_pauses=long_pauses,
        longest_pause_s=max((p.seconds for p in long_pauses), default=0.0),
        long_pauses_per_min=round(values["long_pauses_per_min"], 2), level_dbfs=level_dbfs,
        assessments=_assess(values))


def _assess(values: dict[str, float]) -> list[Assessment]:
    return [Assessment(metric=k, value=round(v, 2), low=RANGES[k][0], high=RANGES[k][1],
                       position=_position(v, *RANGES[k])) for k, v in values.items()]


def combine_delivery(answers: Sequence[DeliveryMetrics]) -> DeliveryMetrics:
    """The interview's delivery over its spoken answers, pooled (not averaged): rates from the summed words and
    speaking spans, shares from the summed times; pauses keep their start within their own answer."""
    if not answers:
        raise ValueError("no spoken answers to combine")
    unit = answers[0].rate_unit
    if any(m.rate_unit != unit for m in answers):
        raise ValueError("cannot pool words per minute with characters per minute")
    words = sum(m.words for m in answers)
    span_min = sum(m.words / m.rate for m in answers if m.rate > 0)  # each answer's first-to-last-word minutes
    seconds = sum(m.seconds for m in answers)
    speaking = sum(m.speaking_s for m in answers)
    minutes = sum(max(m.seconds, m.words / m.rate * 60 if m.rate > 0 else 0.0) for m in answers) / 60
    fillers: Counter[str] = Counter()
    for m in answers:
        fillers.update(m.filler_words)
    pauses = [p for m in answers for p in m.long_pauses]
    levels = [m.level_dbfs for m in answers if m.level_dbfs is not None]
    values = {
        unit: words / span_min if span_min > 0 else 0.0,
        "fillers_per_100": 100 * sum(fillers.values()) / max(words, 1),
        "long_pauses_per_min": len(pauses) / minutes if minutes > 0 else 0.0,
        "speaking_share": min(speaking / seconds, 1.0) if seconds > 0 else 0.0,
    }
    return DeliveryMetrics(
        seconds=round(seconds, 2), speaking_s=round(speaking, 2), speaking_share=round(values["speaking_share"], 3),
        words=words, rate=round(values[unit], 1), rate_unit=unit, fillers=sum(fillers.values()),
        filler_words=dict(fillers), fillers_per_100=round(values["fillers_per_100"], 2), long_pauses=pauses,
        longest_pause_s=max((p.seconds for p in pauses), default=0.0),
        long_pauses_per_min=round(values["long_pauses_per_min"], 2),
        level_dbfs=round(float(sorted(levels)[len(levels) // 2]), 1) if levels else None, assessments=_assess(values))


def reminder_strengths(m: DeliveryMetrics) -> dict[str, float]:
    """The behaviour tool's speech reminders, each a strength in [0, 1] ramped from the metrics (pure)."""
    fast_lo, fast_hi = (300.0, 350.0) if m.rate_unit == "cpm" else (175.0, 200.0)
    low, high = RANGES[m.rate_unit]
    pauses = max(ramp(m.long_pauses_per_min, 2.0, 4.0), ramp(m.longest_pause_s, 3.0, 6.0))
    fillers = ramp(m.fillers_per_100, 3.0, 8.0)
    in_range = min(ramp(m.rate, low - 15, low), ramp(m.rate, high + 15, high))
    quiet = ramp(-m.level_dbfs, 30.0, 40.0) if m.level_dbfs is not None else 0.0
    silence = ramp(m.speaking_share, 0.25, 0.1)
    return {
        "too_fast": ramp(m.rate, fast_lo, fast_hi),
        "too_quiet": quiet,
        "long_pauses": pauses,
        "fillers": fillers,
        "silence": silence,
        "good_pace": in_range * (1 - pauses) * (1 - fillers) * (1 - quiet) * (1 - silence),
    }


def speech_reminders(m: DeliveryMetrics, *, min_strength: float = 0.1) -> list[SpeechReminder]:
    """The raised speech reminders, most important first (the behaviour tool's weights), with their messages."""
    strengths = reminder_strengths(m)
    raised = sorted((k for k, v in strengths.items() if v >= min_strength), key=lambda k: -strengths[k] * WEIGHTS[k])
    return [SpeechReminder(key=k, strength=round(strengths[k], 3), en=REMINDERS[INDEX[k]].en, zh=REMINDERS[INDEX[k]].zh)
            for k in raised]
