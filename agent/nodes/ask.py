"""Ask: the next question for the current topic. A topic that an open question bank covers (a data-science or
front-end skill, a behavioural theme) opens with a bank question, with its reference answer where the bank has one;
the target role and a school open with the interviewer's own question (:data:`OWN_OPENING`); otherwise, and for
every follow-up, the Question role writes it from the resume and the decision's guidance."""

from __future__ import annotations

from typing import Any

from langgraph.config import get_stream_writer

from agent.interview_types import TYPES
from agent.nodes.plan_topics import untold
from agent.roles import QuestionInput, Roles, repair_question
from agent.state import InterviewState, Topic
from tools.question_bank import QuestionBank

# Topics that open with the interviewer's own question (agent/roles.py, _QUESTION_TEMPLATES), their follow-ups the
# model's. The target role: "Why are you interested in the X role, and what would you bring to it?", which is what its
# answer is judged by (agent/assess.py, draws_on); qwen-0.5b's were odd in every interview with a role ("What was the
# main focus of your role as a Product Manager?"). A school: "What from your studies at X do you use most in your work
# today?", what its answer is judged by ("studies"); qwen-0.5b asked "What did you do to prepare for your University
# of Westhollow?", "What is your degree in Aldermoor University?", "What was your degree in university college
# Dublin?" (`mockinterview bench questions --first-only` on non-engineers' resumes, 2026-12-06).
OWN_OPENING = frozenset({"role", "education"})


def _resume_summary(state: InterviewState) -> str:
    resume = state.get("resume")
    if resume is None:
        return ""
    parts = [f"Skills: {', '.join(resume.all_skills()[:20])}"] if resume.all_skills() else []
    parts += [f"Project: {p.name} - {p.description[:150]}" for p in resume.projects[:3]]
    parts += [f"Experience: {e.title}, {e.organization}" for e in resume.experience[:3]]
    return "\n".join(parts)


def question_input(state: InterviewState, topic: Topic, *, follow_up: bool, asked: list[str]) -> QuestionInput:
    """What the Question role sees for a question on ``topic`` (the node's, and the engine's when it prepares the
    next topic's question ahead of the answer: the same input gives the same prompt). A project or a job opens on the
    facts that no answer has told yet (:func:`untold`)."""
    decision = state.get("decision") if follow_up else None
    last = state.get("turns", [])[-1] if follow_up else None
    if not follow_up:
        topic = untold(topic, [t.answer for t in state.get("turns", [])])
    guidance = " ".join(filter(None, [decision.guidance if decision is not None else "",
                                      TYPES[state.get("interview_type", "mixed")].follow_up if follow_up else ""]))
    return QuestionInput(
        topic=topic,
        follow_up=follow_up,
        guidance=guidance,
        last_question=last.question.text if last else None,
        last_answer=last.answer if last else None,
        asked=asked,
        resume_summary=_resume_summary(state),
        target_role=state.get("target_role", ""),
        language=state.get("language", "en"),
    )


def _bank_pick(state: InterviewState, topic: Topic, asked: list[str], bank: QuestionBank | None) -> Any:
    resume = state.get("resume")
    if bank is None or state.get("language", "en") != "en":  # the banks are English
        return None
    return bank.pick(topic.kind, topic.name, asked=asked, key=resume.text if resume else "")


def next_topic_input(state: InterviewState, bank: QuestionBank | None) -> QuestionInput | None:
    """While the candidate answers: the input of the question that opens the next topic if the answer is followed
    by SWITCH, or None where that question would not be the Question role's (a bank's, no next topic, the end)."""
    topics, pending = state.get("topics") or [], state.get("pending_question")
    if not topics or pending is None or state.get("asked", 0) + 1 >= state["max_questions"]:
        return None
    asked = [*(t.question.text for t in state.get("turns", [])), pending.text]
    if topics[0].kind in OWN_OPENING or _bank_pick(state, topics[0], asked, bank) is not None:
        return None
    return question_input(state, topics[0], follow_up=False, asked=asked)


def ask(state: InterviewState, *, roles: Roles, bank: QuestionBank | None = None) -> InterviewState:
    """The question is streamed as it is written: a ``{"question_draft": text}`` event per token to the engine
    (stream mode "custom"), which passes it on to the chat or the terminal."""
    write = get_stream_writer()
    topic = state["current_topic"]
    assert topic is not None, "route_after_decide only routes here with a topic"
    turns = state.get("turns", [])
    decision = state.get("decision")
    follow_up = decision is not None and decision.action == "FOLLOW_UP" and bool(turns)
    asked = [t.question.text for t in turns]
    picked = None if follow_up else _bank_pick(state, topic, asked, bank)
    # A rule's follow-up (agent/assess.py via Roles.decide) is already the question that names what the answer lacks.
    named = decision.guidance if follow_up and decision is not None and decision.source == "rule" and \
        decision.guidance.endswith(("?", "？")) else None
    inp = question_input(state, topic, follow_up=follow_up, asked=asked)
    if topic.kind in OWN_OPENING and not follow_up:
        named = repair_question(inp)
    question = roles.ask(inp, text=picked.question if picked else named,
                         on_text=lambda text: write({"question_draft": text}))
    if named is not None:
        question = question.model_copy(update={"source": "rule"})
    if picked is not None:
        question = question.model_copy(update={"reference": picked.reference,
                                               "bank": f"{picked.id} ({picked.license})"})
    return {"pending_question": question}
