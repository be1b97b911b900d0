"""Ask: the Question role writes the next question for the current topic, following the decision's guidance."""

from __future__ import annotations

from agent.roles import QuestionInput, Roles
from agent.state import InterviewState


def _resume_summary(state: InterviewState) -> str:
    resume = state.get("resume")
    if resume is None:
        return ""
    parts = [f"Skills: {', '.join(resume.all_skills()[:20])}"] if resume.all_skills() else []
    parts += [f"Project: {p.name} - {p.description[:150]}" for p in resume.projects[:3]]
    parts += [f"Experience: {e.title}, {e.organization}" for e in resume.experience[:3]]
    return "\n".join(parts)


def ask(state: InterviewState, *, roles: Roles) -> InterviewState:
    topic = state["current_topic"]
    assert topic is not None, "route_after_decide only routes here with a topic"
    turns = state.get("turns", [])
    decision = state.get("decision")
    follow_up = decision is not None and decision.action == "FOLLOW_UP" and bool(turns)
    last = turns[-1] if follow_up else None
    question = roles.ask(QuestionInput(
        topic=topic,
        follow_up=follow_up,
        guidance=decision.guidance if decision is not None else "",
        last_question=last.question.text if last else None,
        last_answer=last.answer if last else None,
        asked=[t.question.text for t in turns],
        resume_summary=_resume_summary(state),
        target_role=state.get("target_role", ""),
        language=state.get("language", "en"),
    ))
    return {"pending_question": question}
