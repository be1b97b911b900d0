"""Interview types, chosen at the start and kept with the session: what the plan covers, how long it runs, and how
hard the follow-ups push.

- technical: the resume's skills, projects and jobs (bank questions with reference answers open skill topics).
- behavioural: STAR themes only (teamwork, conflict, failure, leading, deadlines); answers are graded with the STAR
  rubric the assessment applies to "Tell me about a time" questions.
- mixed: both, a behavioural theme after every two resume topics (the plan ``build_topic_queue`` makes).
- pressure: the mixed plan, with less time to answer (counted down, and an answer past it marked over time) and
  follow-ups that challenge the answer with a counter-question.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agent.nodes.plan_topics import BEHAVIORAL
from agent.state import InterviewType, Language, Report, Topic, Turn


class TypeSpec(BaseModel):
    label: str
    questions: int = Field(description="The default length: questions asked, follow-ups included.")
    answer_seconds: int = Field(description="The time an answer should take, shown with each question.")
    timed: bool = Field(default=False, description="The time is a limit: counted down while the candidate answers, "
                        "and an answer sent after it is marked over time.")
    follow_up: str = Field(default="", description="Added to the guidance of every follow-up question.")
    about: str


TYPES: dict[InterviewType, TypeSpec] = {
    "mixed": TypeSpec(label="Mixed", questions=5, answer_seconds=120,
                      about="Your resume's skills and projects, and behavioural questions between them."),
    "technical": TypeSpec(label="Technical", questions=6, answer_seconds=120,
                          about="Skills, projects and jobs from your resume; skill questions from open banks, with a "
                                "reference answer."),
    "behavioural": TypeSpec(label="Behavioural", questions=5, answer_seconds=120,
                            about="Situation, task, action, result: stories about teamwork, conflict, failure, "
                                  "leading and deadlines."),
    "pressure": TypeSpec(label="Pressure", questions=6, answer_seconds=60, timed=True,
                         follow_up="Challenge the answer: ask a counter-question that tests one of its claims or "
                                   "trade-offs.",
                         about="Less time per answer, and follow-ups that challenge what you said."),
}


def shape_plan(topics: list[Topic], kind: InterviewType, language: Language, limit: int) -> list[Topic]:
    """The planned topics for this type: technical drops the behavioural themes (keeping the plan when nothing else
    is left), behavioural is the STAR themes alone, mixed and pressure keep the plan."""
    if kind == "technical":
        topics = [t for t in topics if t.kind != "behavioral"] or topics
    elif kind == "behavioural":
        topics = [Topic(name=name, kind="behavioral", priority=1.0) for name in BEHAVIORAL[language]]
    return topics[:limit]


# The page's countdown starts when the question is shown, a moment after the server's clock: an answer sent as the
# countdown reaches zero is not over time.
GRACE_SECONDS = 1.0


def time_limit(kind: InterviewType, seconds: int | None = None) -> int | None:
    """Seconds per answer of a timed type (``seconds`` overrides the type's own: Settings.pressure_seconds); None for
    a type whose time is only a guide."""
    spec = TYPES[kind]
    return (seconds or spec.answer_seconds) if spec.timed else None


def over_time(seconds: float | None, limit: int | None) -> bool:
    return seconds is not None and limit is not None and seconds > limit + GRACE_SECONDS


def answer_time(turn: Turn, language: Language | str = "en") -> str | None:
    """How long a timed answer took against its limit: 'Answered in 42 s of 60 s.' or 'Over time: 75 s, the limit
    is 60 s.'; None where the interview is not timed or the time was not measured."""
    limit = turn.time_limit
    if limit is None or turn.seconds is None:
        return None
    if language == "zh":
        return f"超时：用时 {turn.seconds:.0f} 秒，限时 {limit} 秒。" if turn.over_time else \
            f"用时 {turn.seconds:.0f} 秒，限时 {limit} 秒。"
    return f"Over time: {turn.seconds:.0f} s, the limit is {limit} s." if turn.over_time else \
        f"Answered in {turn.seconds:.0f} s of {limit} s."


def timing_note(report: Report, language: Language | str = "en") -> str | None:
    """The report's line on time for a timed interview: how many answers went over the limit, and which."""
    timed = [t for t in report.turns if t.seconds is not None and t.time_limit is not None]
    if not timed:
        return None
    limit = timed[-1].time_limit
    over = [t for t in timed if t.over_time]
    mean = sum(t.seconds or 0.0 for t in timed) / len(timed)
    which = ", ".join(str(t.index + 1) for t in over)
    if language == "zh":
        head = f"{len(timed)} 个回答中有 {len(over)} 个超过 {limit} 秒的限时" + (f"（第 {which} 题）" if over else "")
        return f"{head}；平均用时 {mean:.0f} 秒。"
    plural = "s" if len(over) > 1 else ""
    head = (f"{len(over)} of {len(timed)} answers went over the {limit} s limit (question{plural} {which})" if over
            else f"All {len(timed)} answers were within the {limit} s limit")
    return f"{head}; they took {mean:.0f} s on average."

