"""Progress across interviews in a real Chromium, on a scripted model: two interviews by the same candidate, then
the Progress tab shows both on the trend chart with the weakest areas, and "Practise this" starts an interview on
them (the README's screenshots of these are taken on the real model: tests/test_ui_real_model_practice.py)."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent.config import Settings
from tests.conftest import STATE_WAIT_MS, ScriptedRoleModel, make_engine, patient, send_answer, wait_for_chat

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[1]
RESUME = REPO / "examples" / "sample_resume.md"
STRONG = ("I designed the payments API in Python with idempotency keys, so a retried charge never doubled, and I "
          "measured the error rate falling from 2% to 0.1% over the next quarter.")
WEAK = "I am not sure, I think it went fine."

if not CHROMIUM.exists():
    pytest.skip("Chromium is not installed: apt-get install chromium", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright (never `playwright install`)")


class GradedScript(ScriptedRoleModel):
    """Grades the weak answer low and the strong one high, so the trend and the weakest areas mean something."""

    def choose(self, role, messages, *, prefix, options):
        if role != "scorer":
            return super().choose(role, messages, prefix=prefix, options=options)
        self.calls.append(("choose", role, ""))
        grade = "1" if WEAK in self._prompt(messages) else "4"
        return {o: 1.0 if o == grade else 0.0 for o in options}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from ui.app import create_app, launch_options

    home = tmp_path_factory.mktemp("home")
    patch = pytest.MonkeyPatch()
    patch.setenv("GRADIO_TEMP_DIR", str(tmp_path_factory.mktemp("gradio")))
    settings = Settings.from_env({}, home=home, max_questions=3, max_follow_ups=0, max_topics=4)
    engine = make_engine(settings, GradedScript(), db=home / "sessions.sqlite")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    app = create_app(engine)
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, **launch_options())
    url = f"http://127.0.0.1:{port}/"
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
    yield {"url": url, "engine": engine}
    app.close()
    patch.undo()


def interview(page: Any, answers: list[str]) -> None:
    """One whole interview from the Start tab to its report."""
    page.get_by_role("tab", name="Start").click()
    upload = page.locator("#resume-file input[type=file]")
    if upload.count():  # the second time the resume is still there
        upload.set_input_files(str(RESUME))
    page.locator("#resume-preview").get_by_text("Topic plan").wait_for()
    page.locator("#start").click()
    for n, text in enumerate(answers, start=1):
        wait_for_chat(page, f"question {n} of {len(answers)}")
        send_answer(page, text)
    page.locator("#report").get_by_text("Interview report").wait_for(timeout=STATE_WAIT_MS)
    playwright.expect(page.get_by_role("tab", name="Report")).to_have_attribute("aria-selected", "true")


def test_progress_across_two_interviews_and_practise_the_weakest(server: dict[str, Any], tmp_path: Path) -> None:
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        page = patient(browser.new_page(viewport={"width": 1360, "height": 1000}, accept_downloads=True))
        page.goto(server["url"])
        interview(page, [WEAK, STRONG, WEAK])
        # The report and its PDF give one combined score with its parts: typed answers, camera off.
        report = page.locator("#report").inner_text()
        assert "Combined score" in report and "Answers (text quality)" in report and "not measured" in report
        assert "Delivery was not measured (no spoken answers)" in report and "Behaviour was not measured" in report
        with page.expect_download() as download:
            page.locator("#download-pdf").click()
        pdf = tmp_path / "report.pdf"
        download.value.save_as(pdf)
        if shutil.which("pdftotext"):
            text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                           check=True).stdout.split())
            assert "Combined score" in text and "Answers (text quality)" in text and "100% (60%)" in text, text
        interview(page, [STRONG, STRONG, WEAK])

        # Both interviews on the trend: a point per interview on each line, and the weakest areas with answers.
        page.get_by_role("tab", name="Progress").click()
        view = page.locator("#progress-view")
        playwright.expect(view).to_contain_text("2 finished interviews", timeout=STATE_WAIT_MS)
        playwright.expect(page.locator("#candidate input")).to_have_value("Ada Example")
        assert view.locator("svg polyline").count() >= 2  # answers and combined, each joining two interviews
        assert view.locator("svg circle").count() >= 4
        text = view.inner_text()
        assert "Weakest areas" in text and WEAK in text and "Combined" in text
        weakest = [w.topic.name for w in server["engine"].progress("Ada Example").weakest]
        assert weakest and all(name in text for name in weakest)

        # "Practise this": a new interview whose questions are on the weakest areas.
        page.locator("#practise").click()
        wait_for_chat(page, "question 1 of")
        session_id = page.locator("#session-id textarea").input_value()
        pending = server["engine"].resume(session_id).pending
        assert pending is not None and pending.topic in weakest
        browser.close()


def test_each_interview_type_plans_its_topics_and_length(server: dict[str, Any]) -> None:
    from agent.interview_types import TYPES

    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        page = patient(browser.new_page(viewport={"width": 1360, "height": 1000}))
        page.goto(server["url"])
        page.locator("#resume-file input[type=file]").set_input_files(str(RESUME))
        page.locator("#resume-preview").get_by_text("Topic plan").wait_for()
        topics = page.locator("#topics textarea")
        count = page.locator("#count input[type=number]")
        for kind in ("behavioural", "technical", "pressure", "mixed"):
            page.locator("#interview-type").get_by_text(TYPES[kind].label, exact=True).click()
            playwright.expect(count).to_have_value(str(TYPES[kind].questions))
            if kind == "behavioural":  # the STAR themes alone
                playwright.expect(topics).to_have_value(re.compile(r"^working in a team\nhandling a conflict"))
                playwright.expect(topics).not_to_have_value(re.compile("Payments API"))
            else:  # the resume's topics, with the behavioural themes between them except in a technical interview
                playwright.expect(topics).to_have_value(re.compile("Payments API"))
                if kind == "technical":
                    playwright.expect(topics).not_to_have_value(re.compile("working in a team"))
                else:
                    playwright.expect(topics).to_have_value(re.compile("working in a team"))
        # A technical interview starts on a resume topic, with its own length, and its report says its type.
        page.locator("#interview-type").get_by_text("Technical", exact=True).click()
        playwright.expect(count).to_have_value(str(TYPES["technical"].questions))
        playwright.expect(topics).not_to_have_value(re.compile("working in a team"))
        page.locator("#start").click()
        page.locator("#chat").get_by_text(f"question 1 of {TYPES['technical'].questions}").first.wait_for(
            timeout=STATE_WAIT_MS)
        page.locator("#end").click()
        playwright.expect(page.locator("#report")).to_contain_text("Technical interview", timeout=STATE_WAIT_MS)
        browser.close()
