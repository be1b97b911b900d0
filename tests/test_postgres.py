"""Checkpoints and the session index on a real PostgreSQL (`.ci/postgres.sh` starts one on loopback).

Each test gets its own fresh database (the ``pg_url`` fixture) on the server named by ``MOCKINTERVIEW_TEST_PG``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from agent.config import Settings
from agent.engine import InterviewEngine
from agent.roles import Roles
from agent.storage import StorageUnavailableError, connect
from tests.conftest import ScriptedRoleModel
from tools.resume_parser import Resume

pytestmark = pytest.mark.postgres
REPO = Path(__file__).resolve().parents[1]


def engine_on(url: str, settings: Settings, model: ScriptedRoleModel | None = None) -> InterviewEngine:
    return InterviewEngine(roles=Roles(model or ScriptedRoleModel(), retries=2), conn=connect(url), settings=settings)


def answer_all(engine: InterviewEngine, session_id: str, answers: list[str]) -> None:
    for text in answers:
        engine.answer(session_id, text)


def test_interview_lists_resumes_and_reports_as_on_sqlite(pg_url: str, settings: Settings,
                                                           sample_resume: Resume) -> None:
    first = engine_on(pg_url, settings)
    progress = first.start(resume=sample_resume, target_role="Backend Engineer")
    sid = progress.session_id
    answer_all(first, sid, ["One.", "Two."])
    second = engine_on(pg_url, settings)  # as after a restart
    resumed = second.resume(sid)
    assert resumed.pending is not None and resumed.pending.number == 3
    [row] = second.sessions()
    assert (row.id, row.candidate, row.answered, row.finished) == (sid, "Ada Example", 2, False)
    answer_all(second, sid, ["Three.", "Four.", "Five."])
    report = second.report(sid)
    assert report is not None and [t.answer for t in report.turns] == ["One.", "Two.", "Three.", "Four.", "Five."]
    row2 = first.session(sid)
    assert row2 is not None and row2.finished and row2.answered == 5 and row2.overall == report.overall


def test_concurrent_sessions_on_one_engine_do_not_mix(pg_url: str, settings: Settings) -> None:
    engine = engine_on(pg_url, settings)
    errors: list[BaseException] = []

    def candidate(k: int) -> None:
        try:
            sid = engine.start(candidate=f"c{k}").session_id
            answer_all(engine, sid, [f"Answer {j} of candidate {k}." for j in range(5)])
            report = engine.report(sid)
            assert report is not None
            assert [t.answer for t in report.turns] == [f"Answer {j} of candidate {k}." for j in range(5)]
        except BaseException as exc:  # noqa: BLE001  (re-raised in the main thread)
            errors.append(exc)

    threads = [threading.Thread(target=candidate, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    rows = engine.sessions()
    assert sorted(r.candidate for r in rows) == [f"c{k}" for k in range(6)] and all(r.finished for r in rows)


def _app(url: str, home: Path, *args: str, answers: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MOCKINTERVIEW_DB": url, "MOCKINTERVIEW_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "tests.scripted_app", *args], input=answers, cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=True)


def test_a_session_started_in_one_process_continues_in_another(pg_url: str, tmp_path: Path) -> None:
    first = _app(pg_url, tmp_path / "a", answers="First answer.\nSecond answer.\n")
    sid = first.stdout.split("Session: ", 1)[1].split()[0]
    assert f"--session {sid}" in first.stdout and "[3/5]" in first.stdout
    second = _app(pg_url, tmp_path / "b", sid, answers="Third.\nFourth.\nFifth.\n")
    assert "[3/5]" in second.stdout and "INTERVIEW REPORT" in second.stdout
    listed = subprocess.run([sys.executable, "-m", "agent.cli", "sessions", "--json", "--db", pg_url], cwd=REPO,
                            capture_output=True, text=True, timeout=60, check=True)
    [row] = json.loads(listed.stdout)
    assert row["id"] == sid and row["answered"] == 5 and row["finished"]
    report = engine_on(pg_url, Settings.from_env({}, home=tmp_path)).report(sid)
    assert report is not None
    assert [t.answer for t in report.turns] == ["First answer.", "Second answer.", "Third.", "Fourth.", "Fifth."]


def test_an_unreachable_server_is_a_readable_error() -> None:
    pytest.importorskip("psycopg", reason="the 'scale' extra is not installed")
    with pytest.raises(StorageUnavailableError, match="Cannot reach the PostgreSQL database at 127.0.0.1:9"):
        connect("postgresql://nobody@127.0.0.1:9/none")
