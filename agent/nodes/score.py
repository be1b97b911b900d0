"""Score the last answer with the Scorer role."""

from __future__ import annotations

from collections.abc import Sequence

from agent.assess import (
    asks_for_an_explanation,
    asks_for_another_story,
    asks_for_the_rest_of_the_story,
    is_rule_follow_up,
    story_cues,
)
from agent.feedback import says_nothing_specific
from agent.nodes.plan_topics import BEHAVIORAL, topic_parts
from agent.roles import Roles, ScoreInput
from agent.state import Expects, InterviewState, Language, Question, Topic, Turn

OTHER_TOPICS = 16  # the interview's other topics an answer is compared with (agent/assess.py, relevance)
THEMES = frozenset(name for names in BEHAVIORAL.values() for name in names)


def score_input(turn: Turn, language: Language, opening: str | None = None,
                others: Sequence[Topic] = (), earlier: Sequence[Turn] = ()) -> ScoreInput:
    """What the Scorer sees of a turn (``opening``: for a follow-up, the question that opened its topic; ``others``:
    the interview's other topics, asked or planned: for a project or a job, the others it might be confused with;
    ``earlier``: for a follow-up, the scored turns before it on its topic, :func:`story_so_far`). The eval's replay
    and contrast protocol build it here too, so a change to this node reaches the eval."""
    # A project or a job: an answer may tell another one's story instead, to its opening question or to a follow-up
    # of the assessment's own ("Can you give me one specific example...?" on the Gotham Event Planner was answered
    # with a dashboard at Uber and scored 70: bruce_wayne_fullstack.pdf), unless the follow-up asked for exactly that
    # ("Is there a related experience you can tell me about instead?"). A model-written follow-up is not judged so.
    stories = ("project", "experience")
    asked_here = opening is None or (is_rule_follow_up(turn.question.text)
                                     and not asks_for_another_story(turn.question.text))
    elsewhere = [c for t in others if asked_here and turn.topic.kind in stories and t.kind in stories
                 and t.name != turn.topic.name and (c := topic_context(t)) is not None]
    # The target role ("why this role, what would you bring?") is answered from the candidate's projects and jobs, and
    # so is the follow-up to a non-answer ("Is there a related experience you can tell me about instead?"): a story
    # from another job of the resume was judged against the topic's project and scored 43 (a browser interview).
    # ... or another achievement of the same job or project: asked how the internal deployment tool was automated, "At
    # Bluefin I also redesigned the Kafka workers ..." scored 90 (agent/assess.py, FOCUS_MARGIN)
    parts = topic_parts(turn.topic) if asked_here and turn.topic.kind in stories else []
    another = opening is not None and asks_for_another_story(turn.question.text)
    draws_on = [c for t in others if (turn.topic.kind == "role" or another) and t.kind in stories
                and t.name != turn.topic.name and (c := topic_context(t))]
    return ScoreInput(question=turn.question.text, answer=turn.answer, reference=turn.question.reference,
                      topic=turn.topic.name, language=language, opening=opening, context=topic_context(turn.topic),
                      expects=expects(turn.topic, language, turn.question),
                      elsewhere=list(dict.fromkeys(elsewhere))[:OTHER_TOPICS],
                      draws_on=list(dict.fromkeys(draws_on))[:OTHER_TOPICS], earlier=story_so_far(earlier)
                      if goes_on_with_the_story(turn.question.text) else [], parts=parts,
                      job=turn.topic.name if turn.topic.kind == "experience" else None)


def goes_on_with_the_story(question: str) -> bool:
    """Whether a follow-up is answered with the rest of the story so far, which then counts for relevance: one that
    asks for the result or the candidate's own part, or one the model wrote. Not the rule's call for a specific
    example, a redirect or the offer of another story, which the answer meets on the topic's question: after "I
    rebuilt the weekly S&OP forecast ..., it went well", "last month I rebuilt a 1978 engine" to "Can you give me one
    specific example ...?" was near enough to the vague answer to pass as on topic (a terminal interview)."""
    return asks_for_the_rest_of_the_story(question) or not is_rule_follow_up(question)


def story_so_far(earlier: Sequence[Turn]) -> list[str]:
    """The answers of ``earlier`` turns that told something of substance on their topic. A follow-up asking for the
    result goes on with that story: "After that, month-end closes finished on time for the next six months" was
    judged to talk about something else than the topic's question (a browser interview on modern-two-column.pdf).
    An off-topic answer is left out, so that a second one on the same other subject is not taken as on topic, and so
    is one that says nothing of its own (:func:`says_nothing_specific`): after "I worked with a lot of people on it,
    it went well overall", a climbing trip "with two friends" was near enough to it to pass (the same interview)."""
    return [t.answer for t in earlier if t.score is not None and t.score.assessment is not None
            and t.score.assessment.attempt and "relevance" not in t.score.assessment.missing
            and not says_nothing_specific(t.answer, [t.question.text])]


def topic_context(topic: Topic) -> str | None:
    """The topic's name and resume facts, which the answer may address however the question was worded; None for a
    gold file's topic, which is its question or an interview id."""
    if topic.kind == "behavioral" and topic.name not in THEMES:
        return None
    return f"{topic.name}. {topic.detail}".strip(". ")


def expects(topic: Topic, language: Language, question: Question | None = None) -> Expects:
    """Named specifics for a skill, project or job of the resume; what was learnt there, named or in the candidate's
    own words, for a school of the resume; the terms of an explanation for a bank's knowledge question on a skill that
    comes without a reference answer ("What is the difference between inline and inline-block?") and for the follow-up
    asking for that explanation; a STAR story for one of the plan's behavioural themes or a soft skill of the resume
    ("Leadership"); otherwise whatever the question asks."""
    if topic.kind == "skill" and story_cues(topic.name) is not None:
        return "story"
    if topic.kind == "skill" and question is not None and (
            question.source == "bank" and question.reference is None or asks_for_an_explanation(question.text)):
        return "knowledge"
    if topic.kind != "behavioral":
        if topic.kind == "education":
            return "studies"
        return "specifics" if topic.kind in ("skill", "project", "experience", "role") else "any"
    return "story" if topic.name in BEHAVIORAL[language] else "any"


def score(state: InterviewState, *, roles: Roles) -> InterviewState:
    turns = state["turns"]
    last = turns[-1]
    others = [*(t.topic for t in turns), *(state.get("topics") or [])]
    # for a follow-up, the turns before it on its topic: the first opened it (as in the eval's replay)
    earlier = [t for t in turns[:-1] if t.topic == last.topic] if last.follow_up else []
    opening = earlier[0].question.text if earlier else None
    result = roles.score(score_input(last, state.get("language", "en"), opening, others, earlier))
    return {"turns": [*turns[:-1], last.model_copy(update={"score": result})]}
