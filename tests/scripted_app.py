"""A real app process on the configured database with the scripted role model (the model is not the point here).

``python -m tests.scripted_app [SESSION]`` starts an interview (or continues SESSION) and reads answers from stdin,
like ``mockinterview interview`` does; the tests run two of them on one PostgreSQL database.
"""

from __future__ import annotations

import sys

from agent.cli import _answers, _converse
from agent.config import Settings
from agent.engine import open_engine
from tests.conftest import ScriptedRoleModel


def main(argv: list[str]) -> int:
    engine = open_engine(Settings.from_env(max_questions=5), role_model=ScriptedRoleModel())
    progress = engine.resume(argv[0]) if argv else engine.start(candidate="Two Processes")
    print(f"Session: {progress.session_id}", flush=True)
    return _converse(engine, progress, _answers(sys.stdin), lambda text: print(text, flush=True))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
