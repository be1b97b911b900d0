"""Score the last answer with the Scorer role."""

from __future__ import annotations

from agent.roles import Roles, ScoreInput
from agent.state import InterviewState, Language, Turn


def score_input(turn: Turn, language: Language, opening: str | None = None) -> ScoreInput:
    """What the Scorer sees of a turn (``opening``: for a follow-up, the question that opened its topic); the eval's
    replay and contrast protocol build it here too, so a change to this node reaches the eval."""
    return ScoreInput(question=turn.question.text, answer=turn.answer, reference=turn.question.reference,
                      topic=turn.topic.name, language=language, opening=opening)


def opening_question(turns: list[Turn]) -> str | None:
    """For a follow-up (the last turn), the question of the first turn on its topic; None for a first question."""
    last = turns[-1]
    on_topic = [t for t in turns if t.topic == last.topic]
    return on_topic[0].question.text if last.follow_up and len(on_topic) > 1 else None


def score(state: InterviewState, *, roles: Roles) -> InterviewState:
    turns = state["turns"]
    last = turns[-1]
    result = roles.score(score_input(last, state.get("language", "en"), opening_question(turns)))
    return {"turns": [*turns[:-1], last.model_copy(update={"score": result})]}
