"""Report: aggregate the scored turns into the final result. Deterministic: no model call, nothing invented."""

from __future__ import annotations

from collections import Counter, defaultdict

from agent.combined import combine_report
from agent.state import InterviewState, Report, TopicResult, label_for
from tools.speech.delivery import combine_delivery


def report(state: InterviewState) -> InterviewState:
    scored = [t for t in state.get("turns", []) if t.score is not None]
    overall = None
    if scored:
        weights = [t.question.importance for t in scored]
        overall = round(sum(w * t.score.score for w, t in zip(weights, scored, strict=True) if t.score)
                        / sum(weights), 1)
    by_topic: dict[str, list[float]] = defaultdict(list)
    for t in scored:
        assert t.score is not None
        by_topic[t.topic.name].append(t.score.score)
    per_topic = [TopicResult(topic=k, questions=len(v), mean_score=round(sum(v) / len(v), 1))
                 for k, v in by_topic.items()]
    ranked = sorted(scored, key=lambda t: t.score.score if t.score else 0.0)
    strengths = [f"{t.topic.name}: {t.score.feedback}" for t in reversed(ranked) if t.score and t.score.score >= 70]
    improvements = [f"{t.topic.name}: {t.score.feedback}" for t in ranked if t.score and t.score.score < 60]
    behavior_turns = [t.behavior for t in scored if t.behavior]
    behavior = None
    if behavior_turns:
        keys = behavior_turns[0].keys()
        behavior = {k: round(sum(b[k] for b in behavior_turns) / len(behavior_turns), 1) for k in keys}
    spoken = [t.delivery for t in scored if t.delivery is not None]
    sources: Counter[str] = Counter()
    for t in state.get("turns", []):
        sources.update(o.source for o in (t.decision, t.question, t.score) if o is not None)
    result = Report(
        overall=overall,
        label=label_for(overall) if overall is not None else None,
        answered=len(scored),
        per_topic=per_topic,
        strengths=strengths[:3],
        improvements=improvements[:3],
        behavior=behavior,
        delivery=combine_delivery(spoken) if spoken else None,
        turns=state.get("turns", []),
        sources=dict(sources),
        ended_early=bool(state.get("ended_early")),
        interview_type=state.get("interview_type", "mixed"),
    )
    result.combined = combine_report(result)
    return {"report": result}
