"""Replay gold interviews through the agent's roles, turn by turn, as the interview graph would call them.

The roles get their inputs from the builders the graph's nodes use (``agent.nodes.score.score_input``,
``agent.nodes.decide.decision_input``), so a change to a node reaches the eval. At each turn the Scorer grades the
answer (with the reference answer when there is one); where the gold says
what the interviewer did next, the Decision role decides from the exchanges on the current topic so far, with
the Scorer's own scores in that history; where the interviewer followed up, the Question role writes the
follow-up. The replay is teacher-forced: the next turn is always the gold one, whatever the agent decided, so
each role is judged on the situations the humans actually faced.

As in the graph (``agent.nodes.decide.decide_on_topic``), a topic that has had ``max_depth`` follow-ups is
switched by rule without calling the Decision role; that counts as the agent's decision but not as a role
output (valid rate).
The Question role gets the Decision role's guidance when the agent also chose to follow up, and none
otherwise (its guidance for a switch is about the next topic). Every gold topic is a ``behavioral`` topic:
the gold carries no topic kinds, and the kind only colours the Decision and Question prompts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Literal

from agent.nodes.decide import decide_on_topic, decision_input
from agent.nodes.score import score_input
from agent.roles import QuestionInput, Roles
from agent.state import Question, Topic, Turn
from evals.gold import GoldInterview, GoldTurn

EvalRole = Literal["scorer", "decision", "question"]
EVAL_ROLES: tuple[EvalRole, ...] = ("scorer", "decision", "question")
DEFAULT_TOPIC = "general"

TurnKey = tuple[int, int]  # (interview index in the file, turn index in the interview)


@dataclass
class Predictions:
    """What one system (the agent, a baseline) said at each turn it was asked about."""

    scores: dict[TurnKey, float] = field(default_factory=dict)
    decisions: dict[TurnKey, str] = field(default_factory=dict)
    questions: dict[TurnKey, str] = field(default_factory=dict)
    feedback: dict[TurnKey, str] = field(default_factory=dict)  # the Scorer's, where it wrote any (--feedback)
    sources: list[tuple[int, str, str]] = field(default_factory=list)  # (interview, role, source)
    seconds: float = 0.0


def topic_name(topic: str | None) -> str:
    name = " ".join((topic or "").split())
    return name[:120] if name else DEFAULT_TOPIC


def gold_turn(index: int, topic: Topic, turn: GoldTurn) -> Turn:
    """A gold turn as the graph holds one, built without validation so the roles see the gold's text exactly (a
    gold question need not end with a question mark, a reference may be longer than a bank's)."""
    question = Question.model_construct(text=turn.question, importance=3, source="bank",
                                        reference=turn.reference_answer, bank=None)
    return Turn.model_construct(index=index, topic=topic, follow_up=False, question=question, answer=turn.answer,
                                decision=None, score=None, behavior=None, delivery=None)


def replay(
    interviews: list[GoldInterview],
    roles: Roles,
    *,
    which: Collection[EvalRole] = EVAL_ROLES,
    feedback: bool = False,
    max_depth: int = 2,
    progress: Callable[[str], None] | None = None,
) -> Predictions:
    """Run the selected roles over every turn that has gold for them (the Scorer over every turn)."""
    preds = Predictions()
    start = time.perf_counter()
    for i, interview in enumerate(interviews):
        began = time.perf_counter()
        asked: list[str] = []
        run: list[Turn] = []  # turns on the current topic, oldest first
        current: str | None = None
        for t, turn in enumerate(interview.turns):
            name = topic_name(turn.topic)
            if name != current:
                current, run = name, []
            asked.append(turn.question)
            topic = Topic(name=name, kind="behavioral")
            played = gold_turn(t, topic, turn)
            if "scorer" in which:
                opening = run[0].question.text if run else None  # a follow-up: the topic's first question
                result = roles.score(score_input(played, interview.language, opening, earlier=run),
                                     feedback=feedback)
                played = played.model_copy(update={"score": result})
                preds.scores[(i, t)] = result.score
                if feedback:
                    preds.feedback[(i, t)] = result.feedback
                preds.sources.append((i, "scorer", result.source))
            depth = len(run)  # follow-ups already asked on this topic
            run.append(played)
            guidance = ""
            if "decision" in which and turn.gold.decision is not None:
                decision = decide_on_topic(roles, decision_input(topic, list(run), depth=depth, max_depth=max_depth,
                                                                 language=interview.language))
                preds.decisions[(i, t)] = decision.action
                if decision.source != "rule":
                    preds.sources.append((i, "decision", decision.source))
                if decision.action == "FOLLOW_UP":
                    guidance = decision.guidance
            if "question" in which and turn.gold.decision == "FOLLOW_UP" and turn.gold.next_question:
                question = roles.ask(
                    QuestionInput(
                        topic=topic,
                        follow_up=True,
                        guidance=guidance,
                        last_question=turn.question,
                        last_answer=turn.answer,
                        asked=list(asked),
                        resume_summary=interview.resume_text or "",
                        target_role=interview.role or "",
                        language=interview.language,
                    )
                )
                preds.questions[(i, t)] = question.text
                preds.sources.append((i, "question", question.source))
        if progress:
            progress(
                f"[{i + 1}/{len(interviews)}] {interview.id}: {len(interview.turns)} turns in "
                f"{time.perf_counter() - began:.1f} s ({time.perf_counter() - start:.0f} s so far)"
            )
    preds.seconds = time.perf_counter() - start
    return preds
