"""The app's own small tables beside the checkpoints: an index of sessions and the finished reports.

Listing sessions or a candidate's history is then a query, not a walk through checkpoint blobs. The same
:class:`SessionIndex` has two implementations: sqlite-utils on the SQLite file, and plain SQL on a PostgreSQL
connection pool shared by several app replicas.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

import sqlite_utils
from pydantic import BaseModel

from agent.state import InterviewType, Report

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SessionRow(BaseModel):
    id: str
    candidate: str
    target_role: str
    language: str
    started: str
    updated: str
    answered: int = 0
    max_questions: int
    finished: bool = False
    overall: float | None = None
    owner: str = ""  # who may see and answer it in the web app ("" = made in the terminal); see agent/owners.py
    interview_type: InterviewType = "mixed"  # agent/interview_types.py


class SessionIndex(Protocol):
    def add(self, row: SessionRow) -> None: ...

    def update(self, session_id: str, **fields: object) -> None: ...

    def get(self, session_id: str) -> SessionRow | None: ...

    def list(self, owner: str | None = None) -> list[SessionRow]:
        """Newest first; only ``owner``'s when given."""
        ...

    def delete(self, session_id: str) -> None:
        """Remove the session's row and report (the engine removes its checkpoints)."""
        ...

    def save_report(self, session_id: str, report: Report) -> None: ...

    def report(self, session_id: str) -> Report | None: ...


class SessionStore:
    """The index in the SQLite file, with sqlite-utils."""

    def __init__(self, conn: sqlite3.Connection):
        self.db = sqlite_utils.Database(conn)
        self.db["sessions"].create(  # type: ignore[union-attr]
            {"id": str, "candidate": str, "target_role": str, "language": str, "started": str, "updated": str,
             "answered": int, "max_questions": int, "finished": bool, "overall": float},
            pk="id", if_not_exists=True,
        )
        if "owner" not in self.db["sessions"].columns_dict:  # an index from before sessions had owners
            self.db["sessions"].add_column("owner", str, not_null_default="")  # type: ignore[union-attr]
        if "interview_type" not in self.db["sessions"].columns_dict:  # an index from before interview types
            self.db["sessions"].add_column("interview_type", str, not_null_default="mixed")  # type: ignore[union-attr]
        self.db["reports"].create(  # type: ignore[union-attr]
            {"session_id": str, "created": str, "report": str}, pk="session_id", if_not_exists=True
        )

    def add(self, row: SessionRow) -> None:
        self.db["sessions"].insert(row.model_dump(), pk="id")  # type: ignore[union-attr]

    def update(self, session_id: str, **fields: object) -> None:
        self.db["sessions"].update(session_id, {**fields, "updated": now()})  # type: ignore[union-attr]

    def get(self, session_id: str) -> SessionRow | None:
        rows = list(self.db["sessions"].rows_where("id = ?", [session_id]))
        return SessionRow.model_validate(rows[0]) if rows else None

    def list(self, owner: str | None = None) -> list[SessionRow]:
        where, args = ("owner = ?", [owner]) if owner is not None else (None, [])
        rows = self.db["sessions"].rows_where(where, args, order_by="updated desc")
        return [SessionRow.model_validate(r) for r in rows]

    def delete(self, session_id: str) -> None:
        with self.db.conn:
            self.db.execute("DELETE FROM reports WHERE session_id = ?", [session_id])
            self.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no copy of the deleted pages is left in the WAL

    def save_report(self, session_id: str, report: Report) -> None:
        self.db["reports"].upsert(  # type: ignore[union-attr]
            {"session_id": session_id, "created": now(), "report": report.model_dump_json()}, pk="session_id"
        )

    def report(self, session_id: str) -> Report | None:
        rows = list(self.db["reports"].rows_where("session_id = ?", [session_id]))
        return Report.model_validate_json(rows[0]["report"]) if rows else None


_PG_TABLES = (
    """CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY, candidate TEXT NOT NULL, target_role TEXT NOT NULL, language TEXT NOT NULL,
    started TEXT NOT NULL, updated TEXT NOT NULL, answered INTEGER NOT NULL DEFAULT 0,
    max_questions INTEGER NOT NULL, finished BOOLEAN NOT NULL DEFAULT FALSE, overall DOUBLE PRECISION)""",
    "CREATE TABLE IF NOT EXISTS reports (session_id TEXT PRIMARY KEY, created TEXT NOT NULL, report TEXT NOT NULL)",
    "ALTER TABLE sessions ADD COLUMN IF NOT EXISTS owner TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN IF NOT EXISTS interview_type TEXT NOT NULL DEFAULT 'mixed'",
)


class PostgresSessionStore:
    """The index in PostgreSQL; every call takes a connection from the pool (autocommit, dict rows)."""

    def __init__(self, pool: ConnectionPool[Any]):
        self.pool = pool
        with pool.connection() as conn:
            for statement in _PG_TABLES:
                conn.execute(statement)

    def add(self, row: SessionRow) -> None:
        data = row.model_dump()
        columns = ", ".join(data)
        with self.pool.connection() as conn:
            conn.execute(f"INSERT INTO sessions ({columns}) VALUES ({', '.join(['%s'] * len(data))})",
                         list(data.values()))

    def update(self, session_id: str, **fields: object) -> None:
        data = {**fields, "updated": now()}
        unknown = set(data) - set(SessionRow.model_fields)
        assert not unknown, f"not session columns: {unknown}"  # names are interpolated: only known columns
        assignments = ", ".join(f"{name} = %s" for name in data)
        with self.pool.connection() as conn:
            conn.execute(f"UPDATE sessions SET {assignments} WHERE id = %s", [*data.values(), session_id])

    def get(self, session_id: str) -> SessionRow | None:
        with self.pool.connection() as conn:
            row = conn.execute("SELECT * FROM sessions WHERE id = %s", (session_id,)).fetchone()
        return SessionRow.model_validate(row) if row else None

    def list(self, owner: str | None = None) -> list[SessionRow]:
        with self.pool.connection() as conn:
            if owner is None:
                rows = conn.execute("SELECT * FROM sessions ORDER BY updated DESC").fetchall()
            else:
                rows = conn.execute("SELECT * FROM sessions WHERE owner = %s ORDER BY updated DESC",
                                    (owner,)).fetchall()
        return [SessionRow.model_validate(r) for r in rows]

    def delete(self, session_id: str) -> None:
        with self.pool.connection() as conn, conn.transaction():
            conn.execute("DELETE FROM reports WHERE session_id = %s", (session_id,))
            conn.execute("DELETE FROM sessions WHERE id = %s", (session_id,))

    def save_report(self, session_id: str, report: Report) -> None:
        with self.pool.connection() as conn:
            conn.execute(
                "INSERT INTO reports (session_id, created, report) VALUES (%s, %s, %s) ON CONFLICT (session_id) "
                "DO UPDATE SET created = EXCLUDED.created, report = EXCLUDED.report",
                (session_id, now(), report.model_dump_json()),
            )

    def report(self, session_id: str) -> Report | None:
        with self.pool.connection() as conn:
            row = conn.execute("SELECT report FROM reports WHERE session_id = %s", (session_id,)).fetchone()
        return Report.model_validate_json(row["report"]) if row else None
