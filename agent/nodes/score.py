"""Score the last answer with the Scorer role."""

from __future__ import annotations

from agent.roles import Roles, ScoreInput
from agent.state import InterviewState


def score(state: InterviewState, *, roles: Roles) -> InterviewState:
    turns = state["turns"]
    last = turns[-1]
    result = roles.score(ScoreInput(
        question=last.question.text, answer=last.answer, reference=last.question.reference, topic=last.topic.name,
        language=state.get("language", "en"),
    ))
    return {"turns": [*turns[:-1], last.model_copy(update={"score": result})]}
