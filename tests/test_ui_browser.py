"""The web app in a real Chromium with a fake camera and microphone fed from files, on a scripted model.

One walk through what a user does: upload a resume, answer, watch the live panel follow the camera, reload and
continue, reach the report and download the PDF. Screenshots for the README are saved to docs/screenshots/.
"""

from __future__ import annotations

import re
import shutil
import socket
import statistics
import subprocess
import time
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agent.config import Settings
from tests.conftest import (
    STATE_WAIT_MS,
    ScriptedRoleModel,
    dismiss_messages,
    make_engine,
    patient,
    send_answer,
    wait_for_chat,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[1]
SCREENSHOTS = REPO / "docs" / "screenshots"
RESUME = REPO / "examples" / "sample_resume.md"
QUESTIONS = 4

if not CHROMIUM.exists():
    pytest.skip("Chromium is not installed: apt-get install chromium (the browser tests drive /usr/bin/chromium)",
                allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright (never `playwright install`)")
for tool in ("ffmpeg", "espeak-ng", "pdftotext"):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is needed for the fake camera/microphone or the PDF check: apt-get install "
                    "ffmpeg espeak-ng poppler-utils", allow_module_level=True)


class FrameStatsCoach:
    """A stand-in for the behaviour aggregator whose scores come from the frames and audio it really receives.

    Focus follows the frame's brightness and body language its height, so the panel shows numbers that only the
    fake camera's picture can produce.
    """

    def __init__(self) -> None:
        self.last = -np.inf
        self.brightness = 0.0
        self.height = 0
        self.audio_level = 0.0

    def push_frame(self, frame: np.ndarray, t: float) -> Mapping[str, Any] | None:
        self.brightness = float(frame.mean())
        self.height = frame.shape[0]
        return self._estimate(t)

    def push_audio(self, samples: np.ndarray, sample_rate: float, t: float) -> Mapping[str, Any] | None:
        self.audio_level = float(np.abs(samples.astype(np.float32)).mean() / 327.68)
        return self._estimate(t)

    def window(self) -> Mapping[str, Any] | None:
        return {"scene": [[1.0, self.brightness / 255, 0.5]]}

    def _estimate(self, t: float) -> Mapping[str, Any] | None:
        if t - self.last < 0.5:
            return None
        self.last = t
        focus = expected_focus(self.brightness)
        body = min(100.0, 40 + self.height / 8)
        scores = {"language": min(100.0, 55 + self.audio_level * 4), "composure": 74.0, "body_language": body,
                  "focus": focus}
        scores["overall"] = sum(scores.values()) / 4
        reminders = [{"key": "good_posture", "group": "positive", "probability": 0.8,
                      "en": "Upright, open posture. Looks confident.", "zh": "坐姿端正舒展，显得很自信。"}]
        if focus < 75:
            reminders.insert(0, {"key": "looking_away", "group": "focus", "probability": 0.7,
                                 "en": "Look at the camera; you're looking away.", "zh": "请看向镜头。"})
        return {"scores": scores, "reminders": reminders}


def expected_focus(brightness: float) -> float:
    return 30 + brightness / 255 * 80


class InterviewScript(ScriptedRoleModel):
    """Realistic questions, grades and feedback, so the screenshots show what a real interview looks like."""

    GRADES = [3.9, 4.6, 2.6, 4.2, 3.0]

    def __init__(self) -> None:
        super().__init__(texts={
            "question": [
                " What drew you to backend engineering, and which part of the work do you enjoy most?",
                " In the Payments API, how did you make the endpoints idempotent, and how did you test it?",
                " At Acme Corp you cut p95 latency by 40 %. How did you find the hot reads, and what did moving "
                "them to Redis cost you?",
                " Tell me about a time you disagreed with a teammate. How did you resolve it?",
            ],
            "scorer": [
                " Clear motivation; name one system you built and what it changed for its users.",
                " Strong: explains idempotency keys and the retry test, with a measured result.",
                " Names Redis but skips how the hot reads were found; add the profiling step and the trade-offs.",
                " A relevant example with a clear outcome; say what you would do differently next time.",
            ],
        })
        self.grades = list(self.GRADES)

    def choose(self, role, messages, *, prefix, options):  # type: ignore[no-untyped-def]
        if role != "scorer":
            return {"SWITCH": 0.8, "FOLLOW_UP": 0.2} if role == "decision" else super().choose(
                role, messages, prefix=prefix, options=options)
        self.calls.append(("choose", role, ""))
        grade = self.grades.pop(0) if self.grades else 3.0
        low = int(grade)
        probs = dict.fromkeys(options, 0.0)
        probs[str(low)] = 1 - (grade - low)
        if low < 5:
            probs[str(low + 1)] = grade - low
        return probs


ANSWERS = [
    "I like building the parts nobody sees but everyone relies on: APIs that stay fast and correct under load.",
    "Every request carries an idempotency key; we store the key with the result in PostgreSQL inside the same "
    "transaction, so a retry returns the stored result. A chaos test replayed 10,000 requests twice.",
    "We looked at the slow endpoints and moved the reads to Redis.",
    "We disagreed about a schema change; I wrote both options down with their costs and we picked one together.",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A face video (scikit-image's astronaut) and a spoken sentence, made at test time."""
    data = pytest.importorskip("skimage.data", reason="pip install scikit-image (the astronaut test picture)")
    from PIL import Image

    folder = tmp_path_factory.mktemp("media")
    face = Image.fromarray(data.astronaut()).resize((320, 320))
    face.save(folder / "face.png")
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-loop", "1", "-i", str(folder / "face.png"), "-t", "2",
                    "-r", "15", "-pix_fmt", "yuv420p", str(folder / "face.y4m")], check=True)
    subprocess.run(["espeak-ng", "-w", str(folder / "speech.wav"),
                    "I designed an idempotent payments API in Python and PostgreSQL."], check=True)
    return {"face": folder / "face.y4m", "speech": folder / "speech.wav",
            "brightness": float(np.asarray(face).mean())}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from ui.app import create_app, launch_options

    home = tmp_path_factory.mktemp("home")
    uploads = tmp_path_factory.mktemp("gradio")  # Gradio's upload cache, watched for frames and audio on disk
    patch = pytest.MonkeyPatch()
    patch.setenv("GRADIO_TEMP_DIR", str(uploads))
    settings = Settings.from_env({}, home=home, max_questions=5, max_follow_ups=1, max_topics=6)
    engine = make_engine(settings, InterviewScript(), db=home / "sessions.sqlite")
    port = free_port()
    started = time.perf_counter()
    app = create_app(engine, behavior=FrameStatsCoach)
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, **launch_options())
    url = f"http://127.0.0.1:{port}/"
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
    yield {"url": url, "engine": engine, "serving_s": time.perf_counter() - started, "uploads": uploads}
    app.close()
    patch.undo()


@pytest.fixture(scope="module")
def browser(media: dict[str, Any]) -> Iterator[Any]:
    args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream", f"--use-file-for-fake-video-capture={media['face']}",
            f"--use-file-for-fake-audio-capture={media['speech']}"]
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=args, headless=True)
        yield b
        b.close()


def chat_text(page: Any) -> str:
    return str(page.locator("#chat").inner_text())


def panel_value(page: Any, name: str) -> float:
    text = page.locator("#live-panel").inner_text()
    match = re.search(rf"{name}\s+(\d+)", text)
    assert match, text
    return float(match.group(1))


def updates(page: Any) -> int:
    match = re.search(r"update (\d+)", page.locator("#live-panel").inner_text())
    return int(match.group(1)) if match else 0


def screenshot(page: Any, name: str) -> None:
    """The whole page from the top, without the toasts of earlier steps."""
    page.add_style_tag(content="body.no-toasts .toast-wrap { visibility: hidden !important; }")
    page.evaluate("() => { document.body.classList.add('no-toasts'); window.scrollTo(0, 0); }")
    page.wait_for_timeout(600)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
    page.evaluate("() => document.body.classList.remove('no-toasts')")


def test_interview_in_the_browser(server: dict[str, Any], browser: Any, media: dict[str, Any],
                                  tmp_path: Path) -> None:
    # One candidate.
    browsing = patient(browser.new_context(viewport={"width": 1360, "height": 1000}, accept_downloads=True))
    page = browsing.new_page()
    started = time.perf_counter()
    page.goto(server["url"])
    page.locator("#start").wait_for()
    page_s = time.perf_counter() - started

    # Start: the parsed resume and the topic plan appear before the first question.
    page.locator("#resume-file input[type=file]").set_input_files(str(RESUME))
    page.locator("#resume-preview").get_by_text("Topic plan").wait_for()
    page.locator("#role textarea").fill("Backend Engineer")
    count = page.locator("#count input[type=number]")
    count.fill(str(QUESTIONS))
    count.press("Enter")
    preview = page.locator("#resume-preview").inner_text()
    assert "Ada Example" in preview and "Payments API" in preview and "Backend Engineer" in preview
    page.locator("#start").click()
    wait_for_chat(page, f"question 1 of {QUESTIONS}")

    # Camera and microphone: the panel follows the fake camera's real frames.
    page.locator("#camera").get_by_text("Click to Access Webcam").click()
    page.locator("#camera").get_by_text("Record").click()
    page.locator("#microphone .record-button").click()
    page.locator("#live-panel").get_by_text("Focus").wait_for(timeout=STATE_WAIT_MS)
    # The panel keeps updating (its rate is measured by `mockinterview bench behavior`, not here).
    first = updates(page)
    deadline = time.monotonic() + STATE_WAIT_MS / 1000
    while updates(page) < first + 2 and time.monotonic() < deadline:
        page.wait_for_timeout(250)
    assert updates(page) >= first + 2, "the live panel stopped updating"
    assert abs(panel_value(page, "Focus") - expected_focus(media["brightness"])) <= 6
    assert "Video and audio are analysed live on this machine" in page.locator("#live-panel").inner_text()

    # Three answers: each one shows its score and feedback, then the next question.
    shown_s, latencies = [], []
    for n, text in enumerate(ANSWERS[:3], start=1):
        started = time.perf_counter()
        send_answer(page, text)
        page.locator("#chat").get_by_text(text[:40]).first.wait_for()
        shown_s.append(time.perf_counter() - started)
        wait_for_chat(page, f"question {n + 1} of {QUESTIONS}")
        latencies.append(time.perf_counter() - started)
        if n == 2:
            page.wait_for_timeout(1200)
            screenshot(page, "interview.png")
    shown = chat_text(page)
    assert shown.count("/100 · ") == 3 and "Strong: explains idempotency keys" in shown
    assert "Names Redis but skips" in shown

    # An empty answer is refused with a message; the interview stays on question 4.
    wait_until_idle(page)
    page.locator("#send").click()
    page.get_by_text("The answer is empty").first.wait_for()

    # The camera can be turned off: the panel says so and the interview goes on.
    page.locator("#camera-on input").uncheck()
    page.locator("#live-panel").get_by_text("Camera off").wait_for()
    assert page.locator("#camera video").count() == 0
    # No frame reached the disk, and the microphone chunks Gradio uploaded are gone within seconds.
    uploads = server["uploads"]
    assert not [p for p in uploads.rglob("*") if p.suffix.lower() in (".webp", ".png", ".jpg", ".jpeg", ".bmp")]
    deadline = time.monotonic() + 30
    while (chunks := list(uploads.rglob("*.wav"))) and time.monotonic() < deadline:
        page.wait_for_timeout(500)
    assert not chunks, f"microphone chunks still on disk after 30 s: {chunks}"

    # A second tab of the same browser (so the same owner token) continues the session from the Sessions list (as
    # after a server restart) ...
    assert f"session={page.locator('#session-id textarea').input_value()}" in page.url
    other = browsing.new_page()
    other.goto(server["url"])
    other.get_by_role("tab", name="Sessions").click()
    playwright.expect(other.locator("#sessions-table")).to_contain_text("Ada Example")
    other.locator("#open-session").click()
    wait_for_chat(other, f"question 4 of {QUESTIONS}")
    # ... and a reload keeps it there (the session id is in the tab's URL): the chat comes back whole.
    other.reload()
    wait_for_chat(other, f"question 4 of {QUESTIONS}")
    assert ANSWERS[1][:40] in chat_text(other) and chat_text(other).count("/100 · ") == 3

    # The first tab, camera off, answers the last question and lands on the report.
    started = time.perf_counter()
    send_answer(page, ANSWERS[3])
    page.locator("#report").get_by_text("Interview report").wait_for(timeout=STATE_WAIT_MS)
    latencies.append(time.perf_counter() - started)
    report = page.locator("#report").inner_text()
    assert "practice tool" in report and "Tell me about a time you disagreed" in report
    assert "Names Redis but skips" in report
    # It saw the camera: the report has the live behaviour scores and the reminders seen most.
    assert "Behaviour" in report and "Look at the camera" in report
    screenshot(page, "report.png")

    # The second tab still shows question 4: answering there now is refused with a message, not a second turn
    # (one click, not send_answer: a refused answer is not a dropped click to repeat).
    other.locator("#answer textarea").fill("A second answer to question 4.")
    wait_until_idle(other)
    other.locator("#send").click()
    other.get_by_text("This interview is finished").first.wait_for()
    other.locator("#report").get_by_text("Interview report").wait_for()

    with page.expect_download() as download:
        page.locator("#download-pdf").click()
    pdf = tmp_path / "report.pdf"
    download.value.save_as(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("Interview report", "Ada Example", "Backend Engineer", "idempotency keys",
                     "practice tool", "Look at the camera", "Behaviour"):
        assert expected in text, expected

    print(f"\nlaunch to serving: {server['serving_s']:.2f} s; page load to interactive: {page_s:.2f} s; "
          f"answer shown in the chat: median {statistics.median(shown_s):.2f} s; answer to next question "
          f"(scripted model): median {statistics.median(latencies):.2f} s, max {max(latencies):.2f} s")
    browsing.close()


def test_errors_reach_the_user_as_messages(server: dict[str, Any], browser: Any, tmp_path: Path) -> None:
    page = patient(browser.new_page(viewport={"width": 1360, "height": 1000}))
    page.goto(server["url"])

    # A file over the 5 MB limit.
    big = tmp_path / "resume.txt"
    big.write_bytes(b"Python developer. " * 350_000)
    page.locator("#resume-file input[type=file]").set_input_files(str(big))
    page.get_by_text("exceed the maximum allowed size of 5.0 Mb").first.wait_for()

    # A file that is not what its name says.
    fake = tmp_path / "resume.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    page.locator("#resume-file input[type=file]").set_input_files(str(fake))
    page.get_by_text("is a PNG image, not a PDF").first.wait_for()
    dismiss_messages(page)  # they close by themselves after 10 s: the next one must not be counted beside an old one
    page.locator("#start").click()
    page.get_by_text("is a PNG image, not a PDF").first.wait_for()
    page.locator("#resume-file button[aria-label='Clear']").click()

    # A model failure while scoring: a message and Retry, then the interview goes on from the saved answer.
    page.locator("#role textarea").fill("Data Engineer")
    page.locator("#start").click()
    wait_for_chat(page, "question 1 of")
    server["engine"].roles.model.fail_next["scorer"] = RuntimeError("out of memory")
    send_answer(page, "I would start from the data contracts between the two teams.")
    page.get_by_text("The model failed on this step (RuntimeError)").first.wait_for()
    page.locator("#retry").click()
    wait_for_chat(page, "question 2 of")
    assert "/100 · " in chat_text(page)
    assert chat_text(page).count("I would start from the data contracts between the two teams.") == 1
    assert "Traceback" not in page.content() and "[object Object]" not in page.content()
    page.close()


def test_two_tabs_on_two_sessions_never_mix(server: dict[str, Any], browser: Any) -> None:
    pages = [patient(browser.new_page(viewport={"width": 1360, "height": 1000})) for _ in range(2)]
    for page, role in zip(pages, ("Site Reliability Engineer", "Product Manager"), strict=True):
        page.goto(server["url"])
        page.locator("#role textarea").fill(role)
        page.locator("#start").click()
        wait_for_chat(page, f"{role} · question 1 of")
    first, second = pages
    send_answer(first, "An answer that belongs to the first tab and only to it.")
    wait_for_chat(first, "question 2 of")
    send_answer(second, "The second tab's own answer, which names its own project.")
    wait_for_chat(second, "question 2 of")
    ids = [page.locator("#session-id textarea").input_value() for page in pages]
    assert ids[0] != ids[1] and all(f"session={sid}" in page.url for sid, page in zip(ids, pages, strict=True))
    assert "second tab" not in chat_text(first) and "first tab" not in chat_text(second)
    assert "Product Manager" not in chat_text(first) and "Site Reliability" not in chat_text(second)
    engine = server["engine"]
    assert [t.answer for t in engine.turns(ids[0])] == ["An answer that belongs to the first tab and only to it."]
    assert [t.answer for t in engine.turns(ids[1])] == ["The second tab's own answer, which names its own project."]
    for page in pages:
        page.close()


def test_a_request_to_clarify_is_answered_and_the_question_stays(server: dict[str, Any], browser: Any) -> None:
    """agent/asides.py: the reply appears under the question's header, the question's number does not move, and the
    answer that follows is scored."""
    page = patient(browser.new_page(viewport={"width": 1360, "height": 1000}))
    page.goto(server["url"])
    page.locator("#role textarea").fill("Platform Engineer")
    page.locator("#start").click()
    wait_for_chat(page, "question 1 of")
    wait_until_idle(page)
    send_answer(page, "Sorry, could you rephrase the question?")
    wait_for_chat(page, "Of course. The question was:")
    wait_until_idle(page)
    shown = chat_text(page)
    assert "/100 · " not in shown and "question 2 of" not in shown and shown.count("question 1 of") == 2
    send_answer(page, "I moved our deploys to blue-green releases behind a load balancer and cut downtime to zero.")
    wait_for_chat(page, "question 2 of")
    assert chat_text(page).count("/100 · ") == 1
    page.close()
