"""Analyze behaviour: the behaviour tool over the feature windows recorded while the candidate answered.

Until the behaviour-analysis tool is installed (``analyzer=None``) this node is a pass-through: it clears the
windows and leaves the turn without behaviour scores.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from agent.state import InterviewState


class BehaviorAnalyzer(Protocol):
    def analyze(self, windows: Sequence[Mapping[str, Any]]) -> dict[str, float]:
        """Five scores 0-100 (language, composure, body_language, focus, overall) over the answer's windows."""
        ...


def analyze_behavior(state: InterviewState, *, analyzer: BehaviorAnalyzer | None) -> InterviewState:
    windows = state.get("behavior_windows") or []
    if analyzer is None or not windows:
        return {"behavior_windows": []}
    turns = state["turns"]
    scores = analyzer.analyze(windows)
    return {"turns": [*turns[:-1], turns[-1].model_copy(update={"behavior": scores})], "behavior_windows": []}
