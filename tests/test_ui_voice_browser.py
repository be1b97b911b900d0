"""Answering by voice in a real Chromium whose fake microphone plays synthetic speech (piper), on a scripted model.

The real tiny.en model transcribes what the browser streams; the transcript fills the answer box, the candidate
sends it, and it comes back scored. The first question is read aloud; the mute switch stops the next one. The
report shows the answer's delivery. With the camera on, the same microphone feeds the live coach: the panel shows the
pace while the candidate speaks and never says it cannot hear them.
"""

from __future__ import annotations

import shutil
import socket
import time
import urllib.request
import wave
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agent.config import Settings
from tests.conftest import STATE_WAIT_MS, ScriptedRoleModel, make_engine, patient, send_answer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
RESUME = Path(__file__).resolve().parents[1] / "examples" / "sample_resume.md"
SPOKEN = "In my last role I led the migration of our billing service to a cluster of containers."
# A loaded machine makes Chromium's fake microphone stutter, and the recogniser hears what it played: CI once got
# "And my last role, I love the migration of our Billings Earth to a cluster of containing Earth." (0.35) after a live
# transcript within 0.25. The recogniser's own WER target is checked on clean audio in tests/test_speech_stt.py; here
# the final transcript must be the sentence that was spoken, not noise or another text (those are near 1.0). The live
# one is held to 0.25 for as long as 45 s of recording: that only says a whole sentence is in before the stop.
SPOKEN_WER = 0.4

if not CHROMIUM.exists():
    pytest.skip("Chromium is not installed: apt-get install chromium", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright (never `playwright install`)")
pytest.importorskip("faster_whisper", reason="the 'speech' extra is not installed")
if shutil.which("espeak-ng") is None:
    pytest.skip("espeak-ng is needed for the read-aloud fallback: apt-get install espeak-ng", allow_module_level=True)


class HearingCoach:
    """A stand-in for the behaviour aggregator that, like the real one, says it cannot hear the microphone when no
    audio reached it in the last 1.5 s."""

    def __init__(self) -> None:
        self.audio_at = -np.inf
        self.last = -np.inf

    def push_frame(self, frame: np.ndarray, t: float) -> Mapping[str, Any] | None:
        return self._estimate(t)

    def push_audio(self, samples: np.ndarray, sample_rate: float, t: float) -> Mapping[str, Any] | None:
        self.audio_at = t
        return self._estimate(t)

    def window(self) -> Mapping[str, Any] | None:
        return None

    def _estimate(self, t: float) -> Mapping[str, Any] | None:
        if t - self.last < 0.5:
            return None
        self.last = t
        unheard = [{"key": "microphone_check", "en": UNHEARD, "group": "general", "probability": 0.9}]
        return {"scores": dict.fromkeys(("language", "composure", "body_language", "focus", "overall"), 60.0),
                "reminders": unheard if t - self.audio_at > 1.5 else []}


UNHEARD = "We can't hear any audio; check your microphone."


@pytest.fixture(scope="module")
def speech_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The spoken answer at 48 kHz between 2 s and 4 s of silence (Chromium plays the file from the moment the
    microphone opens, and loops it; the recorder misses the first moments)."""
    from tools.speech.audio import to_16k
    from tools.speech.testspeech import save_microphone_wav, silence
    from tools.speech.tts import Speaker

    s = Speaker().say(SPOKEN, rate=0.8)
    audio = np.concatenate([silence(2.0), to_16k(s.samples, s.sample_rate), silence(4.0)])
    return save_microphone_wav(tmp_path_factory.mktemp("voice") / "speech.wav", audio)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from ui.app import create_app, launch_options
    from ui.voice import VoiceService

    home = tmp_path_factory.mktemp("home")
    uploads = tmp_path_factory.mktemp("gradio")
    patch = pytest.MonkeyPatch()
    patch.setenv("GRADIO_TEMP_DIR", str(uploads))
    settings = Settings.from_env({}, home=home, max_questions=3, max_follow_ups=0, max_topics=3)
    model = ScriptedRoleModel(texts={"question": [" What did you migrate, and how did you keep payments running?",
                                                  " How did you test the migration?"],
                                     "scorer": [" Clear scope; add how you measured the result."]})
    engine = make_engine(settings, model, db=home / "sessions.sqlite")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    app = create_app(engine, behavior=HearingCoach, voice=VoiceService(settings))
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, **launch_options())
    url = f"http://127.0.0.1:{port}/"
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
    yield {"url": url, "uploads": uploads}
    app.close()
    patch.undo()


@pytest.fixture(scope="module")
def browser(speech_wav: Path) -> Iterator[Any]:
    args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--autoplay-policy=no-user-gesture-required", "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream", f"--use-file-for-fake-audio-capture={speech_wav}"]
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=args, headless=True)
        yield b
        b.close()


def audio_sources(page: Any) -> list[str]:
    return [s for s in page.locator("#question-audio audio").evaluate_all("els => els.map(e => e.src)") if s]


def started_interview(server: dict[str, Any], browser: Any) -> Any:
    """A new page on the first question of an interview on the sample resume."""
    page = patient(browser.new_page(viewport={"width": 1360, "height": 1000}))
    page.goto(server["url"])
    page.locator("#resume-file input[type=file]").set_input_files(str(RESUME))
    page.locator("#resume-preview").get_by_text("Topic plan").wait_for()
    page.locator("#start").click()
    page.locator("#chat").get_by_text("question 1 of 3").first.wait_for(timeout=STATE_WAIT_MS)
    return page


def test_a_spoken_answer_is_transcribed_and_scored(server: dict[str, Any], browser: Any) -> None:
    from tools.speech.testspeech import wer

    page = started_interview(server, browser)

    # The question is read aloud (piper) into the player.
    page.locator("#question-audio audio").first.wait_for(state="attached", timeout=STATE_WAIT_MS)
    first_question_audio = audio_sources(page)
    assert first_question_audio

    def best_wer(text: str) -> float:
        return min((wer(SPOKEN, sentence) for sentence in text.split(".") if sentence.strip()), default=1.0)

    # Record: the live transcript appears in the answer box while the fake microphone speaks. Chromium loops the
    # file from wherever it is when recording starts, so the first segment can be the sentence's tail ("It's a
    # cluster of containers."): keep recording until one whole sentence is in.
    page.locator("#voice-answer .record-button").click()
    answer = page.locator("#answer textarea")
    deadline = time.monotonic() + STATE_WAIT_MS / 1000
    while best_wer(answer.input_value()) > 0.25 and time.monotonic() < deadline:
        page.wait_for_timeout(300)
    assert best_wer(answer.input_value()) <= 0.25, f"no live transcript of the sentence: {answer.input_value()!r}"
    page.wait_for_timeout(1000)
    page.locator("#voice-answer .stop-button").click()

    # The final transcript is editable and matches what was said; the delivery feedback is shown.
    page.locator("#voice-status").get_by_text("Pace:").wait_for(timeout=STATE_WAIT_MS)
    text = answer.input_value()
    # Chromium loops the file; the best sentence is the one spoken whole.
    assert best_wer(text) <= SPOKEN_WER, text
    assert answer.is_editable()
    status = page.locator("#voice-status").inner_text()
    assert "words/min" in status and "Speaking time" in status

    # Mute, send: the answer is scored and the next question is not read aloud.
    page.locator("#read-aloud input").uncheck()
    send_answer(page)
    page.locator("#chat").get_by_text("question 2 of 3").first.wait_for(timeout=STATE_WAIT_MS)
    chat = " ".join(page.locator("#chat").inner_text().split())
    # The answer in the chat is the transcript that was sent, whatever words the recogniser chose under load.
    sent = " ".join(text.split())
    assert "/100" in chat and "Clear scope" in chat and sent[:40] in chat, (sent, chat)
    page.wait_for_timeout(2000)
    assert audio_sources(page) == first_question_audio, "muted: the next question must not be read aloud"
    # No recording stays in Gradio's cache (the question read aloud, at piper's 22 kHz, may).
    deadline = time.monotonic() + 30
    while (chunks := recordings(server["uploads"])) and time.monotonic() < deadline:
        page.wait_for_timeout(500)
    assert not chunks, f"recordings still on disk after 30 s: {chunks}"

    # The spoken answer's delivery reaches the report, with its comfortable ranges.
    page.locator("#end").click()
    page.locator("#report").get_by_text("Interview report").wait_for(timeout=STATE_WAIT_MS)
    report = page.locator("#report").inner_text()
    assert "Delivery (spoken answers)" in report and "words/min" in report and "comfortable" in report, report


def test_a_spoken_answer_with_the_camera_on_feeds_the_live_panel(server: dict[str, Any], browser: Any) -> None:
    page = started_interview(server, browser)
    page.locator("#read-aloud input").uncheck()

    # The camera (Chromium's generated picture) is on and nothing is recorded yet: the coach hears nothing, but the
    # candidate may be typing, so the panel does not ask them to check their microphone.
    page.locator("#camera").get_by_text("Click to Access Webcam").click()
    page.locator("#camera").get_by_text("Record").click()
    panel = page.locator("#live-panel")
    playwright.expect(panel).to_contain_text("Focus", timeout=STATE_WAIT_MS)
    assert UNHEARD not in panel.inner_text()
    assert page.locator("#microphone").count() == 0, "one microphone: the voice answer's"

    # Answering by voice: the same capture reaches the coach, and the panel shows the pace once the first words are
    # transcribed; from then until the recording stops it never says it cannot hear the candidate.
    page.locator("#voice-answer .record-button").click()
    # (On a busy 2-core machine the first words take a while: the camera streams too.)
    playwright.expect(panel).to_contain_text("words/min", timeout=150_000)
    seen = []
    for _ in range(12):  # a dozen panel states, each waited for (the panel refreshes every second)
        before = panel.inner_text()
        seen.append(before)
        page.wait_for_function("prev => document.querySelector('#live-panel').innerText !== prev", arg=before,
                               timeout=STATE_WAIT_MS)
    assert not [s for s in seen if UNHEARD in s], seen
    assert all("words/min" in s for s in seen), seen
    page.locator("#voice-answer .stop-button").click()
    playwright.expect(page.locator("#voice-status")).not_to_contain_text("Listening", timeout=120_000)
    playwright.expect(panel).not_to_contain_text("words/min", timeout=10_000)  # not listening any more
    send_answer(page)
    page.locator("#chat").get_by_text("question 2 of 3").first.wait_for(timeout=STATE_WAIT_MS)


def recordings(folder: Path) -> list[Path]:
    """The microphone's chunks: 48 kHz WAVs."""
    found = []
    for path in folder.rglob("*.wav"):
        try:
            with wave.open(str(path)) as w:
                if w.getframerate() == 48000:
                    found.append(path)
        except (OSError, EOFError, wave.Error):
            continue
    return found
