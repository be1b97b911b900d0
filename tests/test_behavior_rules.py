"""The reminder taxonomy and the rule engine: every rule documented, every class reachable, scores defined."""

from __future__ import annotations

import numpy as np
import pytest

from tests.test_behavior_windows import EDITS, good, window_for
from tools.behavior.labeller import RULES, SCORES, WEIGHTS, Summary, label, ramp, strengths, summarize
from tools.behavior.schema import Window
from tools.behavior.taxonomy import GROUPS, INDEX, REMINDERS


def test_taxonomy_is_six_groups_of_five_with_both_languages():
    assert len(REMINDERS) == 30 and len({r.key for r in REMINDERS}) == 30
    for group in GROUPS:
        assert sum(r.group == group for r in REMINDERS) == 5
    for r in REMINDERS:
        assert r.en.strip() and len(r.en) <= 80
        assert any("\u4e00" <= ch <= "\u9fff" for ch in r.zh), r.key


def test_every_rule_is_documented_and_weighted():
    assert set(RULES) == set(INDEX) == set(WEIGHTS)
    for key, fn in RULES.items():
        assert fn.__doc__ and len(fn.__doc__.strip()) > 20, key
    problems = [WEIGHTS[r.key] for r in REMINDERS if r.group != "positive"]
    praise = [WEIGHTS[r.key] for r in REMINDERS if r.group == "positive"]
    assert min(problems) > 2 * max(praise)  # any clear problem outranks praise


@pytest.mark.parametrize("key", list(INDEX))
def test_every_reminder_is_reachable(key):
    lab = label(window_for(key))
    assert REMINDERS[lab.primary].key == key, lab.top(3)
    assert lab.target()[INDEX[key]] == lab.target().max()


@pytest.mark.parametrize("key", [k for k in INDEX if k != "steady"])
def test_each_rule_fires_on_its_window_and_not_on_the_good_one(key):
    fired = strengths(summarize(Window.from_mapping(window_for(key))))[INDEX[key]]
    baseline = strengths(summarize(Window.from_mapping(good())))[INDEX[key]]
    assert fired >= 0.5
    if REMINDERS[INDEX[key]].group != "positive":
        assert baseline == 0.0, f"{key} fires on a well-behaved window"


def test_ramp():
    assert ramp(0.1, 0.2, 0.4) == 0.0 and ramp(0.5, 0.2, 0.4) == 1.0 and ramp(0.3, 0.2, 0.4) == pytest.approx(0.5)
    assert ramp(0.3, 0.4, 0.2) == pytest.approx(0.5)  # reversed
    assert ramp(float("nan"), 0, 1) == 0.0


def test_scores_are_bounded_and_move_the_right_way():
    base = label(good()).scores
    assert set(base) == set(SCORES) and all(0 <= v <= 100 for v in base.values())
    assert base["overall"] > 85
    assert label(window_for("face_out_of_frame")).scores["focus"] < base["focus"] - 40
    assert label(window_for("looking_away")).scores["focus"] < base["focus"] - 25
    assert label(window_for("silence")).scores["language"] < base["language"] - 50
    assert label(window_for("too_fast")).scores["language"] < base["language"] - 20
    assert label(window_for("tense")).scores["composure"] < base["composure"] - 20
    assert label(window_for("slouching")).scores["body_language"] < base["body_language"] - 20
    for key in EDITS:
        scores = label(window_for(key)).scores
        assert all(0 <= v <= 100 for v in scores.values()), key
        w = {"language": 0.3, "composure": 0.2, "body_language": 0.2, "focus": 0.3}
        assert scores["overall"] == pytest.approx(sum(w[k] * scores[k] for k in w), abs=0.02)


def test_an_empty_window_is_a_defined_result():
    lab = label({})
    assert REMINDERS[lab.primary].key == "camera_check"
    assert lab.scores == {"language": 50.0, "composure": 50.0, "body_language": 50.0, "focus": 30.0,
                          "overall": pytest.approx(0.3 * 50 + 0.2 * 50 + 0.2 * 50 + 0.3 * 30)}
    assert np.isclose(lab.target().sum(), 1.0)


def test_summary_groups_by_modality_and_is_json_ready():
    import json

    s = summarize(Window.from_mapping(good()))
    groups = s.by_modality()
    assert set(groups) == {"face", "gaze", "emotion", "pose", "voice"}
    json.dumps(groups, allow_nan=False)
    assert groups["face"]["face_fraction"] == 1.0 and groups["voice"]["has_audio"] is True
    assert isinstance(Summary().by_modality()["gaze"]["gaze_x"], type(None))
