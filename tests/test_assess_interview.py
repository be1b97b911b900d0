"""A terminal interview on a real resume with the real default model and scripted answers of known quality: the
scores come out in order, the weak answers are followed up, and the report's strengths and improvements are right
(slow: the model writes the questions)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_integration import Interview

OFF_TOPIC = ("Last summer I rebuilt the carburettor of my motorcycle, cleaned the jets and replaced the float valve, "
             "and it has started first time ever since, even on cold mornings in the garage.")


def subject(question: str) -> str:
    return re.sub(r"^(can you|could you|how did you|how do you|what|tell me about|describe)\s+", "",
                  question.rstrip("?").strip(), flags=re.IGNORECASE)


def vague(question: str) -> str:
    """Names the question's subject (its longest word) and says nothing about it."""
    word = max(re.findall(r"[A-Za-z][A-Za-z-]+", subject(question)), key=len)
    return f"I'm pretty good with {word}, it usually works out fine."


def strong(question: str) -> str:
    """A specific first-person answer on the question's own subject, with tools, figures and the result."""
    return (f"At my last job as an SRE this came up directly: {subject(question)}. I led the work myself: I set up "
            "Prometheus alerts on the error budget, I wrote the Terraform for a second Kubernetes cluster, and I ran "
            "the failover drills every month. As a result, p99 latency dropped from 900 ms to 250 ms and paging "
            "incidents fell by 60 percent over two quarters.")


@pytest.mark.slow
def test_strong_vague_off_topic_not_knowing_strong(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCKINTERVIEW_MAX_FOLLOW_UPS", "3")  # three weak answers in a row, each followed up
    monkeypatch.delenv("MOCKINTERVIEW_MODEL", raising=False)  # the real default model
    interview = Interview(tmp_path / "sessions.sqlite", "--resume", "tests/data/resumes/jake_sre.pdf", "--role",
                          "Site Reliability Engineer", "--max-questions", "5")
    scores, kinds = [], []
    for n in range(1, 6):
        m = interview.wait_for(rf"^\[{n}/5\] \((.+?)\) (.+)$", timeout=900)
        kinds.append(m.group(1))
        answer = {2: vague(m.group(2)), 3: OFF_TOPIC, 4: "I don't know."}.get(n) or strong(m.group(2))
        interview.send(answer)
        scores.append(float(interview.wait_for(r"^  Score (\d+)/100", timeout=900).group(1)))
    interview.wait_for("INTERVIEW REPORT", timeout=900)
    interview.wait_for(r"^Strengths:", timeout=60)
    strengths = interview.wait_for(r"^  - (.+)").group(1)
    interview.wait_for(r"^To improve:", timeout=60)
    improvement = interview.wait_for(r"^  - (.+)").group(1)
    assert interview.proc.wait(timeout=60) == 0
    transcript = "\n".join(interview.seen)
    assert scores[0] > scores[1] > scores[2] > scores[3] and scores[4] > scores[1], transcript
    assert kinds[0] != "follow-up" and kinds[1] != "follow-up", transcript  # a strong answer: the next topic
    assert kinds[2:] == ["follow-up"] * 3, transcript  # after the vague, the off-topic and "I don't know"
    assert "says what you did (I led" in strengths, strengths
    assert "practise having one real example ready" in improvement, improvement
