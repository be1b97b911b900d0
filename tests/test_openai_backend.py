"""The OpenAI-compatible role backend against a real server on the CPU: llama-cpp-python's, one alias per role.

The server is ``python -m llama_cpp.server`` with the config that ``python -m adapters.to_gguf`` writes: the
embedded base GGUF with the shipped adapters converted to GGUF LoRA, selected per request by ``model``. The same
interview then runs on (server backend, PostgreSQL) as on (in-process, SQLite) in test_engine/test_integration.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from adapters.to_gguf import ADAPTER_BASE
from agent.backends.openai import BackendUnavailableError, OpenAIRoleModel, first_word_logprobs, option_distribution
from agent.config import Settings
from agent.engine import open_engine
from agent.roles import ACTIONS, GRADES, ScoreInput, build_scorer_messages

pytestmark = [pytest.mark.slow, pytest.mark.llamacpp]
REPO = Path(__file__).resolve().parents[1]
HOME = REPO / ".mockinterview"  # the converted base, the GGUF LoRAs and the converter are cached here
ANSWERS = (REPO / "examples" / "answers.txt").read_text().splitlines()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("llama_cpp.server", reason="the 'llamacpp' extra is not installed (make test installs it)")
    made = subprocess.run([sys.executable, "-m", "adapters.to_gguf", "--home", str(HOME)], cwd=REPO,
                          capture_output=True, text=True, timeout=900, check=True)
    config = json.loads(Path(made.stdout.strip().splitlines()[-1]).read_text())
    port = _free_port()
    config["port"] = port
    path = tmp_path_factory.mktemp("llamacpp") / "server.json"
    path.write_text(json.dumps(config))
    log = path.with_suffix(".log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--config_file", str(path)], cwd=REPO,
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.5)
        assert proc.poll() is None, path.with_suffix(".log").read_text()
    else:
        proc.kill()
        pytest.fail("llama_cpp.server did not come up in 180 s:\n" + path.with_suffix(".log").read_text())
    yield url
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


@pytest.fixture(scope="module")
def settings_for(server_url: str) -> Settings:
    return Settings.from_env({}, home=HOME, backend="openai", openai_base_url=server_url, openai_server="llama_cpp",
                             model=ADAPTER_BASE, max_questions=3, max_follow_ups=1, max_topics=4)


def test_server_serves_one_alias_per_role(server_url: str) -> None:
    models = {m["id"] for m in httpx.get(f"{server_url}/models", timeout=10).json()["data"]}
    assert {"decision", "question", "scorer"} <= models


def test_choices_are_distributions_and_agree_with_the_in_process_runtime(settings_for: Settings) -> None:
    from agent.backends.transformers_local import load_role_model

    remote = OpenAIRoleModel.from_settings(settings_for)
    local = load_role_model(Settings.from_env({}, home=HOME, model=ADAPTER_BASE))
    messages = build_scorer_messages(ScoreInput(question="What is an idempotency key?", answer=ANSWERS[0]))
    served = remote.choose("scorer", messages, prefix="Grade: ", options=GRADES)
    assert set(served) == set(GRADES) and abs(sum(served.values()) - 1) < 1e-6
    reference = local.choose("scorer", messages, prefix="Grade: ", options=GRADES)
    # Same base weights (Q4_1, de-quantised in-process) and the same LoRA: the grade read from either agrees.
    assert max(served, key=served.__getitem__) == max(reference, key=reference.__getitem__), (served, reference)
    decision = remote.choose("decision", messages, prefix="Decision: ", options=ACTIONS)
    assert set(decision) == set(ACTIONS) and abs(sum(decision.values()) - 1) < 1e-6
    line = remote.generate("scorer", messages, prefix="Grade: 3\nFeedback:", max_new_tokens=40)
    assert line.strip() and "\n" not in line


def test_interview_runs_unchanged_on_the_server_and_postgres(settings_for: Settings, pg_url: str) -> None:
    settings = settings_for.model_copy(update={"db": pg_url})
    engine = open_engine(settings)
    progress = engine.start(target_role="Backend Engineer")
    for text in ANSWERS[:3]:
        assert progress.pending is not None and progress.pending.text.endswith("?")
        progress = engine.answer(progress.session_id, text)
    assert progress.report is not None and [t.answer for t in progress.report.turns] == ANSWERS[:3]
    assert all(t.score is not None and 0 <= t.score.score <= 100 for t in progress.report.turns)
    [row] = engine.sessions()
    assert row.finished and row.answered == 3


def test_a_server_that_is_down_is_a_readable_error(tmp_path: Path) -> None:
    settings = Settings.from_env({}, home=HOME, backend="openai", openai_server="llama_cpp", openai_retries=1,
                                 openai_base_url=f"http://127.0.0.1:{_free_port()}/v1")
    model = OpenAIRoleModel.from_settings(settings)
    with pytest.raises(BackendUnavailableError, match="did not answer the scorer request after 2 tries"):
        model.choose("scorer", [{"role": "user", "content": "hi"}], prefix="Grade: ", options=GRADES)
    env = {**os.environ, "MOCKINTERVIEW_HOME": str(HOME), "MOCKINTERVIEW_DB": str(tmp_path / "s.sqlite"),
           "MOCKINTERVIEW_BACKEND": "openai", "MOCKINTERVIEW_OPENAI_BASE_URL": settings.openai_base_url,
           "MOCKINTERVIEW_OPENAI_RETRIES": "0"}
    cli = subprocess.run([sys.executable, "-m", "agent.cli", "interview", "--resume", "examples/sample_resume.md"],
                         cwd=REPO, env=env, input="", capture_output=True, text=True, timeout=120)
    assert cli.returncode == 2 and "did not answer" in cli.stderr and "Traceback" not in cli.stderr


def test_the_distribution_is_read_where_the_option_starts() -> None:
    probs = option_distribution({" FOL": -0.1, " SW": -2.0, " ": -5.0, "x": -1.0}, ACTIONS)
    assert probs is not None and probs["FOLLOW_UP"] > 0.8 and abs(sum(probs.values()) - 1) < 1e-9
    assert option_distribution({"x": -1.0}, ACTIONS) is None
    # SmolLM2 writes "Grade: 5" as ..., " ", "5": the options start at the second generated token.
    logprobs = {"tokens": [" ", "5"], "top_logprobs": [{" ": -0.1, " A": -3.0}, {"5": -0.5, "4": -1.5, "x": -1.0}]}
    grades = option_distribution(first_word_logprobs(logprobs), GRADES)
    assert grades is not None and grades["5"] > grades["4"] > 0 and grades["0"] == 0
