"""Where sessions live: the LangGraph checkpoints and the session index, on SQLite or on PostgreSQL.

One process on one machine uses a SQLite file (one connection, so the engine serialises its calls). Several app
replicas share a PostgreSQL database (``MOCKINTERVIEW_DB=postgresql://...``): checkpoints through
``langgraph-checkpoint-postgres`` and the index through :class:`agent.sessions.PostgresSessionStore`, both on one
psycopg 3 connection pool, so calls on different sessions run concurrently.

Whatever the database, one session has one writer at a time across processes (:attr:`Storage.hold`): two
processes answering the same question would otherwise both be applied and fork the checkpoints. The SQLite file is
checked on open (``PRAGMA quick_check``) and is readable by its owner only: it holds resumes and answers.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from pydantic import BaseModel

from agent.config import is_postgres_url
from agent.errors import SessionBusyError
from agent.sessions import SessionIndex, SessionStore

SETUP_LOCK_ID = 0x6D6F636B  # pg_advisory_lock key: replicas starting together create the tables one at a time
SESSION_LOCK_SPACE = 0x6D6F636C  # first key of pg_try_advisory_lock(int, int): one writer per session
BUSY = ("This interview is being answered elsewhere (another window, device or terminal). Wait for that answer to "
        "be scored, then reload the session to continue from where it stands.")


class StorageUnavailableError(RuntimeError):
    """The configured database cannot be opened; the message says what to install, start or repair."""


@dataclass
class Storage:
    """The checkpointer and the session index on one database, and how to use them from several threads."""

    checkpointer: BaseCheckpointSaver[Any]
    sessions: SessionIndex
    lock: AbstractContextManager[Any]  # held around every engine call: a real lock for a single connection
    close: Callable[[], None]  # the SQLite connection or the PostgreSQL pool
    hold: Callable[[str], AbstractContextManager[None]]  # one writer per session across processes, else busy
    where: str  # the database as the user named it (a path, or the PostgreSQL host), for messages


def fault_message(exc: BaseException, where: str) -> str | None:
    """What to tell the user about a database error under a call, or None when ``exc`` is not one. Read-only, full
    and damaged databases each get what to do; the call was not applied."""
    if isinstance(exc, (sqlite3.ProgrammingError, sqlite3.InterfaceError)):  # a bug (a closed engine): not a fault
        return None
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text:
            return (f"The session database {where} is read-only, so nothing can be saved. Make it and its folder "
                    "writable by you, or set MOCKINTERVIEW_DB to a writable file, then try again.")
        if "full" in text:
            return (f"The disk holding the session database {where} is full: this step was not saved. Free some "
                    "space, then try again (your earlier answers are kept).")
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return damaged_message(where, str(exc))
        if "locked" in text or "busy" in text:
            return f"The session database {where} is busy in another program. Try again in a moment."
        return f"The session database {where} failed ({exc}). Nothing was saved by this step; try again."
    module = type(exc).__module__
    if module.startswith(("psycopg", "psycopg_pool")):
        return (f"The PostgreSQL database {where} failed ({type(exc).__name__}: {exc}). Nothing was saved by this "
                "step; try again when the database is back.")
    return None


def damaged_message(where: str, detail: str) -> str:
    return (f"The session database {where} is damaged ({detail[:200]}), so the app will not write into it. Stop the "
            f"app, move the file aside (mv {where} {where}.damaged) and start again; `sqlite3 {where}.damaged "
            ".recover` may rescue earlier sessions.")


def lock_key(session_id: str) -> int:
    """A stable 62-bit number for a session id: the byte offset of its file lock, or its advisory lock key."""
    return int.from_bytes(hashlib.blake2b(session_id.encode(), digest_size=8).digest(), "big") >> 2


class FileSessionLocks:
    """Per-session locks across processes on one lock file beside the SQLite database: an open-file-description
    lock (Linux) on the one byte at the session's :func:`lock_key`. The kernel drops it when a process dies, so a
    kill -9 never leaves a session locked; a second engine in the same process conflicts too."""

    def __init__(self, path: Path):
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

    def _lock(self, kind: int, offset: int) -> None:
        if hasattr(fcntl, "F_OFD_SETLK"):
            fcntl.fcntl(self._fd, fcntl.F_OFD_SETLK, struct.pack("hhqqi4x", kind, os.SEEK_SET, offset, 1, 0))
        else:  # per-process record locks: the engine's own lock serialises the threads of one process
            fcntl.lockf(self._fd, fcntl.LOCK_UN if kind == fcntl.F_UNLCK else fcntl.LOCK_EX | fcntl.LOCK_NB, 1,
                        offset)

    @contextmanager
    def hold(self, session_id: str) -> Iterator[None]:
        offset = lock_key(session_id)
        try:
            self._lock(fcntl.F_WRLCK, offset)
        except (BlockingIOError, PermissionError) as exc:
            raise SessionBusyError(BUSY) from exc
        try:
            yield
        finally:
            self._lock(fcntl.F_UNLCK, offset)

    def close(self) -> None:
        os.close(self._fd)


def report_file(reports_dir: Path, session_id: str) -> Path:
    """Where a session's PDF report is written: under the data dir, so that it is deleted with the session."""
    return reports_dir / f"interview-report-{session_id}.pdf"


def forget_session(storage: Storage, session_id: str, reports_dir: Path) -> bool:
    """Delete a session and all that is derived from it: its checkpoints (which hold the resume and the answers),
    its index row and report, and its PDF. False when there was nothing to delete. The caller holds the session
    (:attr:`Storage.hold`)."""
    config: Any = {"configurable": {"thread_id": session_id}}
    existed = storage.sessions.get(session_id) is not None or storage.checkpointer.get_tuple(config) is not None
    storage.checkpointer.delete_thread(session_id)
    storage.sessions.delete(session_id)
    report_file(reports_dir, session_id).unlink(missing_ok=True)
    return existed


def private_file(path: Path) -> None:
    """Create ``path`` readable by its owner only, or take group and other access off an existing one; its folder
    is made private when the app creates it."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        path.chmod(mode & 0o700)


def checkpoint_serde() -> JsonPlusSerializer:
    """The checkpoint serializer, told which of this project's pydantic models the state holds (LangGraph warns
    about any other type it finds in a checkpoint and will refuse it in a future version)."""
    from agent import state
    from tools import resume_parser
    from tools.speech import delivery

    allowed = [(module.__name__, name) for module in (state, resume_parser, delivery)
               for name, obj in vars(module).items()
               if isinstance(obj, type) and issubclass(obj, BaseModel) and obj.__module__ == module.__name__]
    return JsonPlusSerializer(allowed_msgpack_modules=allowed)


def connect(target: str | Path, *, pool_size: int = 8) -> Storage:
    """Open the checkpoints and the session index at ``target``: a SQLite path or a ``postgresql://`` URL."""
    return connect_postgres(str(target), pool_size=pool_size) if is_postgres_url(target) else connect_sqlite(target)


def connect_sqlite(path: str | Path) -> Storage:
    """One connection for checkpoints and the session index; WAL so other processes can read meanwhile. A file
    that fails ``quick_check``, or cannot be opened for writing, is refused with what to do."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    where = str(path)
    locks: FileSessionLocks | None = None
    try:
        if where != ":memory:":
            private_file(Path(path))
            locks = FileSessionLocks(Path(f"{path}.locks"))
        conn = sqlite3.connect(where, check_same_thread=False)
    except OSError as exc:
        raise StorageUnavailableError(f"Cannot open the session database {where}: {exc.strerror or exc}. Check "
                                      "that its folder exists and is writable by you.") from exc
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise StorageUnavailableError(damaged_message(where, "; ".join(problems[:3])))
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA secure_delete=ON")  # a deleted session's resume and answers are overwritten
        checkpointer = SqliteSaver(conn, serde=checkpoint_serde())
        checkpointer.setup()
        sessions = SessionStore(conn)
    except (sqlite3.Error, StorageUnavailableError) as exc:
        conn.close()
        if locks is not None:
            locks.close()
        if isinstance(exc, StorageUnavailableError):
            raise
        raise StorageUnavailableError(fault_message(exc, where) or str(exc)) from exc

    def close() -> None:
        conn.close()
        if locks is not None:
            locks.close()

    return Storage(checkpointer=checkpointer, sessions=sessions, lock=threading.RLock(), close=close,
                   hold=locks.hold if locks is not None else lambda _id: nullcontext(), where=where)


def connect_postgres(url: str, *, pool_size: int) -> Storage:
    """A psycopg pool shared by the checkpointer and the index; tables created once under an advisory lock."""
    try:
        import psycopg
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg import OperationalError
        from psycopg.rows import dict_row
        from psycopg_pool import ConnectionPool, PoolTimeout
    except ImportError as exc:
        raise StorageUnavailableError(
            f"A PostgreSQL database needs the 'scale' extra: pip install -e '.[scale]' ({exc.name} is missing)."
        ) from exc

    from agent.sessions import PostgresSessionStore

    host = url.split("@")[-1]
    try:  # one plain connection first: a server that is down fails at once, not after the pool's timeout
        psycopg.connect(url, connect_timeout=10).close()
    except OperationalError as exc:
        raise StorageUnavailableError(f"Cannot reach the PostgreSQL database at {host}: {exc}") from exc
    pool: ConnectionPool[Any] = ConnectionPool(
        url, min_size=1, max_size=max(2, pool_size), open=False, timeout=15,  # setup holds one while using another
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
    )
    try:
        pool.open(wait=True, timeout=15)
        checkpointer = PostgresSaver(pool, serde=checkpoint_serde())
        with pool.connection() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (SETUP_LOCK_ID,))
            try:
                checkpointer.setup()
                sessions = PostgresSessionStore(pool)
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (SETUP_LOCK_ID,))
    except (OperationalError, PoolTimeout) as exc:
        pool.close()
        raise StorageUnavailableError(f"Cannot reach the PostgreSQL database at {host}: {exc}") from exc

    # Every session this process is answering is locked on one connection of its own (a backend holds any number
    # of advisory locks): a pooled connection held per call took one of the pool's connections from every
    # concurrent candidate, and 16 candidates on a pool of 8 waited for each other until the pool timed out.
    locks = psycopg.connect(url, autocommit=True, prepare_threshold=0, row_factory=dict_row)
    locks_guard = threading.Lock()

    @contextmanager
    def hold(session_id: str) -> Iterator[None]:
        """A session-level advisory lock, held on this process's lock connection for the call: the server drops
        it if the process or the connection dies."""
        key = (SESSION_LOCK_SPACE, lock_key(session_id) % 2**31)
        with locks_guard:
            row = locks.execute("SELECT pg_try_advisory_lock(%s, %s) AS got", key).fetchone()
        if not (row and row["got"]):
            raise SessionBusyError(BUSY)
        try:
            yield
        finally:
            with locks_guard:
                locks.execute("SELECT pg_advisory_unlock(%s, %s)", key)

    def close() -> None:
        locks.close()
        pool.close()

    return Storage(checkpointer=checkpointer, sessions=sessions, lock=nullcontext(), close=close, hold=hold,
                   where=host)
