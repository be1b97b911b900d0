"""Interview types, chosen at the start and kept with the session: what the plan covers, how long it runs, and how
hard the follow-ups push.

- technical: the resume's skills, projects and jobs (bank questions with reference answers open skill topics).
- behavioural: STAR themes only (teamwork, conflict, failure, leading, deadlines); answers are graded with the STAR
  rubric the assessment applies to "Tell me about a time" questions.
- mixed: both, a behavioural theme after every two resume topics (the plan ``build_topic_queue`` makes).
- pressure: the mixed plan, with less time to answer (counted down, and an answer past it marked over time) and,
  once per topic, a counter-question that challenges a claim of a good answer before the topic changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, Field

from agent.assess import FOLLOW_UP_SCORE
from agent.nodes.plan_topics import BEHAVIORAL
from agent.state import Assessment, Decision, InterviewType, Language, Report, Topic, Turn


class TypeSpec(BaseModel):
    label: str
    questions: int = Field(description="The default length: questions asked, follow-ups included.")
    answer_seconds: int = Field(description="The time an answer should take, shown with each question.")
    timed: bool = Field(default=False, description="The time is a limit: counted down while the candidate answers, "
                        "and an answer sent after it is marked over time.")
    counter_questions: bool = Field(default=False, description="An answer good enough to move on from is challenged "
                                    "once per topic with a counter-question on one of its claims.")
    follow_up: str = Field(default="", description="Added to the guidance of every follow-up question.")
    about: str


TYPES: dict[InterviewType, TypeSpec] = {
    "mixed": TypeSpec(label="Mixed", questions=5, answer_seconds=120,
                      about="Your resume's skills and projects, and behavioural questions between them."),
    "technical": TypeSpec(label="Technical", questions=6, answer_seconds=120,
                          about="Skills, projects and jobs from your resume; skill questions from open banks, with a "
                                "reference answer."),
    "behavioural": TypeSpec(label="Behavioural", questions=5, answer_seconds=120,
                            about="Situation, task, action, result: stories about teamwork, conflict, failure, "
                                  "leading and deadlines."),
    "pressure": TypeSpec(label="Pressure", questions=6, answer_seconds=60, timed=True, counter_questions=True,
                         follow_up="Challenge the answer: ask a counter-question that tests one of its claims or "
                                   "trade-offs.",
                         about="Less time per answer, and follow-ups that challenge what you said."),
}


def shape_plan(topics: list[Topic], kind: InterviewType, language: Language, limit: int) -> list[Topic]:
    """The planned topics for this type: technical drops the behavioural themes (keeping the plan when nothing else
    is left), behavioural is the STAR themes alone, mixed and pressure keep the plan."""
    if kind == "technical":
        topics = [t for t in topics if t.kind != "behavioral"] or topics
    elif kind == "behavioural":
        topics = [Topic(name=name, kind="behavioral", priority=1.0) for name in BEHAVIORAL[language]]
    return topics[:limit]


# The page's countdown starts when the question is shown, a moment after the server's clock: an answer sent as the
# countdown reaches zero is not over time.
GRACE_SECONDS = 1.0


def time_limit(kind: InterviewType, seconds: int | None = None) -> int | None:
    """Seconds per answer of a timed type (``seconds`` overrides the type's own: Settings.pressure_seconds); None for
    a type whose time is only a guide."""
    spec = TYPES[kind]
    return (seconds or spec.answer_seconds) if spec.timed else None


def over_time(seconds: float | None, limit: int | None) -> bool:
    return seconds is not None and limit is not None and seconds > limit + GRACE_SECONDS


def answer_time(turn: Turn, language: Language | str = "en") -> str | None:
    """How long a timed answer took against its limit: 'Answered in 42 s of 60 s.' or 'Over time: 75 s, the limit
    is 60 s.'; None where the interview is not timed or the time was not measured."""
    limit = turn.time_limit
    if limit is None or turn.seconds is None:
        return None
    if language == "zh":
        return f"超时：用时 {turn.seconds:.0f} 秒，限时 {limit} 秒。" if turn.over_time else \
            f"用时 {turn.seconds:.0f} 秒，限时 {limit} 秒。"
    return f"Over time: {turn.seconds:.0f} s, the limit is {limit} s." if turn.over_time else \
        f"Answered in {turn.seconds:.0f} s of {limit} s."


def timing_note(report: Report, language: Language | str = "en") -> str | None:
    """The report's line on time for a timed interview: how many answers went over the limit, and which."""
    timed = [t for t in report.turns if t.seconds is not None and t.time_limit is not None]
    if not timed:
        return None
    limit = timed[-1].time_limit
    over = [t for t in timed if t.over_time]
    mean = sum(t.seconds or 0.0 for t in timed) / len(timed)
    which = ", ".join(str(t.index + 1) for t in over)
    if language == "zh":
        head = f"{len(timed)} 个回答中有 {len(over)} 个超过 {limit} 秒的限时" + (f"（第 {which} 题）" if over else "")
        return f"{head}；平均用时 {mean:.0f} 秒。"
    plural = "s" if len(over) > 1 else ""
    head = (f"{len(over)} of {len(timed)} answers went over the {limit} s limit (question{plural} {which})" if over
            else f"All {len(timed)} answers were within the {limit} s limit")
    return f"{head}; they took {mean:.0f} s on average."


# --- counter-questions ----------------------------------------------------------------------------------------------

_FIGURE = re.compile(r"\d")
_CHOICE = re.compile(r"\b(?:instead|rather than|chose|chosen|choose|decided|picked|switched|moved|replaced|migrated|"
                     r"traded?|because|so that)\b|而不是|选择|决定|改用|换成|迁移|因为", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our)\b|我", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])")
CLAIM_WORDS = 14  # a quoted claim is at most this many words (Chinese: 2.5 characters a word)
CLAIM_CHARS = 120  # and this many characters (a pasted URL is one word): the question stays within Question's limit

_COUNTERS: dict[Language, dict[str, str]] = {
    "en": {
        "figure": 'You said: "{claim}". How exactly did you measure that, and what else could explain the number?',
        "choice": 'You said: "{claim}". Why was that better than the obvious alternative, and what did it cost you?',
        "claim": 'You said: "{claim}". What is the strongest argument against doing it that way, and how would you '
                 "answer it?",
        "none": "What is the strongest argument against the approach you just described, and how would you answer "
                "it?",
    },
    "zh": {
        "figure": "你提到“{claim}”。你具体是怎么衡量的？还有什么其他原因可能解释这个数字？",
        "choice": "你提到“{claim}”。为什么这比显而易见的替代方案更好？它的代价是什么？",
        "claim": "你提到“{claim}”。反对这种做法最有力的理由是什么？你会怎么回应？",
        "none": "反对你刚才描述的做法最有力的理由是什么？你会怎么回应？",
    },
}


def is_counter_question(question: str) -> bool:
    """Whether ``question`` is one of :func:`counter_question`'s own."""
    return any(question.startswith(text.split("{claim}")[0]) if "{claim}" in text else question == text
               for texts in _COUNTERS.values() for text in texts.values())


def _clip(sentence: str, kind: str, language: Language) -> str:
    """The claim as it is quoted: at most CLAIM_WORDS words around what makes it one (a figure with the words that
    lead up to it, a choice with what follows it)."""
    sentence = sentence.strip().rstrip(".!?;。！？；,， ").strip("\"“”'")
    if language == "zh":
        limit = int(CLAIM_WORDS * 2.5)
        return sentence if len(sentence) <= limit else sentence[:limit] + "…"
    words = sentence.split()
    if len(words) <= CLAIM_WORDS:
        return sentence
    if kind == "figure":
        hit = next((i for i, w in enumerate(words) if w[:1].isdigit()), 0) - (CLAIM_WORDS - 4)
    else:
        hit = next((i for i, w in enumerate(words) if _CHOICE.search(w)), 0) - 2
    start = max(0, min(hit, len(words) - CLAIM_WORDS))
    return ("…" if start else "") + " ".join(words[start:start + CLAIM_WORDS]) + \
        ("…" if start + CLAIM_WORDS < len(words) else "")


def claim_of(answer: str, assessment: Assessment | None, language: Language) -> tuple[str, str] | None:
    """The answer's most challengeable sentence and what kind of claim it makes: a figure (where did it come from?),
    a choice or trade-off (why that and not the alternative?), else a first-person statement with the most named
    specifics. None for an answer too short to hold a claim."""
    specifics = [s.lower() for s in (assessment.specifics if assessment else [])]
    best: tuple[int, int, str, str] | None = None
    for i, sentence in enumerate(s for s in _SENTENCE.split(answer) if s.strip()):
        size = len(sentence.strip()) / 2.5 if language == "zh" else len(sentence.split())
        if size < 4:
            continue
        kind = "figure" if _FIGURE.search(sentence) else "choice" if _CHOICE.search(sentence) else "claim"
        weight = {"figure": 4, "choice": 3, "claim": 0}[kind] + bool(_FIRST_PERSON.search(sentence)) + \
            min(2, sum(s in sentence.lower() for s in specifics))
        if best is None or weight > best[0]:
            best = (weight, i, kind, sentence)
    if best is None:
        return None
    claim = _clip(best[3], best[2], language)
    return (claim if len(claim) <= CLAIM_CHARS else claim[:CLAIM_CHARS - 1] + "…"), best[2]


def counter_question(answer: str, assessment: Assessment | None, language: Language) -> str:
    """A question that challenges one claim of the answer, quoting it (what a rule decision asks as it is)."""
    found = claim_of(answer, assessment, language)
    texts = _COUNTERS[language]
    return texts["none"] if found is None else texts[found[1]].format(claim=found[0])


def challenge_ahead(kind: InterviewType, decisions: Sequence[Decision | None], *, depth: int, max_depth: int) -> bool:
    """Whether the answer now awaited will most likely be followed up on its topic rather than switched from: in a
    type with counter-questions, within the follow-up limit, on a topic whose ``decisions`` (those that led to its
    questions, the pending one's last) include no counter-question yet: a good answer is challenged, a weak one
    followed up. The question that would open the next topic is not written ahead then: it would be thrown away."""
    return TYPES[kind].counter_questions and depth < max_depth and \
        not any(d is not None and d.counter for d in decisions)


def counter_decision(kind: InterviewType, on_topic: Sequence[Turn], decision: Decision | None, *, depth: int,
                     max_depth: int, language: Language) -> Decision | None:
    """In a type with counter-questions, the FOLLOW_UP that replaces a SWITCH after an answer good enough to move on
    from (scored at least at the follow-up line, nothing missing): once per topic, within the follow-up limit. After
    a rule's SWITCH (the answer was assessed) the counter-question is written here and asked as it is; after the
    Decision role's, its guidance names the claim and the Question role writes it. None: the SWITCH stands."""
    if not TYPES[kind].counter_questions or decision is None or decision.action != "SWITCH" or depth >= max_depth:
        return None
    if not on_topic or any(t.decision is not None and t.decision.counter for t in on_topic):
        return None
    last = on_topic[-1]
    score = last.score
    if score is None or score.score < FOLLOW_UP_SCORE or "no_attempt" in score.flags or \
            (score.assessment is not None and (score.assessment.missing or not score.assessment.attempt)):
        return None
    if decision.source == "rule":
        guidance = counter_question(last.answer, score.assessment, language)
    else:
        found = claim_of(last.answer, score.assessment, language)
        guidance = (f'Challenge its claim "{found[0]}": ask what would make it wrong, or what it cost.' if found
                    else "Challenge the approach the answer describes: ask for the strongest argument against it.")
    return Decision(action="FOLLOW_UP", guidance=guidance[:300], confidence=1.0, source="rule", counter=True)
