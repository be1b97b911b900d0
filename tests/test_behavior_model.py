"""The window schema (sanitising untrusted input) and the multimodal Transformer."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
import torch

from tests.test_behavior_windows import good, window_for
from tools.behavior.model import BehaviorConfig, BehaviorModel, load_checkpoint, loss_fn, save_checkpoint
from tools.behavior.schema import STEP_FIELDS, VECTOR_FIELDS, Window
from tools.behavior.train import normalization, to_batch


def test_window_round_trips_through_json():
    w = Window.from_mapping(window_for("face_out_of_frame"))
    d = json.loads(json.dumps(w.to_dict()))
    assert d["gaze"][1] is None and d["gaze"][0] is not None
    back = Window.from_mapping(d)
    for name in (*STEP_FIELDS, *VECTOR_FIELDS):
        np.testing.assert_allclose(getattr(back, name), getattr(w, name), atol=1e-4)


@pytest.mark.parametrize("bad", [
    None, "nonsense", 42, [], {"emotion": "x"}, {"emotion": [[1, 2]]}, {"gaze": np.full((5, 5), np.inf)},
    {"pose": [[None] * 99] * 5}, {"voice": [1.0] * 79}, {"prosody": [float("nan")] * 11},
    {"emotion": [[0, 0, 0, 0, 0, 0, 0]] * 5}, {"scene": [[1, 2]] * 5, "unknown": object()},
])
def test_bad_input_becomes_missing_rows(bad):
    w = Window.from_mapping(bad)
    for name in (*STEP_FIELDS, *VECTOR_FIELDS):
        arr = getattr(w, name)
        assert arr.dtype == np.float32 and not np.isinf(arr).any()
        assert not w.mask(name).any(), name


def test_sanitiser_repairs_what_it_can():
    w = Window.from_mapping({
        "emotion": [2, 0, 0, 2, 0, 0, 0],  # one sample for the whole window, not normalised
        "gaze": np.zeros((10, 5)),  # another sampling rate
        "mel": [-40.0] * 80,  # alias of voice
        "pose": [[1e9] * 99] * 5,  # absurd values are clipped
    })
    assert w.mask("emotion").all() and np.allclose(w.emotion.sum(axis=1), 1) and w.emotion[0, 3] == 0.5
    assert w.gaze.shape == (5, 5) and w.mask("gaze").all()
    assert w.mask("voice").all()
    assert w.pose.max() <= 4.0


def test_model_shapes_parameters_and_missing_inputs():
    torch.manual_seed(0)
    model = BehaviorModel(BehaviorConfig()).eval()
    assert 1.8e6 < model.num_params() < 2.6e6
    batch = to_batch([Window.from_mapping(good()), Window.empty(), Window.from_mapping(window_for("silence"))])
    scores, logits = model(batch)
    assert scores.shape == (3, 5) and logits.shape == (3, 30)
    assert torch.isfinite(scores).all() and torch.isfinite(logits).all()
    assert ((scores >= 0) & (scores <= 100)).all()
    # a missing row is a learned token, not a zero: removing the face changes the output
    no_face = to_batch([Window.from_mapping(window_for("face_out_of_frame"))])
    assert not torch.allclose(model(no_face)[1], logits[:1])


def test_fusion_attends_across_modalities_only():
    model = BehaviorModel(BehaviorConfig())
    ids, mask = model.ids, model.cross_mask
    same = ids[:, None] == ids[None, :]
    assert not mask[same & (ids[:, None] != 0)].any()
    assert mask[0].all() and mask[:, 0].all()


def test_initial_loss_and_one_step_learns():
    torch.manual_seed(0)
    cfg = BehaviorConfig(n_embd=32, n_head=2, n_layer=1, dropout=0.0)
    model = BehaviorModel(cfg)
    windows = [Window.from_mapping(window_for(k)) for k in ("good_eye_contact", "silence", "too_dark", "tense")]
    batch = to_batch(windows)
    model.set_normalization(normalization(batch))
    target_scores = torch.full((4, 5), 50.0)
    target = torch.eye(30)[[1, 9, 25, 10]]
    loss0 = loss_fn(*model(batch), target_scores, target)
    assert loss0.item() == pytest.approx(math.log(30), abs=0.3)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    for _ in range(15):
        loss = loss_fn(*model(batch), target_scores, target)
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert loss.item() < loss0.item() / 2


def test_checkpoint_round_trip(tmp_path):
    model = BehaviorModel(BehaviorConfig(n_embd=32, n_head=2, n_layer=1)).eval()
    save_checkpoint(model, tmp_path, {"labels": "rule-generated"})
    again = load_checkpoint(tmp_path)
    batch = to_batch([Window.from_mapping(good())])
    with torch.inference_mode():
        a, b = model(batch), again(batch)
    torch.testing.assert_close(a[0], b[0], atol=0.1, rtol=0.01)  # float16 storage
    assert json.loads((tmp_path / "config.json").read_text())["labels"] == "rule-generated"
