"""Integration with the real embedded model and real processes (slow: about a minute)."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from agent.config import Settings
from tests.conftest import ScriptedRoleModel, make_engine

REPO = Path(__file__).resolve().parents[1]
HOME = REPO / ".mockinterview"  # the converted model is cached here between runs
ANSWERS = (REPO / "examples" / "answers.txt").read_text().splitlines()


class Interview:
    """A real `mockinterview interview` process, driven line by line like a person at a terminal."""

    def __init__(self, db: Path, *args: str):
        env = {**os.environ, "MOCKINTERVIEW_HOME": str(HOME), "MOCKINTERVIEW_DB": str(db), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "agent.cli", "interview", *args], cwd=REPO, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, pattern: str, timeout: float = 240) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                continue
            self.seen.append(line)
            if m := re.search(pattern, line):
                return m
        raise AssertionError(f"no line matched {pattern!r}; output:\n" + "\n".join(self.seen))

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()


@pytest.mark.slow
def test_sigkill_while_scoring_loses_no_answer_and_the_session_finishes(tmp_path: Path) -> None:
    db = tmp_path / "sessions.sqlite"
    first = Interview(db, "--resume", "examples/sample_resume.md", "--role", "Backend Engineer",
                      "--max-questions", "5")
    session = first.wait_for(r"Session: (\w+)").group(1)
    watcher = make_engine(Settings.from_env({}, home=tmp_path), ScriptedRoleModel(), db)
    for n in (1, 2, 3):
        first.wait_for(rf"^\[{n}/5\]")
        first.send(ANSWERS[n - 1])
    # The third answer is checkpointed as soon as it is received; kill while the Scorer is still working on it.
    deadline = time.monotonic() + 60
    while len(watcher.turns(session)) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    first.proc.send_signal(signal.SIGKILL)
    first.proc.wait(timeout=10)
    turns = watcher.turns(session)
    assert [t.answer for t in turns] == ANSWERS[:3]

    second = Interview(db, "--session", session)
    second.wait_for(r"\(continued\)")
    for n in (4, 5):
        # A resumed turn may rerun the Scorer and then write a follow-up's guidance and its question: up to eight
        # generations, which a busy 2-core machine has taken over 240 s to produce. The test is about durability.
        second.wait_for(rf"^\[{n}/5\]", timeout=600)
        second.send(ANSWERS[n - 1])
    second.wait_for("INTERVIEW REPORT")
    second.wait_for("practice tool")
    assert second.proc.wait(timeout=30) == 0

    report = watcher.store.report(session)
    assert report is not None and report.answered == 5
    assert [t.answer for t in report.turns] == ANSWERS[:5]
    assert all(t.score is not None and t.question.text.endswith("?") for t in report.turns)
    print(f"\nrole outputs by origin in this run: {report.sources}")
    row = watcher.store.get(session)
    assert row is not None and row.finished and row.answered == 5
