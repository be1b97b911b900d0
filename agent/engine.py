"""The interview engine: the one object the terminal and the web app drive.

It owns the compiled graph, the checkpointer and the session index (SQLite or PostgreSQL: agent/storage.py).
Every call runs the graph with ``durability="sync"``: each step's checkpoint is stored before the next step starts,
so a process killed at any moment loses nothing that a returned call reported as done.

Every session has an owner (the web app's browser token or signed-in user; "" for the terminal). A call that names
an ``owner`` is served only that owner's sessions: another owner's session reads as not found, so the web app
cannot be made to list, read, answer or delete someone else's interview. A call without one is the local user's.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from langgraph.types import Command, StateSnapshot
from pydantic import BaseModel

from agent.assess import load_assess_head
from agent.config import Settings
from agent.decision_head import load_decision_head
from agent.embeddings import EMBEDDING_MODEL, shared_embedder
from agent.errors import (
    EngineError,
    InvalidAnswerError,
    NotWaitingError,
    SessionNotFoundError,
    StorageError,
    UnfinishedStepError,
)
from agent.graph import build_graph
from agent.interview_types import TYPES, challenge_ahead, shape_plan, time_limit
from agent.nodes.analyze_behavior import BehaviorAnalyzer
from agent.nodes.ask import next_topic_input
from agent.nodes.plan_topics import build_topic_queue, confirmed_topics
from agent.progress import CandidateProgress, candidate_names, candidate_progress, practice_topics
from agent.roles import RoleModel, Roles
from agent.score_head import load_score_head
from agent.sessions import SessionRow, now
from agent.state import Aside, InterviewState, InterviewType, Language, Report, Topic, Turn
from agent.storage import Storage, connect, fault_message, forget_session, report_file
from agent.untrusted import neutralize, one_line, sanitize_fields, similarity
from tools.question_bank import QuestionBank
from tools.resume_parser import Resume
from tools.speech.delivery import DeliveryMetrics

# How long closing waits for background work. Writing ahead gives way at its next token; loading the embedder (the
# warm-up) cannot be interrupted and takes about 6.5 s cold on 2 cores.
BACKGROUND_JOIN_S = 60.0


class PendingQuestion(BaseModel):
    text: str
    topic: str
    number: int
    total: int
    follow_up: bool
    importance: int
    time_limit: int | None = None  # seconds to answer, counted down (a pressure interview); None: not timed
    counter: bool = False  # a counter-question on a claim of the last answer (a pressure interview)
    asides: list[Aside] = []  # what the candidate said instead of an answer, and the replies, so far (agent/asides.py)


class Progress(BaseModel):
    """Where a session stands after a call: the turn just scored, the next question, or the report."""

    session_id: str
    last_turn: Turn | None = None
    pending: PendingQuestion | None = None
    report: Report | None = None
    answered: int = 0

    @property
    def finished(self) -> bool:
        return self.report is not None


def validate_answer(text: str, max_chars: int) -> str:
    """The answer as it is stored and shown: neutralized (no template tokens or hidden characters) and bounded."""
    text = neutralize(text).strip()
    if not text:
        raise InvalidAnswerError("The answer is empty: type an answer (or /end to finish the interview now).")
    if len(text) > max_chars:
        raise InvalidAnswerError(
            f"The answer has {len(text):,} characters; the limit is {max_chars:,}. Shorten it and submit again."
        )
    return text


def spoken_delivery(answer: str, transcript: str, delivery: DeliveryMetrics | None) -> DeliveryMetrics | None:
    """A voice answer's delivery belongs to the answer sent while that is still mostly its transcript (edits are
    fine); an answer typed instead gets none."""
    return delivery if delivery is not None and similarity(answer, transcript) >= 0.5 else None


class InterviewEngine:
    def __init__(
        self,
        *,
        roles: Roles,
        conn: Storage,
        settings: Settings,
        behavior: BehaviorAnalyzer | None = None,
        bank: QuestionBank | None = None,
    ):
        self.roles = roles
        self.settings = settings
        self.bank = bank
        self.checkpointer = conn.checkpointer
        self.store = conn.sessions
        self.graph = build_graph(
            roles=roles,
            checkpointer=self.checkpointer,
            max_topics=settings.max_topics,
            max_follow_ups=settings.max_follow_ups,
            behavior=behavior,
            bank=bank,
        )
        self._storage = conn
        self._storage_lock = conn.lock
        self._close_storage = conn.close
        self._hold = conn.hold
        self._where = conn.where
        self._damaged: str | None = None  # set when the database is found damaged: nothing more is written
        self._session_locks: dict[str, threading.Lock] = {}
        self._session_locks_guard = threading.Lock()
        self._threads: list[threading.Thread] = []  # background work: writing ahead, warming up
        self._threads_lock = threading.Lock()

    def in_background(self, target: Callable[..., object], *args: object, name: str) -> None:
        """Run ``target(*args)`` in a daemon thread that :meth:`close` waits for."""
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        with self._threads_lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
        thread.start()

    def close(self) -> None:
        """Stop and wait for the background work, then close the database connection (or pool); the engine is
        unusable afterwards. A thread still inside the model or the embedder when the interpreter exits aborts the
        process ("terminate called without an active exception" after "Saved." in the terminal)."""
        self.roles.stop_background()
        with self._threads_lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=BACKGROUND_JOIN_S)
        with self._storage_lock:
            self._close_storage()

    @contextmanager
    def _locked(self, session_id: str | None = None, *, write: bool = False) -> Iterator[None]:
        """One call at a time per session (no double submit); on one SQLite connection, one call at a time. A call
        that may write also holds the session across processes (another process answering it: SessionBusyError).
        A database fault becomes a StorageError that says what to do; a damaged database is not written again."""
        if self._damaged is not None:
            raise StorageError(self._damaged)
        try:
            if session_id is None:
                with self._storage_lock:
                    yield
                return
            with self._session_locks_guard:
                lock = self._session_locks.setdefault(session_id, threading.Lock())
            with lock, (self._hold(session_id) if write else nullcontext()), self._storage_lock:
                yield
        except EngineError:
            raise
        except Exception as exc:
            message = fault_message(exc, self._where)
            if message is None:
                raise
            if type(exc) is sqlite3.DatabaseError:  # malformed, not a database: not a passing fault
                self._damaged = message
            raise StorageError(message) from exc

    def _owned(self, session_id: str, owner: str | None) -> None:
        """Refuse another owner's session exactly as a missing one, so ids cannot be probed."""
        if owner is None:
            return
        row = self.store.get(session_id)
        if row is None or row.owner != owner:
            raise SessionNotFoundError(f"No saved interview has the id {session_id!r}.")

    def report_file(self, session_id: str) -> Path:
        """Where the session's PDF report is written (removed with the session)."""
        return report_file(self.settings.reports_dir, session_id)

    @staticmethod
    def _config(session_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": session_id}}

    def _run(self, session_id: str, payload: Any, on_scored: Callable[[Turn], None] | None = None,
             on_question: Callable[[str], None] | None = None) -> StateSnapshot:
        """Run the graph to its next pause and return the state it paused in; ``on_scored`` gets the turn as soon
        as the Scorer has graded it, while the next question is still being prepared; ``on_question`` gets that
        question as it is written (a draft: the pending question in the returned progress is the checked one)."""
        for mode, event in self.graph.stream(payload, self._config(session_id), durability="sync",
                                             stream_mode=["updates", "custom"]):
            if mode == "custom" and on_question is not None and "question_draft" in event:
                on_question(event["question_draft"])
            elif mode == "updates" and on_scored is not None and (scored := event.get("score")):
                on_scored(scored["turns"][-1])
        snapshot = self._snapshot(session_id)
        self._prepare_next(session_id, cast(InterviewState, snapshot.values))
        return snapshot

    def _prepare_next(self, session_id: str, values: InterviewState) -> None:
        """While the candidate answers, write the question that opens the next topic in the background: if the
        answer is followed by SWITCH it is asked at once, otherwise it is dropped (the model gives way to any call
        that needs it meanwhile: agent/backends/llama_cpp.py)."""
        if not self.roles.can_prepare:
            return
        topic = values.get("current_topic")
        decisions = [*(t.decision for t in values.get("turns", []) if t.topic == topic), values.get("decision")]
        if challenge_ahead(values.get("interview_type", "mixed"), decisions, depth=values.get("depth", 0),
                           max_depth=self.settings.max_follow_ups):
            return
        inp = next_topic_input(values, self.bank) if values.get("report") is None else None
        if inp is not None:
            self.in_background(self.roles.prepare, inp, name=f"prepare-{session_id}")

    def start(
        self,
        *,
        resume: Resume | None = None,
        candidate: str | None = None,
        target_role: str = "",
        language: Language | None = None,
        max_questions: int | None = None,
        owner: str = "",
        topics: list[Topic] | None = None,
        interview_type: InterviewType = "mixed",
        on_question: Callable[[str], None] | None = None,
    ) -> Progress:
        """A new session for ``owner``. The resume, role and name are the candidate's text: sanitised here, once,
        before anything reaches a prompt or the index. A start that fails leaves no session behind. ``topics`` is
        the plan the candidate confirmed (``preview_plan``, then corrected); none plans from the resume.
        ``on_question`` gets the first question as it is written."""
        self.purge_expired()
        session_id = uuid.uuid4().hex[:12]
        lang: Language = language or (resume.language if resume is not None else "en")
        if resume is not None:
            resume = sanitize_fields(resume)
        name = one_line(candidate or (resume.name if resume is not None else None) or "", 80) or "anonymous"
        target_role = one_line(target_role, 120)
        confirmed = [sanitize_fields(t.model_copy(update={"name": one_line(t.name, 120)}))
                     for t in topics or [] if one_line(t.name, 120)]
        if not confirmed and interview_type != "mixed":
            confirmed = self.preview_plan(resume, target_role=target_role, language=lang, interview_type=interview_type)
        default = self.settings.max_questions if interview_type == "mixed" else TYPES[interview_type].questions
        total = max_questions or default
        with self._locked(session_id, write=True):
            self.store.add(SessionRow(id=session_id, candidate=name, target_role=target_role, language=lang,
                                      started=now(), updated=now(), max_questions=total, owner=owner,
                                      interview_type=interview_type))
            try:
                snapshot = self._run(
                    session_id, {"candidate": name, "target_role": target_role, "language": lang,
                                 "interview_type": interview_type,
                                 "time_limit": time_limit(interview_type, self.settings.pressure_seconds),
                                 "max_questions": total, "resume": resume, "topics": confirmed},
                    on_question=on_question)
            except BaseException:
                forget_session(self._storage, session_id, self.settings.reports_dir)
                raise
            return self._indexed(self._progress(session_id, snapshot))

    def preview_plan(self, resume: Resume | None, *, target_role: str = "", language: Language | None = None,
                     interview_type: InterviewType = "mixed") -> list[Topic]:
        """The topics an interview of this type would plan from this resume, for the candidate to correct before
        starting."""
        lang: Language = language or (resume.language if resume is not None else "en")
        planned = build_topic_queue(resume, language=lang, target_role=one_line(target_role, 120),
                                    limit=2 * self.settings.max_topics)  # room for the type to drop some
        return shape_plan(planned, interview_type, lang, self.settings.max_topics)

    def correct_plan(self, names: Sequence[str], planned: Sequence[Topic]) -> list[Topic]:
        """The plan as the candidate corrected it (``names`` one per topic, in their order): a planned topic keeps
        its kind and resume facts, an edited or added one is a topic of its own; no name at all keeps the plan."""
        return confirmed_topics(names, planned, limit=self.settings.max_topics) if names else list(planned)

    def answer(
        self,
        session_id: str,
        text: str,
        *,
        number: int | None = None,
        behavior_windows: list[dict[str, Any]] | None = None,
        on_scored: Callable[[Turn], None] | None = None,
        on_question: Callable[[str], None] | None = None,
        delivery: DeliveryMetrics | None = None,
        owner: str | None = None,
        seconds: float | None = None,
    ) -> Progress:
        """Submit the answer to the pending question (``number`` guards against a double submit); an aside (a
        request to clarify it, agent/asides.py) leaves it pending with the reply and no ``last_turn``; ``on_scored``
        is called with the scored turn before the next question is written; ``delivery`` comes with a spoken
        answer; ``seconds`` is how long the candidate took (in a timed interview, past the limit it is over time)."""
        text = validate_answer(text, self.settings.max_answer_chars)
        with self._locked(session_id, write=True):
            self._owned(session_id, owner)
            pending = self._waiting(session_id, number)
            snapshot = self._run(session_id, Command(resume={"answer": text, "behavior_windows": behavior_windows or [],
                                                              "delivery": delivery, "seconds": seconds}),
                                 on_scored, on_question)
            progress = self._indexed(self._progress(session_id, snapshot))
            turns = snapshot.values.get("turns", [])
            # none after an aside: the same question waits again, with the interviewer's reply (pending.asides)
            progress.last_turn = turns[pending.number - 1] if len(turns) >= pending.number else None
            return progress

    def end(self, session_id: str, *, owner: str | None = None) -> Progress:
        """Finish now: the unanswered question is dropped and the report covers the answered ones."""
        with self._locked(session_id, write=True):
            self._owned(session_id, owner)
            self._waiting(session_id, None)
            snapshot = self._run(session_id, Command(resume={"end": True}))
            return self._indexed(self._progress(session_id, snapshot))

    def resume(self, session_id: str, *, owner: str | None = None) -> Progress:
        """Continue a saved session; a step that a crash cut short is run again from its checkpoint.

        Not waiting for an answer and not finished means a crash cut the run short. That includes a crash after a
        task's writes were saved but before the next checkpoint was: the live snapshot then has no task left in
        ``next``, yet the graph has not moved on, so ``next`` alone cannot tell."""
        with self._locked(session_id, write=True):
            self._owned(session_id, owner)
            snapshot = self._snapshot(session_id)
            if not snapshot.interrupts and snapshot.values.get("report") is None:
                snapshot = self._run(session_id, None)
            return self._indexed(self._progress(session_id, snapshot))  # also mends an index a crash left behind

    def sessions(self, owner: str | None = None) -> list[SessionRow]:
        with self._locked():
            return self.store.list(owner)

    def turns(self, session_id: str, *, owner: str | None = None) -> list[Turn]:
        with self._locked(session_id):
            self._owned(session_id, owner)
            self._snapshot(session_id)
            return self._turns(session_id)

    def session(self, session_id: str, *, owner: str | None = None) -> SessionRow | None:
        with self._locked(session_id):
            row = self.store.get(session_id)
            return row if row is not None and owner in (None, row.owner) else None

    def report(self, session_id: str, *, owner: str | None = None) -> Report | None:
        with self._locked(session_id):
            row = self.store.get(session_id)
            return self.store.report(session_id) if row is not None and owner in (None, row.owner) else None

    def delete(self, session_id: str, *, owner: str | None = None) -> None:
        """Delete the session and everything derived from it: its checkpoints (which hold the resume and the
        answers), its index row and report, and its PDF report file."""
        with self._locked(session_id, write=True):
            self._owned(session_id, owner)
            if not forget_session(self._storage, session_id, self.settings.reports_dir):
                raise SessionNotFoundError(f"No saved interview has the id {session_id!r}.")

    def purge_expired(self) -> list[str]:
        """Delete the sessions not touched for ``retention_days`` (0: keep them until deleted); their ids."""
        days = self.settings.retention_days
        if not days:
            return []
        cutoff = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
        expired = [row.id for row in self.sessions() if row.updated < cutoff]
        for session_id in expired:
            try:
                self.delete(session_id)
            except EngineError:  # being answered right now elsewhere: the next purge takes it
                continue
        return expired

    def candidates(self, owner: str | None = None) -> list[str]:
        """The candidates with a finished interview, most recent first (agent/progress.py)."""
        with self._locked():
            return candidate_names(self.store, owner)

    def progress(self, candidate: str, *, owner: str | None = None) -> CandidateProgress:
        """The candidate's finished interviews as a trend, and their weakest areas with the answers that show them."""
        with self._locked():
            return candidate_progress(self.store, candidate, owner)

    def practise(self, candidate: str, *, owner: str = "", max_questions: int | None = None) -> Progress:
        """"Practise this": a focused interview on the candidate's weakest areas, in the language and for the role of
        their last interview."""
        view = self.progress(candidate, owner=owner or None)
        topics = practice_topics(view)
        if not topics:
            raise EngineError(f"{candidate} has no scored answer to practise from yet: finish an interview first.")
        last = self.session(view.sessions[-1].session_id)
        language: Language = "zh" if last is not None and last.language == "zh" else "en"
        return self.start(candidate=candidate, target_role=last.target_role if last else "", language=language,
                          max_questions=max_questions or min(self.settings.max_questions, 2 * len(topics)),
                          owner=owner, topics=topics)

    def _turns(self, session_id: str) -> list[Turn]:
        return list(self.graph.get_state(self._config(session_id)).values.get("turns", []))

    def _snapshot(self, session_id: str) -> StateSnapshot:
        snapshot = self.graph.get_state(self._config(session_id))
        if not snapshot.values:
            raise SessionNotFoundError(f"No saved interview has the id {session_id!r}.")
        return snapshot

    def _waiting(self, session_id: str, number: int | None) -> PendingQuestion:
        progress = self._progress(session_id)
        pending = progress.pending
        if pending is None and not progress.finished:
            raise UnfinishedStepError("Your last answer is saved, but preparing what comes next was interrupted.")
        if pending is None:
            raise NotWaitingError("This interview is finished; start a new one to practise again.")
        if number is not None and number != pending.number:
            raise NotWaitingError(f"Answer {number} was already submitted; the interview is at question "
                                  f"{pending.number}.")
        return pending

    def _progress(self, session_id: str, snapshot: StateSnapshot | None = None) -> Progress:
        """Where the session stands, from ``snapshot`` when the caller has just read the state."""
        if snapshot is None:
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
                time_limit=payload.get("time_limit"), counter=decision is not None and decision.counter,
                asides=values.get("asides") or [],
            )
        answered = sum(t.score is not None for t in values.get("turns", []))
        return Progress(session_id=session_id, pending=pending, report=report, answered=answered)

    def _indexed(self, progress: Progress) -> Progress:
        """Bring the session index up to date after the graph ran (reads never write)."""
        report = progress.report
        self.store.update(progress.session_id, answered=progress.answered, finished=report is not None,
                          overall=report.overall if report is not None else None)
        if report is not None and self.store.report(progress.session_id) is None:
            self.store.save_report(progress.session_id, report)
        return progress


def open_engine(settings: Settings, role_model: RoleModel | None = None,
                behavior: BehaviorAnalyzer | None = None) -> InterviewEngine:
    """Wire the real parts: the database (SQLite or PostgreSQL) and, unless one is given, the configured role model
    (in-process or an OpenAI-compatible server)."""
    if role_model is None:
        from agent.backends import load_role_model

        role_model = load_role_model(settings)
    # one embedder per model, loaded on first use: the score head's all-MiniLM-L6-v2, shared with an assessment head
    # fitted on it; the shipped assessment head's all-mpnet-base-v2 is loaded once per process (embedder_for)
    embedder = shared_embedder()
    score_head, assess_head = load_score_head(settings), load_assess_head(settings)
    if assess_head is not None and assess_head.embedding_model == EMBEDDING_MODEL:
        assess_head.use_embedder(embedder, settings.vectors_dir)  # else load_assess_head gave it its own
    roles = Roles(role_model, retries=settings.retries, seed=settings.seed,
                  score_head=score_head.use_embedder(embedder) if score_head else None,
                  decision_head=load_decision_head(settings), assess_head=assess_head)
    storage = connect(settings.db_url, pool_size=settings.db_pool_size)
    bank = QuestionBank.load() if settings.question_bank else None
    engine = InterviewEngine(roles=roles, conn=storage, settings=settings, behavior=behavior, bank=bank)
    if roles.can_prepare:  # a real model: the first answer should not wait for the embedder to load
        engine.in_background(roles.warm_up, name="warm-up")
    return engine
