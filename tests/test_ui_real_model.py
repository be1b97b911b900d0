"""The app as `launch` serves it, on the real embedded model, in a real Chromium (slow: a minute or two).

Measures what a user waits for: from starting the server to a page that answers, and from sending an answer to the
next question.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

REPO = Path(__file__).resolve().parents[1]
HOME = REPO / ".mockinterview"  # the converted model is cached here between runs (as in test_integration)
CHROMIUM = Path("/usr/bin/chromium")


def wait_until_serving(url: str, proc: subprocess.Popen[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.communicate()[0][-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.25)
    raise AssertionError(f"not serving after {timeout} s")


def test_launch_and_one_answer_on_the_real_model(tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed: apt-get install chromium")
    playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    env = {**os.environ, "MOCKINTERVIEW_HOME": str(HOME), "MOCKINTERVIEW_DB": str(tmp_path / "sessions.sqlite"),
           "PYTHONUNBUFFERED": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", f"from ui.app import launch; launch(port={port})"], cwd=REPO,
                            env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_until_serving(url, proc, timeout=300)
        serving_s = time.perf_counter() - started
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1360, "height": 1000})
            page.goto(url)
            page.locator("#start").wait_for()
            ready_s = time.perf_counter() - started
            page.locator("#resume-text textarea").fill((REPO / "examples" / "sample_resume.md").read_text())
            page.locator("#role textarea").fill("Backend Engineer")
            page.locator("#start").click()
            page.locator("#chat").get_by_text("question 1 of").wait_for(timeout=180_000)
            page.locator("#answer textarea").fill(
                "I designed the payments API so that every request carries an idempotency key; the key and the "
                "result are stored in PostgreSQL in one transaction, so a retried request returns the same result.")
            sent = time.perf_counter()
            page.locator("#send").click()
            page.locator("#chat").get_by_text("question 2 of").wait_for(timeout=180_000)
            answer_s = time.perf_counter() - sent
            assert "/100 · " in page.locator("#chat").inner_text()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"\nreal model: launch to serving {serving_s:.1f} s, to a ready page {ready_s:.1f} s; "
          f"answer to next question {answer_s:.1f} s")
