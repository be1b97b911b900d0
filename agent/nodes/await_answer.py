"""Await the candidate's answer: the graph pauses here (``interrupt``), is checkpointed, and resumes with it.

The resume value is an :class:`AnswerReply` dict. Everything after ``interrupt()`` runs only once the answer
is there, and its result is checkpointed before scoring starts, so a crash while scoring loses no answer.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from langgraph.types import interrupt

from agent.interview_types import over_time
from agent.state import InterviewState, Turn
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
    turn = Turn(
        index=len(turns),
        topic=topic,
        follow_up=decision is not None and decision.action == "FOLLOW_UP",
        question=question,
        decision=decision,
        answer=reply["answer"],
        delivery=reply.get("delivery"),
        seconds=reply.get("seconds"),
        time_limit=state.get("time_limit"),
        over_time=over_time(reply.get("seconds"), state.get("time_limit")),
    )
    return {
        "turns": [*turns, turn],
        "asked": state.get("asked", 0) + 1,
        "pending_question": None,
        "behavior_windows": reply.get("behavior_windows", []),
    }


def route_after_answer(state: InterviewState) -> Literal["score", "report"]:
    return "report" if state.get("ended_early") else "score"
