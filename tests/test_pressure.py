"""The pressure interview's answer time limit: counted down by the page and the terminal, an answer past it marked
over time in the turn and the report. Scripted clocks: nothing here waits on a real one."""

from __future__ import annotations

import re
from pathlib import Path

from agent.cli import _converse
from agent.config import Settings
from agent.engine import PendingQuestion
from agent.interview_types import TYPES, timing_note
from tests.conftest import ScriptedRoleModel, make_engine
from tests.test_ui_report import pdf_text
from tools.resume_parser import Resume
from ui.countdown import countdown_html
from ui.render import ReportView, progress_html, report_html, score_message
from ui.report_pdf import build_pdf
from ui.screen import Tab

GOOD = ("I moved the hot reads to Redis after profiling the slowest endpoints, which cut p95 latency by 40 % within "
        "two weeks; I wrote the cache invalidation myself.")

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
                            time_limit=60)
    html = progress_html(timed, 1, 6, False, "s1")
    assert countdown_html("s1:2", 60, "en") in html and "1:00 left to answer" in html
    assert "剩余 1:00" in progress_html(timed, 1, 6, False, "s1", language="zh")
    untimed = timed.model_copy(update={"time_limit": None})
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

