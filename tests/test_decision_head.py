"""The Decision role's follow-up head: features, fitting on real decisions plus policy rows, and where Roles uses it."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from adapters.data import labelled_decisions
from agent.config import Settings
from agent.decision_head import LabelledDecision, decision_features, fit_decision_head, load_decision_head
from agent.roles import DecisionInput, Exchange, Roles
from agent.state import Topic
from tests.conftest import ScriptedRoleModel

TOPIC = Topic(name="Payments API", kind="project")
LONG = "I designed the retry logic, wrote the idempotency keys, measured a 40% drop in double charges, " * 4


def rows(seed: int = 0) -> list[LabelledDecision]:
    """Real-looking decisions in six participants (short answers followed up) and policy rows from grades."""
    rng = random.Random(seed)
    out = []
    for i in range(120):
        short = rng.random() < 0.3
        words = rng.randint(5, 30) if short else rng.randint(60, 200)
        out.append(LabelledDecision(answer="word " * words, score=None, depth=0, max_depth=2,
                                    follow_up=short and rng.random() < 0.8, group=f"mit-{i % 6}"))
    for i in range(60):
        grade = rng.choice((0, 1, 2, 4, 5))
        out.append(LabelledDecision(answer="word " * rng.randint(10, 40), score=grade * 20.0, depth=0, max_depth=2,
                                    follow_up=grade <= 2, group=f"mohler-{i % 3}"))
    return out


def test_features_and_the_unknown_score() -> None:
    assert decision_features("one two three", 80.0, 1, 2) == pytest.approx([1.3863, 0.8, 0.5], abs=1e-4)
    assert decision_features("", None, 0, 0)[1:] == [0.5, 0.0]


def test_head_follows_up_thin_or_low_scored_answers_and_switches_complete_ones() -> None:
    head = fit_decision_head(rows())
    assert head.metrics["groups"] == 6 and head.metrics["leave_one_group_out_balanced_accuracy"] > 0.7
    assert head.p_follow_up("Yes.", None, 0, 2) > 0.5
    assert head.p_follow_up(LONG, None, 0, 2) < 0.5
    assert head.p_follow_up("word " * 20, 10.0, 0, 2) > head.p_follow_up("word " * 20, 95.0, 0, 2)
    with pytest.raises(ValueError, match="both"):
        fit_decision_head([r for r in rows() if not r.follow_up])
    with pytest.raises(ValueError, match="real decisions"):
        fit_decision_head([r for r in rows() if r.group.startswith("mohler")])


def test_roles_decide_with_the_head_and_the_adapter_writes_the_guidance() -> None:
    model = ScriptedRoleModel(chooser=lambda role, opts: {o: (1.0 if o == "SWITCH" else 0.0) for o in opts})
    roles = Roles(model, decision_head=fit_decision_head(rows()))
    thin = DecisionInput(topic=TOPIC, depth=0, max_depth=2,
                         history=[Exchange(question="How did you stop double charges?", answer="Keys.", score=20.0)])
    decision = roles.decide(thin)
    assert decision.action == "FOLLOW_UP" and decision.guidance and decision.confidence > 0.5
    assert not [c for c in model.calls if c[0] == "choose"] and [c for c in model.calls if c[0] == "generate"]
    full = thin.model_copy(update={"history": [Exchange(question="How?", answer=LONG, score=90.0)]})
    assert roles.decide(full).action == "SWITCH"
    assert Roles(model).decide(thin).action == "SWITCH"  # without the head: the adapter's logits


def test_head_is_off_when_asked(tmp_path: Path) -> None:
    (tmp_path / "decision").mkdir()
    fit_decision_head(rows()).save(tmp_path / "decision" / "decision_head.json")
    assert load_decision_head(Settings(home=tmp_path, adapters_dir=tmp_path)) is not None
    assert load_decision_head(Settings(home=tmp_path, adapters_dir=tmp_path, decision_head=False)) is None
    assert load_decision_head(Settings(home=tmp_path, adapters_dir=tmp_path, use_adapters=False)) is None


def test_the_shipped_head_loads_and_carries_its_provenance() -> None:
    head = load_decision_head(Settings())
    assert head is not None and "MIT" in head.trained_on and head.n > 100
    assert {"leave_one_group_out_balanced_accuracy", "val_balanced_accuracy", "val_n"} <= set(head.metrics)


def test_train_command_writes_the_head(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from agent.cli import main

    data = tmp_path / "data"
    (data / "gold").mkdir(parents=True)
    (data / "mohler_dev").mkdir()
    interviews = []
    for p in range(12):
        turns = [{"topic": "teamwork", "question": "Tell me about a team challenge?", "answer": "We had one.",
                  "gold": {"decision": "FOLLOW_UP"}},
                 {"topic": "teamwork", "question": "Can you be more specific?", "answer": LONG,
                  "gold": {"decision": "SWITCH"}}]
        interviews.append({"id": f"mit-p{p}", "language": "en", "turns": turns})
    (data / "gold" / "mit_interview_dev.gold.jsonl").write_text("\n".join(json.dumps(i) for i in interviews))
    grades = [{"question_id": f"{a}.1", "question": "Q?", "reference_answer": "R.", "answer": "an answer " * a,
               "score_avg": g} for a in (1, 2, 3, 4, 5) for g in (0.5, 1.5, 4.5, 5.0)]
    (data / "mohler_dev" / "mohler_dev.jsonl").write_text("\n".join(json.dumps(g) for g in grades))
    assert main(["train", "adapters", "--role", "decision_head", "--data", str(data),
                 "--out", str(tmp_path / "out")]) == 0
    assert "decision_head" in capsys.readouterr().out
    head = load_decision_head(Settings(home=tmp_path, adapters_dir=tmp_path / "out"))
    train, val = labelled_decisions(data)
    assert len([r for r in train if r.group.startswith("mohler")]) == 16  # assignments 1-4; 5 is held out
    assert head is not None and head.n == len(train) and head.metrics["val_n"] == len(val) > 0
