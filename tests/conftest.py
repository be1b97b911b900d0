"""Shared fixtures: a scripted stand-in for the base model (the only fake), real SQLite, a real PostgreSQL."""

from __future__ import annotations

import os
import re
import uuid
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

# A checkpoint that holds a type the serializer was not told about fails the tests now, not users later.
os.environ.setdefault("LANGGRAPH_STRICT_MSGPACK", "true")

from agent.config import Settings  # noqa: E402
from agent.engine import InterviewEngine, connect
from agent.nodes.report import strengths_and_improvements
from agent.roles import ChatMessage, RoleName, Roles
from agent.state import Question, Score, Topic, Turn, label_for
from tools.resume_parser import Education, Experience, Project, Resume

Chooser = Callable[[RoleName, Sequence[str]], dict[str, float]]


class ScriptedRoleModel:
    """Deterministic RoleModel: scripted generations per role (then sensible defaults) and scripted choices."""

    def __init__(self, texts: dict[str, list[str]] | None = None, chooser: Chooser | None = None):
        self.texts = {k: list(v) for k, v in (texts or {}).items()}
        self.chooser = chooser
        self.calls: list[tuple[str, str, str]] = []  # (kind, role, prompt)
        self.fail_next: dict[str, Exception] = {}

    def _prompt(self, messages: Sequence[ChatMessage]) -> str:
        return "\n".join(m["content"] for m in messages)

    def generate(self, role: RoleName, messages: Sequence[ChatMessage], *, prefix: str, max_new_tokens: int,
                 temperature: float = 0.0, seed: int = 0, on_text: Callable[[str], None] | None = None) -> str:
        text = self._generate(role, messages)
        if on_text is not None:  # streamed word by word, as a streaming backend would
            words = text.split(" ")
            for i in range(1, len(words) + 1):
                on_text(" ".join(words[:i]))
        return text

    def _generate(self, role: RoleName, messages: Sequence[ChatMessage]) -> str:
        prompt = self._prompt(messages)
        self.calls.append(("generate", role, prompt))
        if role in self.fail_next:
            raise self.fail_next.pop(role)
        if self.texts.get(role):
            return self.texts[role].pop(0)
        n = sum(1 for c in self.calls if c[1] == role)
        topics = re.findall(r"^Topic: (.+?) \(", prompt, re.M)  # the last: earlier ones are worked examples
        if role == "question":
            return f" What did you learn from {topics[-1] if topics else 'that'} in case {n}?"
        if role == "scorer":
            return " The answer names the main idea but gives no concrete example or result."
        return " Ask for a concrete example with a measurable result."

    def choose(self, role: RoleName, messages: Sequence[ChatMessage], *, prefix: str,
               options: Sequence[str]) -> dict[str, float]:
        self.calls.append(("choose", role, self._prompt(messages)))
        if role in self.fail_next:
            raise self.fail_next.pop(role)
        if self.chooser is not None:
            return self.chooser(role, options)
        probs = {o: 1.0 / len(options) for o in options}
        if role == "decision":
            probs = {"FOLLOW_UP": 0.3, "SWITCH": 0.7}
        return probs


class BagOfWords:
    """Hashed word counts, L2-normalised: a fast stand-in for sentence embeddings."""

    name = "bag-of-words"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.zeros((len(texts), 64))
        for r, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                rows[r, zlib.crc32(word.encode()) % 64] += 1
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        return np.divide(rows, norms, out=np.zeros_like(rows), where=norms > 0)

    def encode_tokens(self, texts: Sequence[str]) -> list[tuple[list[str], np.ndarray]]:
        """Each word, its own hashed one-hot row."""
        out = []
        for text in texts:
            words = re.findall(r"\w+", text.lower())
            rows = np.zeros((len(words), 64))
            rows[np.arange(len(words)), [zlib.crc32(w.encode()) % 64 for w in words]] = 1.0
            out.append((words, rows))
        return out


@pytest.fixture
def sample_resume() -> Resume:
    text = (Path(__file__).resolve().parents[1] / "examples" / "sample_resume.md").read_text()
    return Resume(
        name="Ada Example",
        language="en",
        skills={"Languages": ["Python", "SQL", "Go"], "Tools": ["Docker", "PostgreSQL", "Kubernetes"]},
        projects=[Project(name="Payments API", technologies=["Python", "PostgreSQL"],
                          description="Designed an idempotent payments API serving 2,000 requests per second.")],
        experience=[Experience(title="Backend Engineer", organization="Acme Corp", period="2021-2024",
                               highlights=["Cut p95 latency by 40 % by moving hot reads to Redis."])],
        education=[Education(institution="State University", degree="BSc Computer Science", period="2017-2021")],
        text=text,
    )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env({}, home=tmp_path / "home", max_questions=5, max_follow_ups=1, max_topics=6)


def make_engine(settings: Settings, model: ScriptedRoleModel, db: str | Path = ":memory:") -> InterviewEngine:
    return InterviewEngine(roles=Roles(model, retries=2), conn=connect(db), settings=settings)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh database on the test server, dropped afterwards."""
    server = os.environ.get("MOCKINTERVIEW_TEST_PG")
    if not server:
        pytest.skip('no PostgreSQL: set MOCKINTERVIEW_TEST_PG, e.g. eval "$(.ci/postgres.sh)" (make test does)')
    psycopg = pytest.importorskip("psycopg", reason="the 'scale' extra is not installed")
    try:
        admin = psycopg.connect(server, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL at {server} is not reachable: {exc}")
    name = f"mi_{uuid.uuid4().hex[:10]}"
    admin.execute(f"CREATE DATABASE {name}")
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
        admin.close()


STATE_WAIT_MS = 120_000  # how long a browser test waits for a state before calling the app stuck: a ceiling, no rate


def pytest_configure(config: pytest.Config) -> None:
    """Playwright's assertions wait 5 s by default, too short for a state on a busy 2-core machine."""
    try:
        from playwright.sync_api import expect
    except ImportError:
        return
    expect.set_options(timeout=STATE_WAIT_MS)


def patient(target: Any) -> Any:
    """A browser page or context whose waits (30 s by default) last ``STATE_WAIT_MS``."""
    target.set_default_timeout(STATE_WAIT_MS)
    return target


def wait_for_chat(page: Any, text: str, timeout: float = STATE_WAIT_MS) -> None:
    """``text`` is shown in the chat. If it never is, the failure says what the chat and the page's messages showed
    (CI once waited 30 s for a pressure interview's second question and printed nothing else)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.locator("#chat").get_by_text(text).first.wait_for(timeout=timeout)
    except PlaywrightTimeout:
        chat = str(page.locator("#chat").inner_text())
        toasts = page.locator("[data-testid=toast-body]").all_inner_texts()
        busy = page.locator("#progress .wrap:not(.hide)").count()
        raise AssertionError(f"{text!r} was not shown in {timeout / 1000:.0f} s; the chat ends {chat[-800:]!r}; "
                             f"messages {toasts}; an event still running: {bool(busy)}") from None


def wait_until_idle(page: Any) -> None:
    """The last answer's event has finished. Gradio drops a Send clicked while it still runs (trigger_mode="once"),
    and the next question can be on screen before it ends, so a test that sends at once could wait forever."""
    from playwright.sync_api import expect

    expect(page.locator("#progress .wrap:not(.hide)")).to_have_count(0, timeout=STATE_WAIT_MS)


def start_interview(page: Any, first: str, timeout: float = STATE_WAIT_MS) -> None:
    """Click Start and wait until ``first`` is in the chat. A click Gradio dropped leaves no event running and no
    question, so click again (CI once waited 240 s for the first question of a real-model interview whose Start click
    had not been taken; the same test then passed alone in 51 s). A click dropped while a start runs is harmless."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(3):
        wait_until_idle(page)
        page.locator("#start").click()
        try:
            page.locator("#chat").get_by_text(first).first.wait_for(timeout=15_000)
            return
        except PlaywrightTimeout:
            if page.locator("#progress .wrap:not(.hide)").count():  # it is running: wait for it below
                break
    wait_for_chat(page, first, timeout)


def send_answer(page: Any, text: str | None = None) -> None:
    """Type ``text`` (or keep what the box holds) and send it, and make sure it was taken: the chat shows one more
    answer. Gradio takes an answer by emptying the box at once; a click it dropped (trigger_mode="once", an event of
    the last answer still ending) leaves the answer there with nothing running, so click again (CI lost an answer's
    click twice in five runs, then waited for the next question in vain). And what was typed can be cleared before the
    click by a late update of the page (a browser interview, 2026-12-07: the question read aloud arrived as the answer
    was typed, the server warned "The answer is empty" and the interview waited): then it is typed again."""
    from playwright.sync_api import expect

    box = page.locator("#answer textarea")
    answers = page.locator("#chat .user-row")
    if text is None:
        text = box.input_value()
    for _ in range(5):
        wait_until_idle(page)
        before = answers.count()
        if box.input_value() != text:
            box.fill(text)
        page.locator("#send").click()
        try:
            expect(box).to_have_value("", timeout=10_000)
            expect(answers).to_have_count(before + 1, timeout=10_000)
            return
        except AssertionError:
            continue
    raise AssertionError(f"the answer was never taken: {box.input_value()!r}")


def dismiss_messages(page: Any) -> None:
    """Close every message (toast) on the page and wait until none is left."""
    from playwright.sync_api import Error, expect

    closers = page.locator("[data-testid=toast-close]")
    for _ in range(10):
        if not closers.count():
            break
        try:
            closers.first.click(timeout=2_000)
        except Error:  # it closed by itself meanwhile
            continue
    expect(closers).to_have_count(0)


def reported_strengths(topic: Topic, feedback: str, score: float) -> list[str]:
    """The report's strengths for one answer scored ``score`` with ``feedback``."""
    turn = Turn(index=0, topic=topic, follow_up=False, answer="...",
                question=Question(text="How did it go?", importance=3),
                score=Score(score=score, label=label_for(score), feedback=feedback, source="rule"))
    return strengths_and_improvements([turn])[0]
