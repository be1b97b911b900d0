"""The load bench: concurrent scripted candidates lose nothing and never see each other's answers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from agent.bench import bench_load, format_load_bench, scripted_answer
from agent.config import Settings
from agent.storage import connect
from tests.conftest import ScriptedRoleModel


def _check(settings: Settings, sessions: int, answers: int) -> None:
    run = bench_load(settings, ScriptedRoleModel(), sessions=sessions, answers=answers)
    assert run.errors == [] and run.mixed_sessions == [] and run.turns == sessions * answers
    assert {"decision", "question", "scorer", "answer"} <= set(run.latency)
    # Read back independently, through a fresh connection: every candidate's report holds exactly its answers.
    storage = connect(settings.db_url)
    rows = storage.sessions.list()
    assert sorted(r.candidate for r in rows) == sorted(f"load-{k}" for k in range(sessions))
    for row in rows:
        k = int(row.candidate.split("-")[1])
        report = storage.sessions.report(row.id)
        assert row.finished and report is not None
        assert [t.answer for t in report.turns] == [scripted_answer(k, j) for j in range(answers)]
    assert "turns/s" in format_load_bench([run], settings)


def test_concurrent_sessions_on_sqlite(tmp_path: Path) -> None:
    _check(Settings.from_env({}, home=tmp_path), sessions=8, answers=3)


@pytest.mark.postgres
def test_concurrent_sessions_on_postgres(pg_url: str, tmp_path: Path) -> None:
    _check(Settings.from_env({}, home=tmp_path, db=pg_url), sessions=16, answers=3)


def test_scripted_answers_are_distinct_per_candidate() -> None:
    answers = {scripted_answer(k, j) for k in range(16) for j in range(3)}
    assert len(answers) == 48 and all(os.linesep not in a for a in answers)
