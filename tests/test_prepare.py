"""Writing the next topic's question while the candidate answers (Roles.prepare and the engine's use of it)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from agent.config import Settings
from agent.roles import ChatMessage, Preempted, QuestionInput, RoleName, Roles
from agent.state import Topic
from tests.conftest import ScriptedRoleModel, make_engine
from tools.resume_parser import Resume

TOPIC = Topic(name="Payments API", kind="project", detail="an idempotent payments API")


class BackgroundModel(ScriptedRoleModel):
    """A scripted model that can run in the background, and is interrupted there when ``preempt`` is set."""

    def __init__(self, preempt: bool = False) -> None:
        super().__init__({"question": [" What made the Payments API idempotent, and what was your part?"]})
        self.preempt = preempt
        self.in_background = False

    @contextlib.contextmanager
    def background(self) -> Iterator[None]:
        self.in_background = True
        try:
            yield
        finally:
            self.in_background = False

    def generate(self, role: RoleName, messages: Sequence[ChatMessage], **kwargs: object) -> str:
        if self.in_background and self.preempt:
            raise Preempted("a foreground call is waiting")
        return super().generate(role, messages, **kwargs)  # type: ignore[arg-type]


def test_a_prepared_question_is_asked_without_writing_it_again() -> None:
    model = BackgroundModel()
    roles = Roles(model)
    inp = QuestionInput(topic=TOPIC, follow_up=False, asked=["Why this role?"])
    assert roles.can_prepare
    roles.prepare(inp)
    written = [c for c in model.calls if c[0] == "generate"]
    seen: list[str] = []
    question = roles.ask(inp, on_text=seen.append)
    assert [c for c in model.calls if c[0] == "generate"] == written  # no second generation
    assert question.text == "What made the Payments API idempotent, and what was your part?"
    assert question.source == "model" and seen == [question.text]


def test_the_same_question_is_written_once_while_it_is_being_written() -> None:
    """After an aside (agent/asides.py) the engine asks for the same preparation while the first still runs."""
    entered, release = threading.Event(), threading.Event()

    class SlowModel(BackgroundModel):
        def generate(self, role: RoleName, messages: Sequence[ChatMessage], **kwargs: object) -> str:
            entered.set()
            release.wait(10)
            return super().generate(role, messages, **kwargs)

    model = SlowModel()
    roles = Roles(model)
    inp = QuestionInput(topic=TOPIC, follow_up=False, asked=["Why this role?"])
    first = threading.Thread(target=roles.prepare, args=(inp,))
    first.start()
    assert entered.wait(10)
    roles.prepare(inp)  # returns at once: the first is writing it
    release.set()
    first.join(10)
    assert len([c for c in model.calls if c[0] == "generate"]) == 1


def test_another_input_does_not_take_the_prepared_question() -> None:
    model = BackgroundModel()
    roles = Roles(model)
    roles.prepare(QuestionInput(topic=TOPIC, follow_up=False, asked=["Why this role?"]))
    other = roles.ask(QuestionInput(topic=TOPIC, follow_up=False, asked=["Why this role?", "And then?"]))
    assert other.text != "What made the Payments API idempotent, and what was your part?"


def test_a_preempted_preparation_leaves_nothing_behind() -> None:
    model = BackgroundModel(preempt=True)
    roles = Roles(model)
    inp = QuestionInput(topic=TOPIC, follow_up=False)
    roles.prepare(inp)  # gives way silently
    model.preempt = False
    question = roles.ask(inp)
    assert question.text == "What made the Payments API idempotent, and what was your part?"
    assert sum(c[0] == "generate" for c in model.calls) == 1  # written in the foreground


def test_a_model_that_cannot_give_way_is_never_used_on_speculation() -> None:
    assert not Roles(ScriptedRoleModel()).can_prepare


def test_the_engine_prepares_the_next_topic_from_the_state_its_run_paused_in(
        settings: Settings, sample_resume: Resume, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine(settings, BackgroundModel())
    reads: list[Any] = []
    get_state = engine.graph.get_state
    monkeypatch.setattr(engine.graph, "get_state", lambda *a, **k: reads.append(a) or get_state(*a, **k))
    prepared: list[QuestionInput] = []
    monkeypatch.setattr(engine.roles, "prepare", prepared.append)
    progress = engine.start(resume=sample_resume)
    before = len(reads)
    engine.answer(progress.session_id, "Retries carry a key, so a charge runs once.", number=1)
    for thread in threading.enumerate():
        if thread.name.startswith("prepare-"):
            thread.join()
    assert len(reads) - before == 2  # is it waiting for this answer; where did the run pause: nothing more
    assert len(prepared) == 2 and all(not inp.follow_up for inp in prepared)
    pending = engine.resume(progress.session_id).pending
    assert pending is not None and prepared[1].asked[-1] == pending.text  # prepared while this one is answered


def test_a_pressure_interview_does_not_write_ahead_while_a_challenge_is_likely(
        settings: Settings, sample_resume: Resume, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine(settings, BackgroundModel())
    prepared: list[QuestionInput] = []
    monkeypatch.setattr(engine.roles, "prepare", prepared.append)
    engine.start(resume=sample_resume, interview_type="pressure")
    engine.start(resume=sample_resume, interview_type="mixed")
    for thread in threading.enumerate():
        if thread.name.startswith("prepare-"):
            thread.join()
    assert len(prepared) == 1  # the mixed interview's; the pressure one's first answer is challenged or followed up


class SlowBackgroundModel(BackgroundModel):
    """Writing ahead goes on until the model is told to stop (a long decode on a busy machine)."""

    def __init__(self) -> None:
        super().__init__()
        self.started, self.stopped = threading.Event(), threading.Event()

    def stop_background(self) -> None:
        self.stopped.set()

    def generate(self, role: RoleName, messages: Sequence[ChatMessage], **kwargs: object) -> str:
        if self.in_background:
            self.started.set()
            self.stopped.wait()
            raise Preempted("the program is closing")
        return super().generate(role, messages, **kwargs)


def test_closing_the_engine_stops_and_waits_for_the_question_written_ahead(
        settings: Settings, sample_resume: Resume) -> None:
    """The terminal interview aborted ("terminate called without an active exception") when it was left with a
    question still being written ahead: the interpreter exited with the thread inside llama.cpp."""
    model = SlowBackgroundModel()
    engine = make_engine(settings, model)
    engine.start(resume=sample_resume)
    assert model.started.wait(timeout=60)
    writing = [t for t in threading.enumerate() if t.name.startswith("prepare-")]
    assert writing
    engine.close()
    assert model.stopped.is_set() and not any(t.is_alive() for t in writing)
