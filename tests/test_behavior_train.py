"""Training and benchmark scripts end to end on a micro configuration (real media, tiny model, few windows)."""

from __future__ import annotations

import json

import pytest

from tools.behavior.model import BehaviorConfig, load_checkpoint
from tools.behavior.tool import BehaviorTool
from tools.behavior.train import TrainConfig, train_behavior

pytestmark = pytest.mark.slow


def test_train_behavior_writes_checkpoint_metrics_and_card(tmp_path):
    cfg = TrainConfig(model=BehaviorConfig(n_embd=32, n_head=2, n_layer=1), epochs=2, per_class=4, candidates=300,
                      test_per_class=2, test_candidates=100, frames_per_condition=2, clips_per_condition=1,
                      megamind_limit=30, threads=1)
    logs: list[str] = []
    metrics = train_behavior(tmp_path, cfg, pool_cache=tmp_path / "pool.pkl", log=logs.append)
    for name in ("behavior.safetensors", "config.json", "metrics.json", "MODEL_CARD.md", "pool.pkl"):
        assert (tmp_path / name).is_file(), name
    assert "labels are rule-generated" in (tmp_path / "MODEL_CARD.md").read_text().lower()
    saved = json.loads((tmp_path / "metrics.json").read_text())
    assert saved["held_out"]["windows"] > 0 and set(saved["held_out"]["mae"]) >= {"focus", "overall"}
    assert 0 <= saved["held_out"]["top1"] <= saved["held_out"]["top3"] <= 1
    assert metrics["params"] == load_checkpoint(tmp_path).num_params()
    assert len(metrics["loss_history"]) == 2 and any("held-out" in line for line in logs)
    out = BehaviorTool(tmp_path).analyze_detailed([{}])
    assert out["source"] == "model"
    again = train_behavior(tmp_path / "again", cfg, pool_cache=tmp_path / "pool.pkl", log=None)  # cached features
    assert again["seconds"]["features"] < metrics["seconds"]["features"]


def test_bench_behavior_reports_every_figure():
    from tools.behavior.bench import bench_behavior, format_behavior_bench

    d = bench_behavior(seconds=2.0, live_seconds=1.0)
    assert {"gaze", "emotion", "pose"} <= set(d["extractor_ms_per_frame"])
    assert d["end_to_end"]["fps"] > 0 and d["end_to_end"]["estimates"] >= 2
    assert d["model_ms_per_window"] > 0 and d["peak_rss_mb"] > 0 and d["live"]["submitted"] > 0
    text = format_behavior_bench(d)
    for needle in ("ms/frame", "FPS at 640x480", "ms per window", "peak RSS", "load average"):
        assert needle in text
