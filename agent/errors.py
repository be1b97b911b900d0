"""The errors the engine and its backends raise for the user: each message is meant to be shown, and the session
is left as it was. Kept apart from the engine so that backends (agent/backends/) can raise them without
importing the engine they serve."""

from __future__ import annotations


class EngineError(ValueError):
    """A request the engine refuses; the message is meant for the user and the session is left as it was."""


class InvalidAnswerError(EngineError):
    pass


class SessionNotFoundError(EngineError):
    pass


class NotWaitingError(EngineError):
    """The session is not waiting for this answer (finished, or a double submit of an earlier question)."""


class UnfinishedStepError(NotWaitingError):
    """The last answer is saved but the step after it was cut short (a crash, a model server that went away):
    ``resume`` runs it again."""


class SessionBusyError(EngineError):
    """Another process (a second window on another app replica, a terminal) is answering this session right now:
    refused at once rather than queued, so the two answers cannot both be applied to the same question."""


class StorageError(EngineError):
    """The session database failed under a call (read-only, full, damaged): the message says what to do. The call
    was not applied; what was saved before it is as it was."""
