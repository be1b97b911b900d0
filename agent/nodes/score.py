"""Score the last answer with the Scorer role."""

from __future__ import annotations

from agent.roles import Roles, ScoreInput
from agent.state import InterviewState, Language, Turn


def score_input(turn: Turn, language: Language) -> ScoreInput:
    """What the Scorer sees of a turn; the eval's replay and contrast protocol build it here too, so a change to
    this node reaches the eval."""
    return ScoreInput(question=turn.question.text, answer=turn.answer, reference=turn.question.reference,
                      topic=turn.topic.name, language=language)


def score(state: InterviewState, *, roles: Roles) -> InterviewState:
    turns = state["turns"]
    last = turns[-1]
    result = roles.score(score_input(last, state.get("language", "en")))
    return {"turns": [*turns[:-1], last.model_copy(update={"score": result})]}
