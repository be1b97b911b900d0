"""Replay, baselines, results and the CLI end to end, with a scripted role model and a bag-of-words embedder."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from agent.config import Settings
from agent.roles import ChatMessage, Roles
from evals import baselines
from evals.cli import add_eval_arguments, run_eval
from evals.contrast import TWINS
from evals.gold import GoldInterview, read_gold
from evals.replay import replay
from evals.report import METRIC_KEYS
from tests.conftest import BagOfWords

BASELINE_KEYS = {
    "bare_base": set(METRIC_KEYS),
    "embedding": {"scorer.pearson", "scorer.spearman", "scorer.qwk", "scorer.mae", "overall.pearson"},
    "majority": {"decision.accuracy", "decision.balanced_accuracy", "decision.macro_f1"},
    "short_answer": {"decision.accuracy", "decision.balanced_accuracy", "decision.macro_f1"},
    "bank_retrieval": {"question.similarity"},
    "word_count": {"scorer.pearson", "scorer.spearman", "scorer.qwk", "scorer.mae", "overall.pearson"},
    "verdict_only": {"feedback.similarity"},
}
CONTRAST_KEYS = {"contrast.real.follow_up_rate", "contrast.real.mean_score"} | {
    key for kind in TWINS for key in (f"contrast.{kind}.pairwise_accuracy", f"contrast.{kind}.follow_up_rate",
                                      f"contrast.{kind}.mean_score",
                                      f"baselines.embedding.contrast.{kind}.pairwise_accuracy")}


def _answer(messages: Sequence[ChatMessage]) -> str:
    found = re.findall(r"<answer>\n(.*?)\n</answer>", messages[-1]["content"], flags=re.S)
    return found[-1] if found else ""


class ScriptedModel:
    """Deterministic RoleModel: grades by answer length, follows up on short answers, asks a fixed question.

    ``prompts`` records the user message of every closed choice, one per role call.
    """

    def __init__(self, adapters: dict[str, Path] | None = None) -> None:
        self.adapters = adapters or {}
        self.prompts: list[tuple[str, str]] = []
        self.bare_views = 0

    def without_adapters(self) -> ScriptedModel:
        self.bare_views += 1
        return ScriptedModel()

    def generate(
        self,
        role: str,
        messages: Sequence[ChatMessage],
        *,
        prefix: str,
        max_new_tokens: int,
        temperature: float = 0.0,
        seed: int = 0,
        on_text: Callable[[str], None] | None = None,
    ) -> str:
        return {
            "question": " Can you walk me through the result you achieved there?",
            "decision": " Ask for the measurable result of their own work.",
        }.get(role, " Relevant answer, but it needs a concrete example.")

    def choose(
        self, role: str, messages: Sequence[ChatMessage], *, prefix: str, options: Sequence[str]
    ) -> dict[str, float]:
        self.prompts.append((role, messages[-1]["content"]))
        words = len(_answer(messages).split())
        if role == "scorer":
            pick = str(min(5, words // 3))
        elif role == "decision":
            pick = "FOLLOW_UP" if words < 6 else "SWITCH"
        else:
            pick = options[0]
        rest = (1 - 0.9) / (len(options) - 1)
        return {o: 0.9 if o == pick else rest for o in options}


def turn(question: str, answer: str, gold: dict[str, Any], topic: str | None = None, ref: str | None = None) -> dict:
    return {"topic": topic, "question": question, "answer": answer, "reference_answer": ref, "gold": gold}


INTERVIEWS = [
    {
        "id": "graded",
        "language": "en",
        "source": "test",
        "turns": [
            turn("What is a stack?", "A last in first out list of items.",
                 {"score": 80, "feedback": "Right: a stack is last in, first out."}, "ds", "A LIFO structure."),
            turn("What is a queue?", "A list.", {"score": 0}, "ds", "A FIFO structure."),
            turn("What is a heap?", "A tree where each parent is smaller than its children nodes.", {"score": 100}),
        ],
        "gold": {"overall": 60},
    },
    {
        "id": "behavioural",
        "language": "en",
        "source": "test",
        "turns": [
            turn("Tell me about yourself.", "I study.",
                 {"decision": "FOLLOW_UP", "next_question": "What do you study?"}, "background"),
            turn("What do you study?", "Mechanical engineering with a focus on robotics and design.",
                 {"decision": "FOLLOW_UP", "next_question": "Why robotics?"}, "background"),
            turn("Why robotics?", "Robots.", {"decision": "FOLLOW_UP", "next_question": "Which robots?"},
                 "background"),
            turn("Tell me about a time you led a team.", "I led the robotics club build season and we won.",
                 {"decision": "SWITCH", "next_question": "Why should we hire you?"}, "leadership"),
        ],
        "gold": {"overall": 80},
    },
    {
        "id": "mixed",
        "language": "en",
        "source": "test",
        "turns": [
            turn("Describe a conflict.", "We argued.", {"score": 20, "decision": "SWITCH"}, "teamwork"),
            turn("Why this job?", "It matches my robotics background and I like the team very much.",
                 {"score": 90, "decision": "SWITCH"}, "why"),
        ],
        "gold": {"overall": 40},
    },
]


def write_gold(path: Path, interviews: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(iv) + "\n" for iv in interviews), encoding="utf-8")
    return path


@pytest.fixture
def banks(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    rows = [
        {"question": "Tell me about yourself.", "follow_ups": ["What do you study and why?"]},
        {"question": "Describe a time you led a team.", "follow_ups": []},
    ]
    (folder / "bank.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_eval_arguments(parser)
    return parser.parse_args(argv)


def run(argv: list[str], model: ScriptedModel | None = None) -> int:
    model = model or ScriptedModel()

    def factory(settings: Settings) -> ScriptedModel:
        return model

    return run_eval(parse(argv), model_factory=factory, embedder_factory=BagOfWords, relevance_factory=BagOfWords)


def gold_interviews(tmp_path: Path) -> list[GoldInterview]:
    return read_gold(write_gold(tmp_path / "gold.jsonl", INTERVIEWS))


# ------------------------------------------------------------------------------------------------ replay


def test_replay_calls_each_role_where_the_gold_has_something_to_compare(tmp_path: Path) -> None:
    interviews = gold_interviews(tmp_path)
    model = ScriptedModel()
    preds = replay(interviews, Roles(model), max_depth=2)
    assert len(preds.scores) == 9  # every turn is scored
    assert sorted(preds.decisions) == [(1, 0), (1, 1), (1, 2), (1, 3), (2, 0), (2, 1)]
    assert sorted(preds.questions) == [(1, 0), (1, 1), (1, 2)]  # the gold FOLLOW_UP turns only
    assert preds.decisions[(1, 2)] == "SWITCH"  # two follow-ups already asked on "background": switch by rule
    assert preds.scores[(0, 1)] == pytest.approx(20 * (0 * 0.9 + 0.02 * 15))  # expected grade x 20
    decision_prompts = [p for role, p in model.prompts if role == "decision"]
    assert "already asked on this topic: 1 of at most 2" in decision_prompts[1]
    assert "Q2: What do you study?" in decision_prompts[1] and "Q3" not in decision_prompts[1]
    assert "Topic: leadership (behavioral)" in decision_prompts[-3]


def test_replay_runs_only_the_selected_roles(tmp_path: Path) -> None:
    preds = replay(gold_interviews(tmp_path), Roles(ScriptedModel()), which=["decision"])
    assert not preds.scores and not preds.questions and preds.decisions
    assert {role for _, role, _ in preds.sources} == {"decision"}


# --------------------------------------------------------------------------------------------- baselines


def test_embedding_baseline_is_cosine_times_100_against_reference_or_question(tmp_path: Path) -> None:
    interviews = gold_interviews(tmp_path)
    preds = baselines.embedding_scores(interviews, BagOfWords())
    stack, heap = interviews[0].turns[0], interviews[0].turns[2]  # with and without a reference answer

    def cos100(a: str, b: str) -> float:
        return 100 * float(BagOfWords().encode([a])[0] @ BagOfWords().encode([b])[0])

    assert preds.scores[(0, 0)] == pytest.approx(cos100(stack.answer, stack.reference_answer or ""), abs=0.05)
    assert preds.scores[(0, 2)] == pytest.approx(cos100(heap.answer, heap.question), abs=0.05)
    assert all(0 <= s <= 100 for s in preds.scores.values()) and len(preds.scores) == 9


def test_majority_and_short_answer_decisions(tmp_path: Path) -> None:
    interviews = gold_interviews(tmp_path)
    majority, label = baselines.majority_decisions(interviews)
    assert label == "FOLLOW_UP"  # 3 against 3: a tie goes to the first decision
    assert set(majority.decisions.values()) == {label} and len(majority.decisions) == 6
    shorter = baselines.short_answer_decisions(interviews)
    # answer lengths 2, 9, 1, 10, 2, 12 words: median 5.5
    assert [shorter.decisions[k] for k in sorted(shorter.decisions)] == [
        "FOLLOW_UP", "SWITCH", "FOLLOW_UP", "SWITCH", "FOLLOW_UP", "SWITCH"
    ]


def test_bank_retrieval_takes_the_nearest_question_not_yet_asked(tmp_path: Path, banks: Path) -> None:
    bank = baselines.load_bank_questions(banks)
    assert bank == [
        "Tell me about yourself.",
        "What do you study and why?",
        "Describe a time you led a team.",
    ]
    preds = baselines.bank_retrieval(gold_interviews(tmp_path), BagOfWords(), bank)
    assert preds.questions[(1, 0)] != "Tell me about yourself."  # already asked: skipped
    assert preds.questions[(1, 1)] == "What do you study and why?"


# ------------------------------------------------------------------------------------------------- CLI


def test_cli_end_to_end_writes_exactly_the_specified_keys(
    tmp_path: Path, banks: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOCKINTERVIEW_SCORE_HEAD", "0")  # the scripted model alone: the agent is its bare base
    monkeypatch.setenv("MOCKINTERVIEW_DECISION_HEAD", "0")
    monkeypatch.setenv("MOCKINTERVIEW_ASSESS_HEAD", "0")
    gold = write_gold(tmp_path / "gold.jsonl", INTERVIEWS)
    out, page = tmp_path / "r.json", tmp_path / "r.html"
    assert run([str(gold), "--out", str(out), "--html", str(page), "--banks", str(banks), "--home", str(tmp_path),
                "--feedback"]) == 0
    results = json.loads(out.read_text())
    expected = set(METRIC_KEYS) | {"decision.confusion", "meta", "baselines.bare_base.same_as_agent"}
    for name, keys in BASELINE_KEYS.items():
        expected |= {f"baselines.{name}.{k}" for k in keys}
    expected |= {f"baselines.{name}.decision.confusion" for name in ("bare_base", "majority", "short_answer")}
    assert set(results) == expected | CONTRAST_KEYS
    assert results["contrast.non_answer.pairwise_accuracy"]["n"] == 9 == results["contrast.real.follow_up_rate"]["n"]
    for key in METRIC_KEYS:
        assert set(results[key]) == {"value", "ci95", "n"}
    assert results["scorer.pearson"]["n"] == 5 and results["overall.pearson"]["n"] == 3
    assert results["decision.accuracy"]["n"] == 6 and results["question.similarity"]["n"] == 3
    assert results["feedback.similarity"]["n"] == 1 == results["baselines.verdict_only.feedback.similarity"]["n"]
    assert results["baselines.bare_base.same_as_agent"] is True
    assert results["baselines.bare_base.scorer.pearson"] == results["scorer.pearson"]
    assert sum(map(sum, results["decision.confusion"]["matrix"])) == 6
    assert results["meta"]["interviews"] == 3 and results["meta"]["adapters"] == []
    assert results["meta"]["sources"]["scorer"] == {"model": 6, "rule": 3}  # "I study.", "Robots.", "We argued."
    assert results["valid_rate"]["value"] == 1.0, results["meta"]["sources"]
    table = capsys.readouterr().out
    assert "scorer.pearson" in table and "bank_retrieval" in table and "bare base is the agent" in table
    assert "off_topic" in table and "embedding baseline: pairwise" in table
    text = page.read_text()
    assert text.count("data:image/png;base64,") == 2 and "decision.macro_f1" in text


def test_a_metric_without_gold_is_absent_not_zero(tmp_path: Path, banks: Path) -> None:
    only_scores = [INTERVIEWS[0] | {"gold": None}]
    gold = write_gold(tmp_path / "gold.jsonl", only_scores)
    out = tmp_path / "r.json"
    assert run([str(gold), "--out", str(out), "--banks", str(banks)]) == 0
    results = json.loads(out.read_text())
    metric_keys = {k for k in results if k != "meta" and not k.endswith("same_as_agent") and "contrast." not in k}
    assert metric_keys == {
        f"{prefix}{k}"
        for prefix in ("", "baselines.bare_base.", "baselines.embedding.", "baselines.word_count.")
        for k in ("scorer.pearson", "scorer.spearman", "scorer.qwk", "scorer.mae")
    } | {"valid_rate", "baselines.bare_base.valid_rate"}


def test_limit_and_roles(tmp_path: Path, banks: Path) -> None:
    gold = write_gold(tmp_path / "gold.jsonl", INTERVIEWS)
    out = tmp_path / "r.json"
    assert run([str(gold), "--limit", "2", "--roles", "decision", "--out", str(out), "--banks", str(banks)]) == 0
    results = json.loads(out.read_text())
    assert results["meta"]["interviews"] == 2 and results["meta"]["roles"] == ["decision"]
    assert results["decision.accuracy"]["n"] == 4
    assert not any(k.startswith(("scorer.", "question.", "overall.")) for k in results)
    assert "baselines.embedding.scorer.pearson" not in results
    for bad in (["--roles", "grader"], ["--limit", "0"], ["--baselines", "bare,embedding"]):
        with pytest.raises(SystemExit):
            parse([str(gold), *bad])


def test_adapters_make_the_bare_base_a_second_replay(tmp_path: Path, banks: Path) -> None:
    gold = write_gold(tmp_path / "gold.jsonl", INTERVIEWS)
    out = tmp_path / "r.json"
    model = ScriptedModel(adapters={"scorer": tmp_path})
    assert run([str(gold), "--out", str(out), "--banks", str(banks)], model) == 0
    results = json.loads(out.read_text())
    assert model.bare_views == 1 and results["baselines.bare_base.same_as_agent"] is False
    assert results["meta"]["adapters"] == ["scorer"]


def test_a_bad_gold_file_is_an_error_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(INTERVIEWS[0]) + "\n" + '{"id": "x"}\n', encoding="utf-8")
    assert run([str(gold)]) == 2
    assert ":2: language:" in capsys.readouterr().err
    assert run([str(tmp_path / "missing.jsonl")]) == 2


def test_baselines_are_chosen_and_the_contrast_can_be_skipped(tmp_path: Path, banks: Path) -> None:
    gold = write_gold(tmp_path / "gold.jsonl", INTERVIEWS)
    out = tmp_path / "r.json"
    model = ScriptedModel(adapters={"scorer": tmp_path})
    assert run([str(gold), "--out", str(out), "--banks", str(banks), "--baselines", "short_answer",
                "--no-contrast"], model) == 0
    results = json.loads(out.read_text())
    assert model.bare_views == 0 and results["meta"]["baselines"]["run"] == ["short_answer"]
    assert {k.split(".")[1] for k in results if k.startswith("baselines.")} == {"short_answer"}
    assert not any(k.startswith("contrast.") for k in results)
    assert run([str(gold), "--out", str(out), "--banks", str(banks), "--baselines", "none",
                "--contrast-limit", "4"]) == 0
    results = json.loads(out.read_text())
    assert results["contrast.real.follow_up_rate"]["n"] == 4
    assert not any(k.startswith("baselines.") for k in results)


def test_with_the_shipped_heads_the_bare_base_is_replayed_without_them(tmp_path: Path, banks: Path) -> None:
    gold = write_gold(tmp_path / "gold.jsonl", INTERVIEWS)
    out = tmp_path / "r.json"
    assert run([str(gold), "--out", str(out), "--banks", str(banks), "--home", str(tmp_path)]) == 0
    results = json.loads(out.read_text())
    assert "Mohler" in results["meta"]["score_head"] and "MIT" in results["meta"]["decision_head"]
    assert results["baselines.bare_base.same_as_agent"] is False
    # "A last in first out list of items." against "A LIFO structure.": the head scores it, the bare base does not
    assert results["scorer.pearson"] != results["baselines.bare_base.scorer.pearson"]
