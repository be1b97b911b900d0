"""Interview types, chosen at the start and kept with the session: what the plan covers, how long it runs, and how
hard the follow-ups push.

- technical: the resume's skills, projects and jobs (bank questions with reference answers open skill topics).
- behavioural: STAR themes only (teamwork, conflict, failure, leading, deadlines); answers are graded with the STAR
  rubric the assessment applies to "Tell me about a time" questions.
- mixed: both, a behavioural theme after every two resume topics (the plan ``build_topic_queue`` makes).
- pressure: the mixed plan, with less time to answer and follow-ups that challenge the answer with a counter-question.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agent.nodes.plan_topics import BEHAVIORAL
from agent.state import InterviewType, Language, Topic


class TypeSpec(BaseModel):
    label: str
    questions: int = Field(description="The default length: questions asked, follow-ups included.")
    answer_seconds: int = Field(description="The time an answer should take, shown with each question.")
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
    "pressure": TypeSpec(label="Pressure", questions=6, answer_seconds=60,
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
