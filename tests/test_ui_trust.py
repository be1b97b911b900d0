"""Issue 17 through the web app's real entry points: two browsers that cannot see each other's sessions, an HTTP API
client that cannot open a session it does not own, delete from the Sessions tab, typed HTML shown as text, and no
launch beyond loopback without sign-in. Every wait is for a state of the page, never for time."""

from __future__ import annotations

import contextlib
import socket
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent.config import Settings
from tests.conftest import ScriptedRoleModel, make_engine, patient, send_answer
from ui.owner import Identity, UnsafeLaunchError, auth_options, identify

try:
    from playwright.sync_api import expect
except ImportError:  # the browser test skips below
    expect = None  # type: ignore[assignment]

CHROMIUM = Path("/usr/bin/chromium")
PRIVATE = "A private answer about the payments ledger that only its author may read."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from ui.app import create_app, launch_options

    home = tmp_path_factory.mktemp("home")
    settings = Settings.from_env({}, home=home, max_questions=3, max_follow_ups=0, max_topics=3)
    engine = make_engine(settings, ScriptedRoleModel(), db=home / "sessions.sqlite")
    port = free_port()
    app = create_app(engine)
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, **launch_options())
    url = f"http://127.0.0.1:{port}/"
    with urllib.request.urlopen(url, timeout=60) as response:
        assert response.status == 200
    yield {"url": url, "engine": engine}
    app.close()


@pytest.fixture(scope="module")
def victim(server: dict[str, Any]) -> str:
    """A candidate's session, made as the app makes them (an owner that is a browser token's hash)."""
    engine = server["engine"]
    owner, _ = identify(None, None, frozenset())
    sid: str = engine.start(candidate="Vera Victim", target_role="Site Reliability Engineer",
                            owner=owner.owner).session_id
    engine.answer(sid, PRIVATE)
    return sid


# --- launch ---------------------------------------------------------------------------------------------------------

def test_no_serving_beyond_loopback_without_sign_in(tmp_path: Path) -> None:
    settings = Settings.from_env({}, home=tmp_path)
    assert auth_options("127.0.0.1", False, settings) == {}
    for host, share in (("0.0.0.0", False), ("192.168.1.20", False), ("127.0.0.1", True)):
        with pytest.raises(UnsafeLaunchError, match="without sign-in"):
            auth_options(host, share, settings)
    users = tmp_path / "users"
    users.write_text("# cohort 3\nada:correct horse\ntrainer:battery staple\n")
    signed = auth_options("0.0.0.0", False, settings.model_copy(update={"auth_file": users}))
    assert signed["auth"] == [("ada", "correct horse"), ("trainer", "battery staple")]
    proxied = settings.model_copy(update={"trusted_user_header": "X-Forwarded-User"})
    assert "auth_dependency" in auth_options("127.0.0.1", False, proxied)
    with pytest.raises(UnsafeLaunchError, match="loopback"):
        auth_options("0.0.0.0", False, proxied)


def test_identity_is_the_signed_in_user_or_the_token_hash() -> None:
    class Request:
        username = "ada"

    identity, token = identify("not a token", None, frozenset())
    assert len(token) == 43 and identity.owner.startswith("browser:") and token not in identity.owner
    assert identify(token, None, frozenset())[0] == identity  # the browser keeps its token: the same owner
    assert identify(token, Request(), frozenset({"ada"}))[0] == Identity(owner="user:ada", trainer=True)  # type: ignore[arg-type]


# --- HTTP API ---------------------------------------------------------------------------------------------------------

def test_an_api_client_cannot_list_open_answer_or_delete_a_session_it_does_not_own(server: dict[str, Any],
                                                                                   victim: str) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    client = Client(server["url"], verbose=False)
    with pytest.raises(AppError, match="not finished loading"):  # no owner yet: nothing is served
        client.predict(api_name="/refresh")
    client.predict("attacker-chosen-token-attacker-chosen-token", api_name="/on_load")
    table, choices = client.predict(api_name="/refresh")
    assert victim not in str(table) + str(choices) and "Vera" not in str(table)

    def attempt(*args: Any, api_name: str) -> str:
        """What the call gave back, or the refusal: either way nothing of the victim's."""
        try:
            return str(client.predict(*args, api_name=api_name))
        except AppError as exc:
            return str(exc)

    for args, api_name in (((victim,), "/open_session"), (("An answer slipped into another interview.", []),
                           "/submit"), (([],), "/end"), ((), "/retry"), ((), "/on_select"), ((victim,), "/delete")):
        shown = attempt(*args, api_name=api_name)
        assert PRIVATE not in shown and "Vera" not in shown, api_name
    engine = server["engine"]
    assert engine.session(victim) is not None and [t.answer for t in engine.turns(victim)] == [PRIVATE]


# --- browsers ---------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed: apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"], headless=True)
        yield b
        b.close()


def start_interview(page: Any, url: str, role: str) -> str:
    page.goto(url)
    page.locator("#role textarea").fill(role)
    page.locator("#start").click()
    page.locator("#chat").get_by_text("question 1 of").first.wait_for(timeout=60_000)
    return str(page.locator("#session-id textarea").input_value())


def sessions_listed(page: Any, shown: str) -> str:
    """The Sessions tab's table once it shows ``shown`` (a state to wait for: an absence alone proves nothing)."""
    page.get_by_role("tab", name="Sessions").click()
    page.get_by_role("button", name="Refresh").click()
    table = page.locator("#sessions-table")
    expect(table).to_contain_text(shown, timeout=60_000)
    return str(table.text_content())


@pytest.mark.browser
def test_two_browsers_cannot_see_each_others_sessions(server: dict[str, Any], browser: Any, victim: str) -> None:
    alice, bob = patient(browser.new_context()), patient(browser.new_context())  # two people: separate storage
    try:
        page_a = alice.new_page()
        sid = start_interview(page_a, server["url"], "Data Engineer")
        send_answer(page_a, '<img src=x onerror="document.title=\'pwned\'"> I built ETL jobs.')
        page_a.locator("#chat").get_by_text("question 2 of").first.wait_for(timeout=60_000)
        assert page_a.locator("#chat img[src='x']").count() == 0 and page_a.title() != "pwned"
        assert "<img src=x" in page_a.locator("#chat").inner_text()  # shown as the text that was typed

        page_b = bob.new_page()
        page_b.goto(server["url"] + f"?session={sid}")  # Bob has Alice's link
        page_b.locator(".toast-body").get_by_text("No saved interview").first.wait_for(timeout=60_000)
        assert "ETL" not in page_b.locator("body").inner_text()
        start_interview(page_b, server["url"], "Product Manager")
        listed = sessions_listed(page_b, "Product Manager")
        assert "Data Engineer" not in listed and "Site Reliability" not in listed

        page_a.reload()  # closing the tab and coming back: the browser keeps its token
        page_a.locator("#chat").get_by_text("question 2 of").first.wait_for(timeout=60_000)
        listed = sessions_listed(page_a, "Data Engineer")
        assert "Product Manager" not in listed and "Site Reliability" not in listed

        page_a.once("dialog", lambda dialog: dialog.accept())
        page_a.get_by_role("button", name="Delete").click()
        page_a.locator(".toast-body").get_by_text("Deleted").first.wait_for(timeout=60_000)
        assert server["engine"].session(sid) is None and server["engine"].turns(victim)
        expect(page_a.locator("#sessions-table")).not_to_contain_text("Data Engineer")
    finally:
        alice.close()
        bob.close()


@pytest.mark.browser
def test_a_hostile_upload_in_the_browser_is_refused_with_a_message_and_the_app_goes_on(
        server: dict[str, Any], browser: Any, tmp_path: Path) -> None:
    from tests.hostile_files import lying_docx

    bomb = tmp_path / "resume.docx"
    bomb.write_bytes(lying_docx(120))  # 0.4 MB that inflates to 120 MB while its headers claim 2 KB
    context = patient(browser.new_context())
    try:
        page = context.new_page()
        page.goto(server["url"])
        page.locator("#resume-file input[type=file]").set_input_files(str(bomb))
        page.locator(".toast-body").get_by_text("unpacks to more than 50 MB").first.wait_for(timeout=60_000)
        page.locator("#start").click()  # the start reuses the refusal: the file is not read again
        page.locator(".toast-body").get_by_text("unpacks to more than 50 MB").nth(1).wait_for(timeout=60_000)
        page.locator("#resume-file button[aria-label='Clear']").click()
        start_interview(page, server["url"], "Platform Engineer")  # the app is still there
    finally:
        context.close()


def test_signed_in_users_see_their_own_sessions_and_a_trainer_reads_the_cohort(tmp_path: Path) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    from ui.app import create_app, launch_options

    settings = Settings.from_env({}, home=tmp_path, max_questions=2, max_topics=2, trainers="coach")
    engine = make_engine(settings, ScriptedRoleModel(), db=tmp_path / "sessions.sqlite")
    ada = engine.start(candidate="Ada Cohort", target_role="Data Engineer", owner="user:ada").session_id
    engine.answer(ada, PRIVATE)
    engine.end(ada)
    port = free_port()
    app = create_app(engine)
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True,
               auth=[("ada", "ada-pass"), ("lin", "lin-pass"), ("coach", "coach-pass")], **launch_options())
    try:
        url = f"http://127.0.0.1:{port}/"
        with pytest.raises(Exception):  # noqa: B017 - not signed in: the app is not served at all
            Client(url, verbose=False)
        clients = {name: Client(url, auth=(name, f"{name}-pass"), verbose=False) for name in ("ada", "lin", "coach")}
        for client in clients.values():
            client.predict("", api_name="/on_load")
        assert ada in str(clients["ada"].predict(api_name="/refresh"))
        assert ada not in str(clients["lin"].predict(api_name="/refresh"))
        assert ada in str(clients["coach"].predict(api_name="/refresh"))  # the choices now offer it to the trainer
        report = str(clients["coach"].predict(ada, api_name="/open_session"))
        assert "Ada Cohort" in report and "Data Engineer" in report  # the report, read-only
        with contextlib.suppress(AppError):  # refused or ignored: either way nothing is deleted
            clients["coach"].predict(ada, api_name="/delete")
        assert engine.session(ada) is not None  # a trainer reads; only the owner deletes
    finally:
        app.close()


def test_behind_a_signing_in_proxy_the_header_is_the_user_and_no_header_is_refused(tmp_path: Path) -> None:
    from gradio_client import Client

    from ui.app import create_app, launch_options

    settings = Settings.from_env({}, home=tmp_path, max_questions=2, max_topics=2,
                                 trusted_user_header="X-Forwarded-User")
    engine = make_engine(settings, ScriptedRoleModel(), db=tmp_path / "sessions.sqlite")
    ada = engine.start(candidate="Ada Proxy", owner="user:ada").session_id
    port = free_port()
    app = create_app(engine)
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True,
               **launch_options(), **auth_options("127.0.0.1", False, settings))
    try:
        url = f"http://127.0.0.1:{port}/"
        with pytest.raises(Exception):  # noqa: B017 - no header: 401, the app is not served
            Client(url, verbose=False)
        as_ada, as_lin = (Client(url, headers={"X-Forwarded-User": name}, verbose=False) for name in ("ada", "lin"))
        for client in (as_ada, as_lin):
            client.predict("", api_name="/on_load")
        assert ada in str(as_ada.predict(api_name="/refresh")) and ada not in str(as_lin.predict(api_name="/refresh"))
    finally:
        app.close()
