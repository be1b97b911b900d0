"""The pressure interview: its answer time limit (counted down by the page and the terminal, an answer past it marked
over time in the turn and the report) and its counter-questions, from rules and from the Decision role alike.
Scripted models and clocks: nothing here waits on a real one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from agent.assess import AssessHead
from agent.cli import _converse
from agent.config import Settings
from agent.engine import InterviewEngine, PendingQuestion
from agent.interview_types import TYPES, challenge_ahead, claim_of, counter_decision, counter_question, timing_note
from agent.roles import Roles
from agent.state import Assessment, Decision, Question, Score, Topic, Turn
from agent.storage import connect
from tests.conftest import ScriptedRoleModel, make_engine
from tests.test_assess import QUESTION, STRONG, synthetic_followqg
from tests.test_ui_report import pdf_text
from tools.resume_parser import Resume
from ui.countdown import countdown_html
from ui.render import ReportView, progress_html, report_html, score_message
from ui.report_pdf import build_pdf
from ui.screen import Tab

GOOD = ("I moved the hot reads to Redis after profiling the slowest endpoints, which cut p95 latency by 40 % within "
        "two weeks; I wrote the cache invalidation myself.")
KAFKA = Topic(name="Kafka ingestion pipeline", kind="skill")


def grading(grade: str, decision: str = "SWITCH") -> ScriptedRoleModel:
    """Every answer graded ``grade`` of 5; the Decision role picks ``decision``."""
    def choose(role: str, options: Sequence[str]) -> dict[str, float]:
        if role == "scorer":
            return {o: float(o == grade) for o in options}
        if role == "decision":
            return {o: float(o == decision) for o in options}
        return {o: 1 / len(options) for o in options}

    return ScriptedRoleModel(chooser=choose)  # type: ignore[arg-type]


# --- time ------------------------------------------------------------------------------------------------------------

def test_a_pressure_answer_past_its_limit_is_marked_over_time(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(resume=sample_resume, interview_type="pressure", max_questions=3)
    assert progress.pending is not None and progress.pending.time_limit == TYPES["pressure"].answer_seconds == 60
    progress = engine.answer(progress.session_id, GOOD, seconds=75.0)
    first = progress.last_turn
    assert first is not None and first.over_time and first.seconds == 75.0 and first.time_limit == 60
    progress = engine.answer(progress.session_id, GOOD, seconds=60.5)  # within the page's second of grace
    assert progress.last_turn is not None and not progress.last_turn.over_time
    report = engine.end(progress.session_id).report
    assert report is not None and [t.over_time for t in report.turns] == [True, False]
    assert timing_note(report) == "1 of 2 answers went over the 60 s limit (question 1); they took 68 s on average."
    assert "超过 60 秒的限时（第 1 题）" in (timing_note(report, "zh") or "")


def test_other_types_show_their_time_but_do_not_count_it_down(settings: Settings) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(interview_type="technical")
    assert progress.pending is not None and progress.pending.time_limit is None
    turn = engine.answer(progress.session_id, GOOD, seconds=500.0).last_turn
    assert turn is not None and turn.seconds == 500.0 and not turn.over_time and turn.time_limit is None


def test_the_pressure_limit_is_a_setting(tmp_path: Path) -> None:
    settings = Settings.from_env({}, home=tmp_path, pressure_seconds=20)
    progress = make_engine(settings, ScriptedRoleModel()).start(interview_type="pressure")
    assert progress.pending is not None and progress.pending.time_limit == 20
    assert Settings.from_env({"MOCKINTERVIEW_PRESSURE_SECONDS": "45"}).pressure_seconds == 45


def test_the_terminal_shows_the_limit_and_how_long_each_answer_took(settings: Settings) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    ticks = iter([0.0, 42.0, 100.0, 175.0])  # asked, answered; asked, answered
    lines: list[str] = []
    progress = engine.start(interview_type="pressure", max_questions=2)
    assert _converse(engine, progress, iter([GOOD, GOOD]), lines.append, clock=lambda: next(ticks)) == 0
    out = "\n".join(lines)
    assert re.search(r"^\[1/2\] .*\? \[60 s to answer\]$", out, re.M), out
    assert "Answered in 42 s of 60 s." in out and "Over time: 75 s, the limit is 60 s." in out
    assert "Time: 1 of 2 answers went over the 60 s limit (question 2)" in out


# --- the page's countdown ---------------------------------------------------------------------------------------------

def test_the_page_counts_down_a_timed_question_only(settings: Settings) -> None:
    timed = PendingQuestion(text="Why Redis?", topic="Caching", number=2, total=6, follow_up=True, importance=3,
                            time_limit=60, counter=True)
    html = progress_html(timed, 1, 6, False, "s1")
    assert countdown_html("s1:2", 60, "en") in html and "1:00 left to answer" in html and "counter-question" in html
    assert "剩余 1:00" in progress_html(timed, 1, 6, False, "s1", language="zh")
    assert "Question 2 of 6" in html and "第 2 题，共 6 题" in progress_html(timed, 1, 6, False, "s1", language="zh")
    untimed = timed.model_copy(update={"time_limit": None, "counter": False})
    assert "mi-countdown" not in progress_html(untimed, 1, 6, False, "s1")


def test_the_answer_time_is_the_pages_count_else_the_servers() -> None:
    tab = Tab(session_id="s1", number=2)
    assert tab.answer_seconds(12.34, now=100.0) == 12.3
    assert tab.answer_seconds(None, now=100.0) is None  # never shown by this tab
    tab.shown = ("s1", 2, 40.0)
    assert tab.answer_seconds(None, now=100.0) == 60.0 and tab.answer_seconds(-1.0, now=100.0) == 60.0
    tab.number = 3  # a later question: the time shown belonged to the last one
    assert tab.answer_seconds(None, now=100.0) is None


def test_the_chat_report_and_pdf_say_which_answers_went_over_time(settings: Settings, tmp_path: Path) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(interview_type="pressure", max_questions=2)
    progress = engine.answer(progress.session_id, GOOD, seconds=80.0)
    assert progress.last_turn is not None
    assert "Over time: 80 s, the limit is 60 s." in score_message(progress.last_turn, "en")["content"]
    report = engine.answer(progress.session_id, GOOD, seconds=30.0).report
    assert report is not None
    view = ReportView(report=report, session_id=progress.session_id, candidate="Ada", target_role="", language="en",
                      started="2026-11-24T02:47:22+00:00", behavior=None, behavior_live_estimates=0, reminders=[])
    html = report_html(view)
    assert "Pressure interview" in html and "1 of 2 answers went over the 60 s limit (question 1)" in html
    assert html.count("<small class=mi-over>over time</small>") == 1
    text = " ".join(pdf_text(build_pdf(view), tmp_path).split())
    assert "1 of 2 answers went over the 60 s limit (question 1)" in text and "Over time: 80 s" in text


# --- counter-questions -----------------------------------------------------------------------------------------------

def test_a_counter_question_quotes_the_answers_most_challengeable_claim() -> None:
    assert claim_of(GOOD, None, "en") == ("…after profiling the slowest endpoints, which cut p95 latency by 40 % "
                                          "within two…", "figure")
    choice = "We disagreed about a schema change; I wrote both options down and we chose the smaller one."
    assert counter_question(choice, None, "en") == ('You said: "I wrote both options down and we chose the smaller '
                                                    'one". Why was that better than the obvious alternative, and '
                                                    "what did it cost you?")
    assert counter_question("Yes.", None, "en").startswith("What is the strongest argument against")
    zh = counter_question("我把热点读取迁移到了 Redis，而不是继续扩容数据库。", None, "zh")
    assert zh.startswith("你提到“我把热点读取迁移到了 Redis") and zh.endswith("？")
    for answer in (GOOD * 3, "I built it on https://example.com/" + "a" * 500 + " for the whole team last year."):
        asked = counter_question(answer, None, "en")  # always a valid question, within a decision's guidance
        assert Question(text=asked, importance=3) and len(asked) <= 300 and asked.endswith("?")


def _turn(answer: str, score: float, *, missing: list[str] | None = None, counter: bool = False) -> Turn:
    assessment = Assessment(relevance=0.8, attempt=True, words=len(answer.split()), missing=missing or [])  # type: ignore[arg-type]
    decision = Decision(action="FOLLOW_UP", guidance="x?", confidence=1.0, source="rule", counter=counter)
    return Turn(index=0, topic=KAFKA, follow_up=counter, question=Question(text=QUESTION, importance=3),
                answer=answer, decision=decision if counter else None,
                score=Score(score=score, label="good", feedback="Good: it names the figure.", assessment=assessment,
                            source="rule"))


def test_counter_questions_once_per_topic_after_a_good_answer_within_the_limit() -> None:
    switch = Decision(action="SWITCH", guidance="Open the next topic.", confidence=1.0, source="rule")
    good = _turn(GOOD, 80.0)

    def counter(turns: list[Turn], kind: str = "pressure", depth: int = 0,
                decision: Decision = switch) -> Decision | None:
        return counter_decision(kind, turns, decision, depth=depth, max_depth=2, language="en")  # type: ignore[arg-type]

    made = counter([good])
    assert made is not None and made.action == "FOLLOW_UP" and made.counter and made.source == "rule"
    assert made.guidance.startswith('You said: "') and made.guidance.endswith("?")  # asked as it is (nodes/ask.py)
    assert counter([good], kind="mixed") is None
    assert counter([good], depth=2) is None  # the follow-up limit
    assert counter([_turn(GOOD, 80.0, counter=True), good]) is None  # once per topic
    assert counter([_turn(GOOD, 45.0)]) is None  # not good enough to move on from
    assert counter([_turn(GOOD, 75.0, missing=["result"])]) is None
    assert counter([good], decision=switch.model_copy(update={"action": "FOLLOW_UP"})) is None
    by_model = counter([good], decision=switch.model_copy(update={"source": "model"}))
    assert by_model is not None and by_model.counter and not by_model.guidance.endswith("?")
    assert "40 %" in by_model.guidance  # the Question role is told which claim to challenge


def test_the_next_topic_is_not_written_ahead_while_a_challenge_is_the_likely_next_move() -> None:
    """Engine._prepare_next writes the next topic's opening while the candidate answers; in a pressure interview a
    good answer to a topic's opening is challenged and a weak one followed up, so that question would be thrown away."""
    switch = Decision(action="SWITCH", guidance="Open the next topic.", confidence=1.0, source="rule")
    challenge = _turn(GOOD, 80.0, counter=True).decision  # what led to a counter-question
    assert challenge_ahead("pressure", [switch], depth=0, max_depth=2)  # a topic's opening is awaited
    assert challenge_ahead("pressure", [switch, None], depth=1, max_depth=2)  # a follow-up, no challenge yet
    assert not challenge_ahead("pressure", [switch, challenge], depth=1, max_depth=2)  # the challenge is awaited
    assert not challenge_ahead("pressure", [switch, challenge, None], depth=2, max_depth=3)  # it was asked
    assert not challenge_ahead("pressure", [switch, None], depth=2, max_depth=2)  # the limit: a switch follows
    assert not challenge_ahead("mixed", [switch], depth=0, max_depth=2)


def test_a_pressure_interview_challenges_a_good_answer_the_decision_role_switched_on(settings: Settings) -> None:
    model = grading("4")
    engine = make_engine(settings, model)
    progress = engine.start(interview_type="pressure", max_questions=4, topics=[KAFKA, Topic(name="Redis",
                                                                                            kind="skill")])
    progress = engine.answer(progress.session_id, GOOD)
    assert progress.pending is not None and progress.pending.counter and progress.pending.topic == KAFKA.name
    prompt = [p for kind, role, p in model.calls if role == "question" and kind == "generate"][-1]
    assert "Guidance: Challenge its claim" in prompt and "40 %" in prompt
    progress = engine.answer(progress.session_id, GOOD)  # max_follow_ups=1: the counter was the one follow-up
    assert progress.pending is not None and progress.pending.topic == "Redis" and not progress.pending.follow_up
    mixed = make_engine(settings, grading("4"))  # a mixed interview moves on
    progress = mixed.start(interview_type="mixed", topics=[KAFKA, Topic(name="Redis", kind="skill")])
    pending = mixed.answer(progress.session_id, GOOD).pending
    assert pending is not None and pending.topic == "Redis" and not pending.counter


@pytest.fixture(scope="module")
def head(tmp_path_factory: pytest.TempPathFactory) -> AssessHead:
    from adapters.assess_head import train_assess_head
    from tests.conftest import BagOfWords

    folder = tmp_path_factory.mktemp("assess")
    return train_assess_head(folder, BagOfWords(), source=synthetic_followqg(folder / "followqg.csv"))


def test_a_counter_question_follows_a_rule_decision_too(settings: Settings, head: AssessHead) -> None:
    """Assessed answers are decided by rules (Roles._decide_by_gaps): the counter-question is written by rule and
    asked as it is, so the pressure type challenges answers whichever way the decision came about."""
    model = ScriptedRoleModel(texts={"question": [" " + QUESTION]})
    engine = InterviewEngine(roles=Roles(model, retries=2, assess_head=head), conn=connect(":memory:"),
                             settings=settings)
    progress = engine.start(interview_type="pressure", max_questions=3, topics=[KAFKA])
    progress = engine.answer(progress.session_id, STRONG)
    turn = progress.last_turn
    assert turn is not None and turn.score is not None and turn.score.assessment is not None
    assert turn.score.score >= 60 and not turn.score.assessment.missing
    pending = progress.pending
    assert pending is not None and pending.counter and pending.follow_up
    assert pending.text == counter_question(STRONG, turn.score.assessment, "en") and '"' in pending.text
    assert engine.turns(progress.session_id)[-1].question.source == "model"  # the opening question
    report = engine.answer(progress.session_id, STRONG).report or engine.end(progress.session_id).report
    assert report is not None
    counter = report.turns[1]
    assert counter.decision is not None and counter.decision.counter and counter.question.source == "rule"
