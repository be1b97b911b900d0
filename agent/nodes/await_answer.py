"""Await the candidate's answer: the graph pauses here (``interrupt``), is checkpointed, and resumes with it.

The resume value is an :class:`AnswerReply` dict. Everything after ``interrupt()`` runs only once the answer
is there, and its result is checkpointed before scoring starts, so a crash while scoring loses no answer. A reply
that is an aside (agent/asides.py: a request to clarify the question, a question about the job or about what the
example may be, a request for a moment, an answer in the other language) is answered and the same question waits
again, unscored and uncounted, at most MAX_ASIDES times; the answer's turn keeps them.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from langgraph.types import interrupt

from agent.asides import MAX_ASIDES, aside_kind, reply_to
from agent.interview_types import over_time
from agent.state import Aside, InterviewState, Turn
from tools.speech.delivery import DeliveryMetrics


class AnswerReply(TypedDict, total=False):
    answer: str
    end: bool
    behavior_windows: list[dict[str, Any]]
    delivery: DeliveryMetrics | None
    seconds: float | None  # how long the answer took, as the page or the terminal measured it


def await_answer(state: InterviewState) -> InterviewState:
    question = state["pending_question"]
    topic = state["current_topic"]
    assert question is not None and topic is not None
    turns = state.get("turns", [])
    reply: AnswerReply = interrupt({
        "question": question.text,
        "topic": topic.name,
        "number": state.get("asked", 0) + 1,
        "total": state["max_questions"],
        "time_limit": state.get("time_limit"),
    })
    if reply.get("end"):
        return {"ended_early": True, "pending_question": None}
    decision = state.get("decision")
    follow_up = decision is not None and decision.action == "FOLLOW_UP"
    asides = state.get("asides") or []
    windows = [*(state.get("behavior_windows") or []), *reply.get("behavior_windows", [])]  # the camera's, since asked
    language = state.get("language", "en")
    if len(asides) < MAX_ASIDES and (kind := aside_kind(reply["answer"], language)) is not None:
        said = reply["answer"]
        aside = Aside(kind=kind, said=said, reply=reply_to(
            kind, said, question=question.text, topic=topic, follow_up=follow_up, language=language,
            knowledge=topic.kind == "skill" and question.source == "bank"))
        return {"asides": [*asides, aside], "behavior_windows": windows}
    turn = Turn(
        index=len(turns),
        topic=topic,
        follow_up=follow_up,
        question=question,
        decision=decision,
        answer=reply["answer"],
        asides=asides,
        delivery=reply.get("delivery"),
        seconds=reply.get("seconds"),
        time_limit=state.get("time_limit"),
        over_time=over_time(reply.get("seconds"), state.get("time_limit")),
    )
    return {
        "turns": [*turns, turn],
        "asked": state.get("asked", 0) + 1,
        "pending_question": None,
        "asides": [],
        "behavior_windows": windows,
    }


def route_after_answer(state: InterviewState) -> Literal["await_answer", "score", "report"]:
    """The report when the candidate ended; the same question again after an aside; else the answer's score."""
    if state.get("ended_early"):
        return "report"
    return "await_answer" if state.get("pending_question") is not None else "score"
