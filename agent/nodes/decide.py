"""Decide: follow up on the current topic or switch to the next one (the Decision role), within the limits; in a
pressure interview a good answer is first challenged with a counter-question (agent/interview_types.py)."""

from __future__ import annotations

from typing import Literal

from agent.interview_types import counter_decision
from agent.roles import DecisionInput, Exchange, Roles
from agent.state import Decision, InterviewState, Language, Topic, Turn


def decision_input(topic: Topic, on_topic: list[Turn], *, depth: int, max_depth: int,
                   language: Language) -> DecisionInput:
    """What the Decision role sees: the exchanges on the topic so far, with their scores and assessments; the
    eval's replay and contrast protocol build it here too, so a change to this node reaches the eval."""
    history = [Exchange(question=t.question.text, answer=t.answer, score=t.score.score if t.score else None,
                        assessment=t.score.assessment if t.score else None) for t in on_topic]
    return DecisionInput(topic=topic, depth=depth, max_depth=max_depth, history=history, language=language)


def decide_on_topic(roles: Roles, inp: DecisionInput) -> Decision:
    """A topic that has had ``max_depth`` follow-ups is switched by rule, without asking the Decision role."""
    if inp.depth >= inp.max_depth:
        return Decision(action="SWITCH", guidance="Follow-up limit reached.", confidence=1.0, source="rule")
    return roles.decide(inp)


def decide(state: InterviewState, *, roles: Roles, max_follow_ups: int) -> InterviewState:
    turns = state.get("turns", [])
    topics = state.get("topics", [])
    topic = state.get("current_topic")
    language = state.get("language", "en")
    if state.get("ended_early") or state.get("asked", 0) >= state["max_questions"]:
        return {"current_topic": None, "decision": None}
    on_topic = [t for t in turns if topic is not None and t.topic == topic]
    if topic is None or not on_topic:
        decision = None  # the first question of the interview: nothing to decide yet
    else:
        depth = state.get("depth", 0)
        decision = decide_on_topic(roles, decision_input(topic, on_topic, depth=depth, max_depth=max_follow_ups,
                                                         language=language))
        decision = counter_decision(state.get("interview_type", "mixed"), on_topic, decision, depth=depth,
                                    max_depth=max_follow_ups, language=language) or decision
    if decision is not None and decision.action == "FOLLOW_UP":
        return {"decision": decision, "depth": state.get("depth", 0) + 1}
    if not topics:
        return {"current_topic": None, "decision": decision}
    return {"decision": decision, "current_topic": topics[0], "topics": topics[1:], "depth": 0}


def route_after_decide(state: InterviewState) -> Literal["ask", "report"]:
    return "ask" if state.get("current_topic") is not None else "report"
