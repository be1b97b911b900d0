"""The console script: every subcommand documented, sessions listing, scripted answers from stdin."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from agent.cli import _converse, build_parser, main
from agent.config import Settings
from tests.conftest import ScriptedRoleModel, make_engine

README = Path(__file__).resolve().parents[1] / "README.md"


def _subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)  # type: ignore[arg-type]


def test_every_subcommand_is_documented_in_the_readme() -> None:
    text = README.read_text()
    missing = [c for c in _subcommands() if not re.search(rf"mockinterview {c}\b", text)]
    assert not missing, f"undocumented subcommands: {missing}"


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert all(c in out for c in _subcommands())


def test_sessions_json_on_an_empty_home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sessions", "--json", "--home", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_scripted_conversation_prints_scores_errors_and_report(settings: Settings) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    lines: list[str] = []
    answers = iter(["First answer.", "", "Second answer.", "/end"])
    assert _converse(engine, engine.start(), answers, lines.append) == 0
    out = "\n".join(lines)
    assert "[1/5]" in out and "Score" in out and "The answer is empty" in out and "INTERVIEW REPORT" in out
    assert "practice tool" in out


def test_stdin_eof_saves_and_says_how_to_continue(settings: Settings) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    lines: list[str] = []
    progress = engine.start()
    _converse(engine, progress, iter(io.StringIO("Only one.\n").read().splitlines()), lines.append)
    assert f"--session {progress.session_id}" in lines[-1]
