"""The interview's typed state and the validated output model of every role.

Role outputs are pydantic models with validators: whatever a model produced is parsed into one of these or
rejected, so raw model text never reaches a user. ``source`` records how the value came about (first try, a
retry, or a rule-based repair) so that valid rates can be measured honestly.
"""

from __future__ import annotations

import re
from typing import Any, Literal, TypedDict

from pydantic import BaseModel, Field, field_validator

from tools.question_bank import MAX_REFERENCE_CHARS
from tools.resume_parser import Resume
from tools.speech.delivery import DeliveryMetrics

Language = Literal["en", "zh"]
InterviewType = Literal["mixed", "technical", "behavioural", "pressure"]  # agent/interview_types.py
Action = Literal["FOLLOW_UP", "SWITCH"]
Source = Literal["model", "retry", "repair", "rule", "bank"]  # bank: a question taken from an open question bank
ScoreLabel = Literal["excellent", "good", "fair", "weak", "poor"]

PRACTICE_NOTICE = (
    "This is a practice tool. Its scores come from small language models and rules, are approximate, and must "
    "not be used to make hiring decisions."
)

_SPECIAL = re.compile(r"<\|[^|>]{0,40}\|>")


def _clean_model_text(text: str) -> str:
    if _SPECIAL.search(text):
        raise ValueError("contains chat-template tokens")
    text = " ".join(text.split())
    if not text:
        raise ValueError("is empty")
    return text


# What a topic's answers should show: named specifics (a skill, project or job of the resume), a STAR story (a
# behavioural theme), an explanation (a bank's knowledge question without a reference), what was learnt (a school of
# the resume), or whatever the question asks (a question from a gold file, whose topic kind is unknown).
Expects = Literal["specifics", "story", "knowledge", "studies", "any"]


class Topic(BaseModel):
    """One entry of the topic queue."""

    name: str = Field(min_length=1, max_length=120)
    kind: Literal["skill", "project", "experience", "education", "behavioral", "role"]
    detail: str = Field(default="", max_length=600, description="Resume facts the questions may build on.")
    priority: float = Field(default=0.0, description="Higher is asked earlier.")


JOB_AT = " at "  # a job's topic name: "Title at Organisation"


def job_topic_name(title: str, organization: str) -> str:
    """The topic name of a job of the resume: "Title at Organisation", or whichever of the two it has."""
    return f"{title}{JOB_AT}{organization}" if title and organization else title or organization


def school_name(name: str) -> str:
    """A school as a sentence names it: "the University of Salford", but "Edge Hill University"."""
    return f"the {name}" if re.match(r"(?:university|college|institute|school|academy|polytechnic) of\b", name,
                                     re.IGNORECASE) else name


def topic_subject(name: str) -> str:
    """What a topic is about, as an answer would name it: a job's organisation, else the whole name."""
    return name.rsplit(JOB_AT, 1)[-1].strip()


class Decision(BaseModel):
    """Decision role: stay on the topic with a follow-up, or switch to the next topic."""

    action: Action
    guidance: str = Field(max_length=300, description="What the next question should go after.")
    confidence: float = Field(ge=0.0, le=1.0, description="Model probability of the chosen action.")
    source: Source = "model"
    counter: bool = Field(default=False, description="A pressure interview's counter-question: it challenges a claim "
                          "of an answer good enough to move on from (agent/interview_types.py).")

    @field_validator("guidance")
    @classmethod
    def _guidance(cls, v: str) -> str:
        return _clean_model_text(v)


class Question(BaseModel):
    """Question role: one interview question and how much its answer should weigh (1-5)."""

    text: str = Field(min_length=8, max_length=400)
    importance: int = Field(ge=1, le=5)
    source: Source = "model"
    reference: str | None = Field(default=None, max_length=MAX_REFERENCE_CHARS, description="A bank question's "
                                  "reference answer: the answer is graded against it (agent/score_head.py) and it is "
                                  "shown afterwards.")
    bank: str | None = Field(default=None, description="Where a bank question comes from: its id and licence.")

    @field_validator("text")
    @classmethod
    def _text(cls, v: str) -> str:
        v = _clean_model_text(v)
        if not v.endswith(("?", "？")):
            raise ValueError("a question must end with a question mark")
        return v


Missing = Literal["attempt", "relevance", "substance", "own_actions", "result"]


class Assessment(BaseModel):
    """What the reference-free assessment (agent/assess.py) saw in an answer: the features its score combines, and
    what the answer lacks, in the order a follow-up should go after it."""

    relevance: float = Field(description="Cosine of the question's and the answer's sentence embeddings.")
    relevance_rank: float = Field(default=0.0, description="Share of other interview questions the answer is closer "
                                  "to than to this one (0: this question fits it best).")
    question_rank: float = Field(default=1.0, description="The same share against the questions asked alone (this "
                                 "one, or the one that opened its topic), without the topic's resume facts.")
    attempt: bool = Field(description="False for a non-answer: 'I don't know', 'I'd rather skip this one'.")
    words: int = Field(ge=0)
    own_actions: list[str] = Field(default_factory=list, description="First-person actions: 'I wrote', 'I led'.")
    specifics: list[str] = Field(default_factory=list, description="Named tools, organisations and figures.")
    behavioural: bool = Field(default=False, description="The question asks for a story ('Tell me about a time').")
    terms: list[str] | None = Field(default=None, description="For a knowledge question without a reference, the "
                                    "terms the explanation is made of ('coercion', 'undefined'); None for any other.")
    studies: bool = Field(default=False, description="The topic is a school of the resume: what was learnt there.")
    star: list[str] = Field(default_factory=list, description="STAR parts present: situation, action, result.")
    on_theme: bool = Field(default=False, description="It speaks to the behavioural theme asked about, in the "
                           "theme's own words ('we disagreed' for a conflict).")
    lm_grade: float | None = Field(default=None, description="The language model's expected rubric grade 0-5.")
    evidence: float | None = Field(default=None, description="How much more likely the question makes the answer than "
                                   "a question about nothing in particular, to the language model (nats); None where "
                                   "not measured (agent/assess.py, EVIDENCE_MIN).")
    fillers_per_100: float = Field(default=0.0, ge=0.0, description="Filler words ('um', ', like,') per 100 words.")
    filler_points: float = Field(default=0.0, ge=0.0, description="The points the fillers cost the score.")
    missing: list[Missing] = Field(default_factory=list)


class Score(BaseModel):
    """Scorer role: a 0-100 score, its band label and feedback specific to the answer."""

    score: float = Field(ge=0.0, le=100.0)
    label: ScoreLabel
    feedback: str = Field(min_length=10, max_length=800)
    flags: list[str] = Field(default_factory=list, description="e.g. 'instructions_to_grader', 'empty_answer'.")
    source: Source = "model"
    assessment: Assessment | None = Field(default=None, description="Reference-free assessment of the answer.")

    @field_validator("feedback")
    @classmethod
    def _feedback(cls, v: str) -> str:
        return _clean_model_text(v)


def label_for(score: float) -> ScoreLabel:
    """Score bands; the label is derived so that it can never contradict the number."""
    if score >= 85:
        return "excellent"
    if score >= 70:
        return "good"
    if score >= 50:
        return "fair"
    if score >= 30:
        return "weak"
    return "poor"


class Aside(BaseModel):
    """What the candidate said to the interviewer instead of an answer, and the reply (agent/asides.py): not scored,
    not counted as a question."""

    kind: Literal["clarify", "question", "moment", "permission", "language"]
    said: str
    reply: str


class Turn(BaseModel):
    """One question and its answer, with everything the roles and tools said about it."""

    index: int = Field(ge=0)
    topic: Topic
    follow_up: bool
    question: Question
    answer: str
    asides: list[Aside] = Field(default_factory=list, description="What the candidate said instead of an answer "
                                "before this one, and the replies (agent/asides.py).")
    decision: Decision | None = Field(default=None, description="The decision that led to this question.")
    score: Score | None = None
    behavior: dict[str, float] | None = None
    delivery: DeliveryMetrics | None = Field(default=None, description="Pace, fillers, pauses of a spoken answer.")
    seconds: float | None = Field(default=None, ge=0.0, description="How long the answer took, from the question "
                                  "shown to the answer sent; None where the page or terminal did not measure it.")
    time_limit: int | None = Field(default=None, description="Seconds it had, in a timed (pressure) interview.")
    over_time: bool = Field(default=False, description="Sent after its time limit (agent/interview_types.py).")


class TopicResult(BaseModel):
    topic: str
    questions: int
    mean_score: float


Part = Literal["text", "delivery", "behavior"]


class CombinedPart(BaseModel):
    """One part of the combined score (agent/combined.py): its 0-100 score, or None when it was not measured."""

    part: Part
    score: float | None = Field(ge=0.0, le=100.0)
    weight: float = Field(description="The documented weight, before renormalising over the measured parts.")
    effective_weight: float = Field(description="The weight it had in this score: 0 when not measured.")
    contribution: float = Field(description="Points of the combined score it gave: effective weight x score.")


class CombinedScore(BaseModel):
    """Text quality, delivery and behaviour combined into one 0-100 score, with what each part contributed."""

    score: float = Field(ge=0.0, le=100.0)
    label: ScoreLabel
    parts: list[CombinedPart]
    spoken: int = Field(default=0, description="Answers whose delivery was measured (spoken ones).")
    answered: int = Field(default=0, description="Scored answers.")
    behavior_live: bool = Field(default=False, description="The behaviour part is the browser's live estimates.")

    @property
    def missing(self) -> list[Part]:
        return [p.part for p in self.parts if p.score is None]


class Report(BaseModel):
    """The final result: deterministic aggregation of the scored turns (no model call, nothing invented)."""

    overall: float | None = Field(description="Importance-weighted mean answer score, None when nothing answered.")
    label: ScoreLabel | None
    answered: int
    per_topic: list[TopicResult]
    strengths: list[str]
    improvements: list[str]
    behavior: dict[str, float] | None = None
    delivery: DeliveryMetrics | None = Field(default=None, description="Pooled over the spoken answers.")
    turns: list[Turn]
    sources: dict[str, int] = Field(
        default_factory=dict, description="How the role outputs came about: model, retry, repair, rule."
    )
    ended_early: bool = False
    interview_type: InterviewType = "mixed"
    combined: CombinedScore | None = Field(default=None, description="Text, delivery and behaviour in one score.")
    notice: str = PRACTICE_NOTICE


class InterviewState(TypedDict, total=False):
    """LangGraph state. Every field is replaced whole by the node that returns it."""

    candidate: str
    target_role: str
    language: Language
    interview_type: InterviewType
    time_limit: int | None  # seconds per answer, counted down; None: not timed
    max_questions: int
    resume: Resume | None
    topics: list[Topic]
    current_topic: Topic | None
    depth: int
    decision: Decision | None
    pending_question: Question | None
    asides: list[Aside]  # the pending question's, until its answer comes
    turns: list[Turn]
    asked: int
    ended_early: bool
    behavior_windows: list[dict[str, Any]]
    report: Report | None
