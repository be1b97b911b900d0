"""The Start tab in a real Chromium: a template-built PDF resume, the preview of what was read, a corrected plan,
and a first question on the corrected topic (scripted model; every wait is for a state, never for time)."""

from __future__ import annotations

import re
import socket
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from agent.config import Settings
from tests.conftest import STATE_WAIT_MS, ScriptedRoleModel, make_engine, patient

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
RESUME = Path(__file__).resolve().parent / "data" / "resumes" / "jake_sre.pdf"
EDITED = "Leader election in etcd"

if not CHROMIUM.exists():
    pytest.skip("Chromium is not installed: apt-get install chromium (the browser tests drive /usr/bin/chromium)",
                allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright (never `playwright install`)")


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from ui.app import create_app, launch_options

    home = tmp_path_factory.mktemp("home")
    patch = pytest.MonkeyPatch()
    patch.setenv("GRADIO_TEMP_DIR", str(tmp_path_factory.mktemp("gradio")))
    settings = Settings.from_env({}, home=home, max_questions=3, max_topics=6)
    engine = make_engine(settings, ScriptedRoleModel(), db=home / "sessions.sqlite")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    app = create_app(engine)
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, **launch_options())
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
        assert response.status == 200
    yield f"http://127.0.0.1:{port}/"
    app.close()
    patch.undo()


@contextmanager
def resume_uploaded(url: str) -> Iterator[Any]:
    """A page of the app in Chromium, the resume uploaded and its plan shown."""
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        page: Any = patient(browser.new_page(viewport={"width": 1360, "height": 1000}))
        page.goto(url)
        page.locator("#start").wait_for()
        page.locator("#resume-file input[type=file]").set_input_files(str(RESUME))
        page.locator("#resume-preview").get_by_text("Topic plan").wait_for(timeout=STATE_WAIT_MS)
        yield page
        browser.close()


def test_a_corrected_plan_opens_the_interview(url: str) -> None:
    expect = playwright.expect
    with resume_uploaded(url) as page:
        # What was read: the name, every employer with its title and dates, projects and skills; no city as a job.
        preview = page.locator("#resume-preview")
        for seen in ("Selin Lindqvist", "Full Stack Developer", "Tidewater Payments", "Jan 2020 – Present",
                     "Senior Software Engineer", "Halcyon Mobility", "Data Engineer", "Northwind Analytics",
                     "Tideline Scheduler", "Kubernetes"):
            expect(preview).to_contain_text(seen)
        assert "Seoul" not in preview.inner_text().split("Topic plan")[1]

        # The candidate replaces the first topic and drops the second; the preview follows the edit.
        topics = page.locator("#topics textarea")
        expect(topics).to_have_value(re.compile("at Tidewater Payments"), timeout=STATE_WAIT_MS)  # the job held now
        lines = topics.input_value().splitlines()
        topics.fill("\n".join([EDITED, *lines[2:]]))
        topics.blur()
        expect(preview).to_contain_text(EDITED, timeout=STATE_WAIT_MS)  # the preview re-reads the resume

        page.locator("#start").click()
        chat = page.locator("#chat")
        chat.get_by_text("question 1 of 3").first.wait_for(timeout=STATE_WAIT_MS)
        first = chat.inner_text()
        header, _, question = first.partition("question 1 of 3")
        assert EDITED in header and EDITED in question  # the topic line and the question itself


def test_a_role_typed_just_before_start_opens_the_interview(url: str) -> None:
    """The role was read from the topics shown, planned before it was typed: a candidate who typed "Platform
    Engineer" and pressed Start at once (the field's blur re-plans, but Start read the old topics) was never asked
    about it. Unedited topics are now planned afresh at Start."""
    with resume_uploaded(url) as page:
        topics = page.locator("#topics textarea")
        playwright.expect(topics).to_have_value(re.compile("Tidewater"), timeout=STATE_WAIT_MS)
        assert "Platform Engineer" not in topics.input_value()
        page.locator("#role textarea").fill("Platform Engineer")
        page.locator("#start").click()
        chat = page.locator("#chat")
        chat.get_by_text("question 1 of 3").first.wait_for(timeout=STATE_WAIT_MS)
        header = chat.inner_text().partition("question 1 of 3")[0]
        assert "Platform Engineer" in header
