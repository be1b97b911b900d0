"""The combined score: documented weights, renormalised over the parts that were measured."""

from __future__ import annotations

import pytest

from agent.combined import WEIGHTS, combine, delivery_score
from agent.config import Settings
from tests.conftest import ScriptedRoleModel, make_engine
from tools.speech.delivery import measure_delivery
from tools.speech.schema import Word

BEHAVIOR = {"language": 72.0, "composure": 64.0, "body_language": 81.0, "focus": 45.0, "overall": 66.0}


def words(text: str, step: float = 0.4) -> list[Word]:
    return [Word(text=w, start=step * i, end=step * i + 0.3) for i, w in enumerate(text.split())]


def test_weights_sum_to_one() -> None:
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)


def test_delivery_inside_every_range_scores_100_and_fillers_lower_it() -> None:
    calm = measure_delivery(words("I built the payments service and measured its latency every week " * 3), 15.0)
    assert all(a.position == "within" for a in calm.assessments)
    assert delivery_score(calm) == 100.0
    filled = measure_delivery(words("um uh " * 10, step=0.25), 6.0)  # 100 fillers per 100 words: that part is 0
    assert delivery_score(filled) < 75.0


def test_all_parts_combine_with_the_documented_weights() -> None:
    calm = measure_delivery(words("I built the payments service and measured its latency every week " * 3), 15.0)
    c = combine(80.0, calm, BEHAVIOR, spoken=2, answered=2)
    assert c is not None and c.missing == []
    assert c.score == pytest.approx(0.6 * 80 + 0.2 * 100 + 0.2 * 66, abs=0.1)
    assert sum(p.contribution for p in c.parts) == pytest.approx(c.score, abs=0.2)
    assert [p.effective_weight for p in c.parts] == [0.6, 0.2, 0.2]


def test_missing_parts_renormalise_the_weights() -> None:
    typed = combine(70.0, None, BEHAVIOR)  # typed answers, camera on
    assert typed is not None and typed.missing == ["delivery"]
    assert typed.score == pytest.approx(0.75 * 70 + 0.25 * 66, abs=0.1)
    text_only = combine(70.0, None, None)  # typed answers, camera off
    assert text_only is not None and text_only.score == 70.0 and text_only.missing == ["delivery", "behavior"]
    assert text_only.parts[0].effective_weight == 1.0 and text_only.label == "good"
    assert combine(None, None, BEHAVIOR) is None  # nothing answered: no verdict from delivery or behaviour alone


def test_the_report_node_stores_the_combined_score(settings: Settings) -> None:
    engine = make_engine(settings, ScriptedRoleModel())
    progress = engine.start(max_questions=2)
    for _ in range(2):
        progress = engine.answer(progress.session_id, "I built the payments API with idempotency keys and retries.")
    report = progress.report
    assert report is not None and report.combined is not None
    assert report.combined.score == report.overall and report.combined.missing == ["delivery", "behavior"]
    assert engine.report(progress.session_id) == report  # saved with the session
