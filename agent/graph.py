"""Build the interview graph. Every dependency is injected: tests pass scripted fakes, the app the real ones."""

from __future__ import annotations

from functools import partial
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph

from agent.nodes.analyze_behavior import BehaviorAnalyzer, analyze_behavior
from agent.nodes.ask import ask
from agent.nodes.await_answer import await_answer, route_after_answer
from agent.nodes.decide import decide, route_after_decide
from agent.nodes.plan_topics import plan_topics
from agent.nodes.report import report
from agent.nodes.score import score
from agent.roles import Roles
from agent.state import InterviewState
from tools.question_bank import QuestionBank


def build_graph(
    *,
    roles: Roles,
    checkpointer: BaseCheckpointSaver[Any] | None,
    max_topics: int,
    max_follow_ups: int,
    behavior: BehaviorAnalyzer | None = None,
    bank: QuestionBank | None = None,
) -> Any:
    """plan_topics -> decide -> ask -> await_answer (-> await_answer after an aside) -> score -> analyze_behavior ->
    decide ... -> report."""
    graph = StateGraph(InterviewState)
    graph.add_node("plan_topics", partial(plan_topics, max_topics=max_topics))
    graph.add_node("decide", partial(decide, roles=roles, max_follow_ups=max_follow_ups))
    graph.add_node("ask", partial(ask, roles=roles, bank=bank))
    graph.add_node("await_answer", await_answer)
    graph.add_node("score", partial(score, roles=roles))
    graph.add_node("analyze_behavior", partial(analyze_behavior, analyzer=behavior))
    graph.add_node("report", report)
    graph.add_edge(START, "plan_topics")
    graph.add_edge("plan_topics", "decide")
    graph.add_conditional_edges("decide", route_after_decide)
    graph.add_edge("ask", "await_answer")
    graph.add_conditional_edges("await_answer", route_after_answer)
    graph.add_edge("score", "analyze_behavior")
    graph.add_edge("analyze_behavior", "decide")
    graph.add_edge("report", END)
    return graph.compile(checkpointer=checkpointer)
