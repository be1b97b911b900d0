"""The interview engine: the one object the terminal and the web app drive.

It owns the compiled graph, the SQLite checkpointer and the session index. Every call runs the graph with
``durability="sync"``: each step's checkpoint is on disk before the next step starts, so a process killed at any
moment loses nothing that a returned call reported as done.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command
from pydantic import BaseModel

from agent.config import Settings
from agent.graph import build_graph
from agent.nodes.analyze_behavior import BehaviorAnalyzer
from agent.roles import RoleModel, Roles
from agent.sessions import SessionRow, SessionStore, now
from agent.state import Language, Report, Turn
from tools.resume_parser import Resume


class EngineError(ValueError):
    """A request the engine refuses; the message is meant for the user and the session is left as it was."""


class InvalidAnswerError(EngineError):
    pass


class SessionNotFoundError(EngineError):
    pass


class NotWaitingError(EngineError):
    """The session is not waiting for this answer (finished, or a double submit of an earlier question)."""


class PendingQuestion(BaseModel):
    text: str
    topic: str
    number: int
    total: int
    follow_up: bool
    importance: int


class Progress(BaseModel):
    """Where a session stands after a call: the turn just scored, the next question, or the report."""

    session_id: str
    last_turn: Turn | None = None
    pending: PendingQuestion | None = None
    report: Report | None = None

    @property
    def finished(self) -> bool:
        return self.report is not None


def connect(path: Path | str) -> sqlite3.Connection:
    """One connection for checkpoints and the session index; WAL so other processes can read meanwhile."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


def validate_answer(text: str, max_chars: int) -> str:
    text = text.strip()
    if not text:
        raise InvalidAnswerError("The answer is empty: type an answer (or /end to finish the interview now).")
    if len(text) > max_chars:
        raise InvalidAnswerError(
            f"The answer has {len(text):,} characters; the limit is {max_chars:,}. Shorten it and submit again."
        )
    return text


class InterviewEngine:
    def __init__(
        self,
        *,
        roles: Roles,
        conn: sqlite3.Connection,
        settings: Settings,
        behavior: BehaviorAnalyzer | None = None,
    ):
        self.roles = roles
        self.settings = settings
        self.checkpointer = SqliteSaver(conn)
        self.checkpointer.setup()
        self.store = SessionStore(conn)
        self.graph = build_graph(
            roles=roles,
            checkpointer=self.checkpointer,
            max_topics=settings.max_topics,
            max_follow_ups=settings.max_follow_ups,
            behavior=behavior,
        )
        self._lock = threading.RLock()  # one model, one connection: calls are serialised

    @staticmethod
    def _config(session_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": session_id}}

    def _run(self, session_id: str, payload: Any) -> None:
        self.graph.invoke(payload, self._config(session_id), durability="sync")

    def start(
        self,
        *,
        resume: Resume | None = None,
        candidate: str | None = None,
        target_role: str = "",
        language: Language | None = None,
        max_questions: int | None = None,
    ) -> Progress:
        session_id = uuid.uuid4().hex[:12]
        lang: Language = language or (resume.language if resume is not None else "en")
        name = (candidate or (resume.name if resume is not None else None) or "anonymous").strip()[:80]
        total = max_questions or self.settings.max_questions
        with self._lock:
            self.store.add(SessionRow(id=session_id, candidate=name, target_role=target_role, language=lang,
                                      started=now(), updated=now(), max_questions=total))
            self._run(session_id, {"candidate": name, "target_role": target_role, "language": lang,
                                   "max_questions": total, "resume": resume})
            return self._progress(session_id)

    def answer(
        self,
        session_id: str,
        text: str,
        *,
        number: int | None = None,
        behavior_windows: list[dict[str, Any]] | None = None,
    ) -> Progress:
        """Submit the answer to the pending question (``number`` guards against a double submit)."""
        text = validate_answer(text, self.settings.max_answer_chars)
        with self._lock:
            pending = self._waiting(session_id, number)
            self._run(session_id, Command(resume={"answer": text, "behavior_windows": behavior_windows or []}))
            progress = self._progress(session_id)
            progress.last_turn = self._turns(session_id)[pending.number - 1]
            return progress

    def end(self, session_id: str) -> Progress:
        """Finish now: the unanswered question is dropped and the report covers the answered ones."""
        with self._lock:
            self._waiting(session_id, None)
            self._run(session_id, Command(resume={"end": True}))
            return self._progress(session_id)

    def resume(self, session_id: str) -> Progress:
        """Continue a saved session; a step that a crash cut short is run again from its checkpoint."""
        with self._lock:
            snapshot = self._snapshot(session_id)
            if snapshot.next and not snapshot.interrupts:
                self._run(session_id, None)
            return self._progress(session_id)

    def sessions(self) -> list[SessionRow]:
        with self._lock:  # one connection: reads wait for another tab's write
            return self.store.list()

    def turns(self, session_id: str) -> list[Turn]:
        with self._lock:
            self._snapshot(session_id)
            return self._turns(session_id)

    def session(self, session_id: str) -> SessionRow | None:
        with self._lock:
            return self.store.get(session_id)

    def report(self, session_id: str) -> Report | None:
        with self._lock:
            return self.store.report(session_id)

    def _turns(self, session_id: str) -> list[Turn]:
        return list(self.graph.get_state(self._config(session_id)).values.get("turns", []))

    def _snapshot(self, session_id: str) -> Any:
        snapshot = self.graph.get_state(self._config(session_id))
        if not snapshot.values:
            raise SessionNotFoundError(f"No saved interview has the id {session_id!r}.")
        return snapshot

    def _waiting(self, session_id: str, number: int | None) -> PendingQuestion:
        pending = self._progress(session_id).pending
        if pending is None:
            raise NotWaitingError("This interview is finished; start a new one to practise again.")
        if number is not None and number != pending.number:
            raise NotWaitingError(f"Answer {number} was already submitted; the interview is at question "
                                  f"{pending.number}.")
        return pending

    def _progress(self, session_id: str) -> Progress:
        snapshot = self._snapshot(session_id)
        values = snapshot.values
        report: Report | None = values.get("report")
        pending = None
        question = values.get("pending_question")
        if snapshot.interrupts and question is not None:
            payload = snapshot.interrupts[0].value
            decision = values.get("decision")
            pending = PendingQuestion(
                text=question.text, topic=payload["topic"], number=payload["number"], total=payload["total"],
                follow_up=decision is not None and decision.action == "FOLLOW_UP", importance=question.importance,
            )
        turns = values.get("turns", [])
        self.store.update(session_id, answered=sum(t.score is not None for t in turns), finished=report is not None,
                          overall=report.overall if report is not None else None)
        if report is not None and self.store.report(session_id) is None:
            self.store.save_report(session_id, report)
        return Progress(session_id=session_id, pending=pending, report=report)


def open_engine(settings: Settings, role_model: RoleModel | None = None,
                behavior: BehaviorAnalyzer | None = None) -> InterviewEngine:
    """Wire the real parts: the SQLite file and, unless one is given, the in-process role model."""
    if role_model is None:
        from adapters.runtime import load_role_model

        role_model = load_role_model(settings)
    roles = Roles(role_model, retries=settings.retries, seed=settings.seed)
    return InterviewEngine(roles=roles, conn=connect(settings.db_path), settings=settings, behavior=behavior)
