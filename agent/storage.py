"""Where sessions live: the LangGraph checkpoints and the session index, on SQLite or on PostgreSQL.

One process on one machine uses a SQLite file (one connection, so the engine serialises its calls). Several app
replicas share a PostgreSQL database (``MOCKINTERVIEW_DB=postgresql://...``): checkpoints through
``langgraph-checkpoint-postgres`` and the index through :class:`agent.sessions.PostgresSessionStore`, both on one
psycopg 3 connection pool, so calls on different sessions run concurrently.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from pydantic import BaseModel

from agent.config import is_postgres_url
from agent.sessions import SessionIndex, SessionStore

SETUP_LOCK_ID = 0x6D6F636B  # pg_advisory_lock key: replicas starting together create the tables one at a time


class StorageUnavailableError(RuntimeError):
    """The configured database cannot be opened; the message says what to install or start."""


@dataclass
class Storage:
    """The checkpointer and the session index on one database, and how to use them from several threads."""

    checkpointer: BaseCheckpointSaver[Any]
    sessions: SessionIndex
    lock: AbstractContextManager[Any]  # held around every engine call: a real lock for a single connection
    close: Callable[[], None]  # the SQLite connection or the PostgreSQL pool


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
    """One connection for checkpoints and the session index; WAL so other processes can read meanwhile."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    checkpointer = SqliteSaver(conn, serde=checkpoint_serde())
    checkpointer.setup()
    return Storage(checkpointer=checkpointer, sessions=SessionStore(conn), lock=threading.RLock(), close=conn.close)


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
    return Storage(checkpointer=checkpointer, sessions=sessions, lock=nullcontext(), close=pool.close)
