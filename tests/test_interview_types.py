"""Interview types: the plan each one makes, its default length, the follow-ups of the pressure type, and the type
kept with the session, listed with it and shown in its report (the pressure type's timing and counter-questions:
tests/test_pressure.py)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from agent.cli import main
from agent.config import Settings
from agent.interview_types import TYPES
from agent.sessions import SessionStore
from tests.conftest import ScriptedRoleModel, make_engine
from tools.resume_parser import Resume
from ui.render import session_rows

ANSWER = ("I moved the hot reads to Redis after profiling the slowest endpoints, which cut p95 latency by 40 % "
          "within two weeks; I wrote the cache invalidation myself.")


def test_each_type_plans_its_own_topics(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    kinds = {k: {t.kind for t in engine.preview_plan(sample_resume, interview_type=k)} for k in TYPES}
    assert "behavioral" in kinds["mixed"] and kinds["mixed"] - {"behavioral"}
    assert "behavioral" not in kinds["technical"] and kinds["technical"]
    assert kinds["behavioural"] == {"behavioral"}
    assert kinds["pressure"] == kinds["mixed"]


def test_the_type_is_kept_with_the_session_and_shapes_its_length(settings: Settings, sample_resume: Resume) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(resume=sample_resume, interview_type="behavioural")
    row = engine.session(progress.session_id)
    assert row is not None and row.max_questions == TYPES["behavioural"].questions
    assert progress.pending is not None and progress.pending.topic == "working in a team"
    report = engine.end(progress.session_id).report
    assert report is not None and report.interview_type == "behavioural"


def test_pressure_follow_ups_challenge_the_answer(settings: Settings, sample_resume: Resume) -> None:
    def follow_up(role: str, options: Sequence[str]) -> dict[str, float]:
        return {"FOLLOW_UP": 0.9, "SWITCH": 0.1} if role == "decision" else {o: 1 / len(options) for o in options}

    model = ScriptedRoleModel(chooser=follow_up)
    engine = make_engine(settings, model)
    progress = engine.start(resume=sample_resume, interview_type="pressure", max_questions=3)
    for _ in range(2):
        progress = engine.answer(progress.session_id, ANSWER)
    prompts = [p for _, role, p in model.calls if role == "question"]
    assert any("Guidance:" in p and "counter-question" in p for p in prompts)
    assert not any("counter-question" in p for p in prompts[:2])  # the first question is not a follow-up


def test_the_sessions_table_and_command_list_the_type(settings: Settings, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "sessions.sqlite"
    engine = make_engine(settings, ScriptedRoleModel(), db=db)
    engine.start(candidate="Ada", interview_type="pressure")
    engine.start(candidate="Bob", interview_type="behavioural")
    rows = engine.sessions()
    assert {r.candidate: r.interview_type for r in rows} == {"Ada": "pressure", "Bob": "behavioural"}
    table = {r[0]: r[2] for r in session_rows(rows)}
    assert table == {"Ada": "Pressure", "Bob": "Behavioural"}
    engine.close()
    assert main(["sessions", "--db", str(db), "--home", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^id\s+candidate\s+type\s+started", out, re.M)
    assert re.search(r"\sAda\s+Pressure\s", out) and re.search(r"\sBob\s+Behavioural\s", out)
    assert main(["sessions", "--json", "--db", str(db), "--home", str(tmp_path)]) == 0
    assert '"interview_type": "pressure"' in capsys.readouterr().out


def test_an_index_from_before_interview_types_reads_as_mixed(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "old.sqlite")
    conn.execute("CREATE TABLE sessions (id TEXT PRIMARY KEY, candidate TEXT, target_role TEXT, language TEXT, "
                 "started TEXT, updated TEXT, answered INTEGER, max_questions INTEGER, finished INTEGER, "
                 "overall FLOAT, owner TEXT NOT NULL DEFAULT '')")
    conn.execute("INSERT INTO sessions VALUES ('a1', 'Ada', '', 'en', '2026-01-01', '2026-01-01', 0, 5, 0, NULL, '')")
    conn.commit()
    rows = SessionStore(conn).list()
    assert [(r.id, r.interview_type) for r in rows] == [("a1", "mixed")]
