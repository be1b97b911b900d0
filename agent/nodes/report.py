"""Report: aggregate the scored turns into the final result. Deterministic: no model call, nothing invented."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from agent.assess import asks_for_another_story
from agent.combined import combine_report
from agent.feedback import credit_in
from agent.state import InterviewState, Language, Report, TopicResult, Turn, label_for
from tools.speech.delivery import combine_delivery

# What to practise for each gap the assessment names (agent/assess.py), in a few words, in the interview's language.
PRACTICE: dict[Language, dict[str, str]] = {
    "en": {
        "attempt": "having one real example ready for every topic and theme, even a small one",
        "relevance": "answering the question that was asked before anything else",
        "substance": "answering with one concrete example: your part in it and how it ended",
        "own_actions": "saying what you yourself did, in the first person",
        "result": "ending a story with its result, with a figure where there is one",
    },
    "zh": {
        "attempt": "为每个话题和主题准备一个真实的例子，哪怕很小",
        "relevance": "先回答被问到的问题，再说别的",
        "substance": "用一个具体的例子回答：你自己做了什么，结果如何",
        "own_actions": "用第一人称说清你自己做了什么",
        "result": "讲完一件事的结果，能用数字就用数字",
    },
}
STRONG_SCORE = 70.0  # "good" and above: a strength
WEAK_SCORE = 60.0  # below the follow-up line (agent/assess.py FOLLOW_UP_SCORE): an improvement


# A strong answer to "Is there a related experience you can tell me about instead?" tells a story from elsewhere in the
# resume: credited under the topic alone it read "Bike-share rebalancing (open source): ... names Ribera Telecom" (a
# browser interview, 2026-12-06).
_RELATED: dict[Language, str] = {"en": "{topic}, a related experience", "zh": "{topic}（相关经历）"}


def _credit(turn: Turn, language: Language) -> str:
    """What a strong answer did well: the 'Good:' sentence of its feedback where it has one, else the feedback's first
    sentence (feedback against a reference opens with what the answer covers, then says what it misses)."""
    assert turn.score is not None
    good = credit_in(turn.score.feedback)
    first = re.match(r"(.+?[.!?])(?=\s|$)", turn.score.feedback.strip())
    credit = good or (first.group(1) if first else turn.score.feedback)
    related = asks_for_another_story(turn.question.text)
    return f"{_RELATED[language].format(topic=turn.topic.name) if related else turn.topic.name}: {credit}"


# How an improvement is worded: an answer's gap, the practice phrase, and the skill to practise next.
_WORDING: dict[Language, tuple[str, str, str]] = {
    "en": ("{topic}, question {n} ({score:.0f}/100): {said}", "practise {skill}",
           "Practise next: {skill} (missing in {count} of {total} answers)."),
    "zh": ("{topic}，第 {n} 题（{score:.0f}/100）：{said}", "练习{skill}",
           "下一步练习：{skill}（{total} 个回答中有 {count} 个缺少这一点）。"),
}


def _gap(turn: Turn, language: Language) -> str:
    """What a weak answer lacked: its assessment's first gap as a skill, else its feedback."""
    assert turn.score is not None
    first = _first_gap(turn)
    gap, practise, _ = _WORDING[language]
    said = practise.format(skill=PRACTICE[language][first]) if first else turn.score.feedback
    # the answer's own number and score: the topic's score ("By topic") averages all its answers
    return gap.format(topic=turn.topic.name, n=turn.index + 1, score=turn.score.score, said=said)


def _score(turn: Turn) -> float:
    return turn.score.score if turn.score else 0.0


def _first_gap(turn: Turn) -> str | None:
    """The first thing the answer's assessment found missing, if any."""
    missing = turn.score.assessment.missing if turn.score and turn.score.assessment else []
    return missing[0] if missing else None


def _one_per_topic(turns: Iterable[Turn]) -> list[Turn]:
    """The first turn of each topic, in the given order."""
    first: dict[str, Turn] = {}
    for t in turns:
        first.setdefault(t.topic.name, t)
    return list(first.values())


def strengths_and_improvements(scored: list[Turn], language: Language = "en") -> tuple[list[str], list[str]]:
    """Strengths from the best-scored answers (at least "good"), what each did well; improvements from the
    worst-scored ones (below the follow-up line), what each lacked; then the skill to practise next, the gap that
    recurs most across all answers, unless it is one answer's gap that an improvement above already names. The
    improvements are worded in the interview's language."""
    ranked = sorted(scored, key=_score)
    best = _one_per_topic(reversed(ranked))  # a topic's follow-ups are not three more strengths or weaknesses
    strengths = [_credit(t, language) for t in best if t.score and t.score.score >= STRONG_SCORE][:3]
    weak = [t for t in ranked if t.score and t.score.score < WEAK_SCORE]
    chosen = _one_per_topic(weak)[:2]
    # a topic's other weak answers where they lacked something else: an answer about something else, followed up on
    # a vague one and before "I don't know" on the same project, was in no line of the report (a terminal interview)
    named = {_first_gap(t) for t in chosen}
    for t in weak:
        if len(chosen) < 2 and t not in chosen and _first_gap(t) not in named:
            chosen.append(t)
            named.add(_first_gap(t))
    improvements = [_gap(t, language) for t in sorted(chosen, key=_score)]
    gaps = Counter(m for t in scored if t.score and t.score.assessment for m in t.score.assessment.missing)
    if gaps:
        skill, count = gaps.most_common(1)[0]
        if count > 1 or not any(PRACTICE[language][skill] in line for line in improvements):  # else said just above
            improvements.append(_WORDING[language][2].format(skill=PRACTICE[language][skill], count=count,
                                                              total=len(scored)))
    return strengths, improvements


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
    strengths, improvements = strengths_and_improvements(scored, state.get("language", "en"))
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
