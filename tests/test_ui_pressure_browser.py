"""A pressure interview in a real Chromium, on a scripted model: the answer's countdown, time running out, the answer
marked over time in the chat and the report, and the type in the Sessions table. The page's ``Date.now`` is moved
forward by the test (``SHIFTED_CLOCK``), never waited for; the page's timers are the browser's own. (Playwright's fake
clock, ``page.clock``, was used before: twice in CI an answer's update never reached the page after its time was set
forward, the chat stuck at "Scoring your answer" with the event still running, while the server had nothing left to
do; its timers run through a chain of its own that the real ones drive.)"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import STATE_WAIT_MS, patient, send_answer, wait_for_chat
from tests.test_ui_plan_browser import CHROMIUM, playwright, url  # noqa: F401 - the app on a scripted model

pytestmark = pytest.mark.browser

RESUME = Path(__file__).resolve().parents[1] / "examples" / "sample_resume.md"
ANSWER = "I moved the hot reads to Redis after profiling the slowest endpoints, which cut p95 latency by 40 %."


def next_question(page: Any, n: int) -> None:
    """Question ``n`` is shown and the answer that brought it is done (Gradio takes no second answer until then)."""
    wait_for_chat(page, f"question {n} of 6")
    playwright.expect(page.locator("#progress .wrap").first).to_have_class(re.compile(r"\bhide\b"),
                                                                           timeout=STATE_WAIT_MS)
    countdown = page.locator(f'#progress .mi-countdown[data-key$=":{n}"]')
    playwright.expect(countdown).to_have_attribute("data-counting", "1")  # the page counts this question down


# Installed before the page's own scripts: Date.now, shifted by what the test adds; nothing else of time is touched.
SHIFTED_CLOCK = """
(() => {
  const real = Date.now.bind(Date);
  window.miShift = 0;
  Date.now = () => real() + window.miShift;
})();
"""


def later(page: Any, seconds: int) -> None:
    """Move the page's clock on: the countdown reads it on its next tick."""
    page.evaluate("(s) => { window.miShift += s * 1000; }", seconds)


def test_a_pressure_answer_counts_down_and_is_marked_over_time(url: str) -> None:  # noqa: F811 - the fixture
    expect = playwright.expect
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        page = patient(browser.new_page(viewport={"width": 1360, "height": 1000}))
        page.add_init_script(SHIFTED_CLOCK)  # the real clock; the test sets Date.now forward
        page.goto(url)
        page.locator("#resume-file input[type=file]").set_input_files(str(RESUME))
        page.locator("#resume-preview").get_by_text("Topic plan").wait_for()
        page.locator("#interview-type").get_by_text("Pressure", exact=True).click()
        expect(page.locator("#count input[type=number]")).to_have_value("6")
        page.locator("#start").click()
        next_question(page, 1)
        expect(page.locator("#chat")).to_contain_text("60 s to answer")

        # The countdown runs while the candidate answers; at zero it says so and marks the answer box.
        countdown = page.locator("#progress .mi-countdown")
        expect(countdown).to_have_text(re.compile(r"^[01]:\d\d left to answer$"))
        page.locator("#answer textarea").fill(ANSWER)
        later(page, 65)
        expect(countdown).to_contain_text("Time's up")
        expect(page.locator("#answer")).to_have_class(re.compile(r"\bmi-over-time\b"))
        send_answer(page)
        next_question(page, 2)
        expect(page.locator("#chat")).to_contain_text(re.compile(r"Over time: \d+ s, the limit is 60 s\."))

        # The next question starts a fresh count; an answer sent in time says how long it took.
        expect(countdown).to_have_text(re.compile(r"^[01]:\d\d left to answer$"))
        expect(page.locator("#answer")).not_to_have_class(re.compile(r"\bmi-over-time\b"))
        page.locator("#answer textarea").fill(ANSWER)
        later(page, 20)
        send_answer(page)
        next_question(page, 3)
        expect(page.locator("#chat")).to_contain_text(re.compile(r"Answered in (2\d|[3-5]\d) s of 60 s\."))

        page.locator("#end").click()
        report = page.locator("#report")
        expect(report).to_contain_text("Pressure interview", timeout=STATE_WAIT_MS)
        expect(report).to_contain_text("1 of 2 answers went over the 60 s limit (question 1)")

        page.get_by_role("tab", name="Sessions").click()
        table = page.locator("#sessions-table")
        expect(table).to_contain_text("Type", timeout=STATE_WAIT_MS)
        expect(table).to_contain_text("Pressure")
        browser.close()
