"""Who is asking: the owner whose sessions a web request may see, answer and delete.

On one laptop there is no sign-in: the app issues each browser a secret token, kept in its localStorage (so closing
the tab and coming back still works), and the owner is a hash of that token. A caller of the HTTP API has no token
unless it steals one, so it owns nothing and sees nothing. For a shared deployment the owner is the signed-in user
(Gradio's ``auth``, or a trusted reverse proxy's header through ``auth_dependency``), and the users named as
trainers may also read every session of the deployment. Every handler resolves the owner from the tab's own
server-side state, which only the load handler sets, from the token or the request; none trusts a session id that
the page sends without asking the engine whether this owner has it.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

if TYPE_CHECKING:
    from agent.config import Settings

TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")
STORAGE_KEY = "mockinterview-owner"


class UnsafeLaunchError(RuntimeError):
    """A launch that would publish every candidate's interviews: --share or a non-loopback host without sign-in."""


@dataclass(frozen=True)
class Identity:
    owner: str
    trainer: bool = False


def owner_state() -> gr.BrowserState:
    """The browser's token, in its localStorage; the load handler issues one when there is none."""
    return gr.BrowserState("", storage_key=STORAGE_KEY)


def identify(token: str | None, request: gr.Request | None, trainers: frozenset[str]) -> tuple[Identity, str]:
    """The caller's identity and the token the browser should keep (a new one when it had none or a malformed
    one). A signed-in user is their user name, whatever the token says."""
    user = getattr(request, "username", None) if request is not None else None
    if not (token and TOKEN.fullmatch(token)):
        token = secrets.token_urlsafe(32)
    if user:
        return Identity(owner=f"user:{user}", trainer=user in trainers), token
    return Identity(owner="browser:" + hashlib.sha256(token.encode()).hexdigest()[:32]), token


def trainers_of(settings: Settings) -> frozenset[str]:
    return frozenset(name.strip() for name in settings.trainers.split(",") if name.strip())


def read_auth_file(path: Path) -> list[tuple[str, str]]:
    """``user:password`` lines (blank lines and # comments skipped) for Gradio's auth."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            user, sep, password = line.strip().partition(":")
            if not sep or not user or not password:
                raise UnsafeLaunchError(f"{path}: every line must be user:password (got {user or line!r}).")
            pairs.append((user, password))
    if not pairs:
        raise UnsafeLaunchError(f"{path} names no user: add user:password lines.")
    return pairs


def header_identity(header: str) -> Callable[[Any], str | None]:
    """Gradio's ``auth_dependency`` for a trusted reverse proxy: the user it signed in, from ``header``; a request
    without it is refused (401)."""

    def user(request: Any) -> str | None:
        name = request.headers.get(header, "").strip()
        return name or None

    return user


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def auth_options(host: str, share: bool, settings: Settings) -> dict[str, Any]:
    """Gradio's sign-in for this launch; without one, a launch reachable from other machines is refused: every
    candidate's resume and answers would be one URL away."""
    if settings.auth_file is not None:
        return {"auth": read_auth_file(settings.auth_file), "auth_message": "Sign in to practise; you will see only "
                "your own interviews."}
    if settings.trusted_user_header:
        if share or not is_loopback(host):
            raise UnsafeLaunchError(f"An identity from the {settings.trusted_user_header} header is only safe when the "
                                    "app listens on loopback behind the proxy that sets it (--host 127.0.0.1, no "
                                    "--share): anyone reaching the app directly could claim any user.")
        return {"auth_dependency": header_identity(settings.trusted_user_header)}
    if share or not is_loopback(host):
        raise UnsafeLaunchError(
            "Refusing to serve the app beyond this machine without sign-in: anyone with the URL could list every "
            "candidate's interviews. Set MOCKINTERVIEW_AUTH_FILE to a file of user:password lines, or put the app "
            "behind a signing-in proxy with MOCKINTERVIEW_TRUSTED_USER_HEADER (deploy/README.md).")
    return {}
