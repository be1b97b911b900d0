"""Progress across interviews: the trend of one candidate's finished interviews, their weakest areas with the answers
that show them, and a focused interview on those areas."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.config import Settings
from agent.engine import InterviewEngine
from agent.errors import EngineError
from tests.conftest import ScriptedRoleModel, make_engine
from tools.resume_parser import Resume

STRONG = ("I designed the payments API in Python with idempotency keys, so a retried charge never doubled, and I "
          "measured the error rate falling from 2% to 0.1% over the next quarter after we shipped it to all clients.")
WEAK = "Not sure."


def interview(engine: InterviewEngine, resume: Resume | None, answers: list[str], name: str = "Ada Example") -> str:
    progress = engine.start(resume=resume, candidate=name, max_questions=len(answers))
    for text in answers:
        progress = engine.answer(progress.session_id, text)
    assert progress.finished
    return progress.session_id


def test_trend_weakest_areas_and_a_focused_interview(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    first = interview(engine, sample_resume, [WEAK, STRONG, WEAK])
    second = interview(engine, sample_resume, [STRONG, STRONG, WEAK])
    interview(engine, None, [STRONG], name="Somebody Else")
    engine.start(candidate="Ada Example")  # unfinished: not on the trend

    assert sorted(engine.candidates()) == ["Ada Example", "Somebody Else"]
    view = engine.progress(" ada  example ")  # the same person, however typed
    assert {p.session_id for p in view.sessions} == {first, second}  # oldest first (both started this second)
    assert all(p.overall is not None and p.combined == p.overall for p in view.sessions)  # typed, camera off
    assert view.sessions[0].skills and view.sessions[0].delivery is None
    assert 1 <= len(view.weakest) <= 3
    assert [w.mean_score for w in view.weakest] == sorted(w.mean_score for w in view.weakest)
    worst = view.weakest[0]
    assert worst.evidence and worst.evidence[0].answer == WEAK and worst.evidence[0].score <= worst.mean_score

    focused = engine.practise("Ada Example")
    row = engine.session(focused.session_id)
    assert row is not None and row.candidate == "Ada Example" and row.max_questions <= 2 * len(view.weakest)
    assert focused.pending is not None and focused.pending.topic in {w.topic.name for w in view.weakest}


def test_nothing_to_practise_without_a_finished_interview(settings: Settings) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    assert engine.progress("Nobody").sessions == []
    with pytest.raises(EngineError, match="finish an interview first"):
        engine.practise("Nobody")


def test_the_terminal_prints_the_same_candidate_view(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from agent.cli import main

    settings = Settings.from_env({}, home=tmp_path)
    engine = make_engine(settings, ScriptedRoleModel(), db=tmp_path / "sessions.sqlite")
    interview(engine, None, [WEAK, STRONG])
    interview(engine, None, [STRONG, WEAK])
    engine.close()
    assert main(["sessions", "--candidate", "ada example", "--home", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "ada example: 2 finished interviews" in out and "Weakest areas:" in out
    assert "A (" in out and WEAK in out and "combined" in out
    assert main(["sessions", "--candidate", "Nobody", "--home", str(tmp_path)]) == 0
    assert "No finished interview of Nobody yet." in capsys.readouterr().out
