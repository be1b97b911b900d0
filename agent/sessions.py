"""The app's own small tables beside the checkpoints: an index of sessions and the finished reports.

Listing sessions or a candidate's history is then a query, not a walk through checkpoint blobs.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import sqlite_utils
from pydantic import BaseModel

from agent.state import Report


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


class SessionStore:
    def __init__(self, conn: sqlite3.Connection):
        self.db = sqlite_utils.Database(conn)
        self.db["sessions"].create(  # type: ignore[union-attr]
            {"id": str, "candidate": str, "target_role": str, "language": str, "started": str, "updated": str,
             "answered": int, "max_questions": int, "finished": bool, "overall": float},
            pk="id", if_not_exists=True,
        )
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

    def list(self) -> list[SessionRow]:
        rows = self.db["sessions"].rows_where(order_by="updated desc")
        return [SessionRow.model_validate(r) for r in rows]

    def save_report(self, session_id: str, report: Report) -> None:
        self.db["reports"].upsert(  # type: ignore[union-attr]
            {"session_id": session_id, "created": now(), "report": report.model_dump_json()}, pk="session_id"
        )

    def report(self, session_id: str) -> Report | None:
        rows = list(self.db["reports"].rows_where("session_id = ?", [session_id]))
        return Report.model_validate_json(rows[0]["report"]) if rows else None
