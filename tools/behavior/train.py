"""Train the behaviour model to reproduce the rule engine on windows cut from real media.

``train_behavior(out_dir)`` extracts the media features (cached in ``POOL_CACHE``), composes and labels train and
held-out windows, trains, evaluates on the held-out windows (MAE per score, reminder top-1/top-3 against the
labeller) and writes ``behavior.safetensors``, ``config.json``, ``metrics.json`` and ``MODEL_CARD.md`` into
``out_dir``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tools.behavior.data import Dataset, build_pool, make_windows
from tools.behavior.labeller import SCORES
from tools.behavior.model import STEP_MODALITIES, VECTOR_MODALITIES, BehaviorConfig, BehaviorModel, loss_fn
from tools.behavior.schema import Window
from tools.behavior.taxonomy import N_REMINDERS, REMINDERS

POOL_CACHE = Path.home() / ".cache" / "mockinterview" / "behavior-pool.pkl"  # media features, rebuilt on mismatch


@dataclass
class TrainConfig:
    model: BehaviorConfig = field(default_factory=BehaviorConfig)
    epochs: int = 30  # the shipped model; ~19 GFLOP per batch of 128: 5 minutes on 2 idle cores, 25 at load 5
    batch_size: int = 128
    lr: float = 2e-3
    weight_decay: float = 0.01
    per_class: int = 120  # train windows kept per primary reminder (class balance)
    candidates: int = 30_000  # windows composed before balancing (up to twice as many for rare classes)
    test_per_class: int = 40
    test_candidates: int = 8_000
    frames_per_condition: int = 24
    clips_per_condition: int = 8
    megamind_limit: int | None = None  # frames of Megamind.avi to use (None: all 270)
    threads: int = 2
    seed: int = 0


def to_batch(windows: Sequence[Window]) -> dict[str, Any]:
    """Windows -> float32 tensors, NaN rows kept (the model turns them into 'missing' tokens)."""
    import torch

    return {m: torch.from_numpy(np.stack([getattr(w, m) for w in windows]).astype(np.float32))
            for m in (*STEP_MODALITIES, *VECTOR_MODALITIES)}


def normalization(batch: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Per-feature mean and std over the observed rows of each modality."""
    import torch

    stats = {}
    for m, x in batch.items():
        rows = x.reshape(-1, x.shape[-1])
        rows = rows[torch.isfinite(rows).all(dim=1)]
        if len(rows) < 2:
            rows = torch.zeros(2, x.shape[-1])
        stats[m] = (rows.mean(dim=0), rows.std(dim=0))
    return stats


def predict(model: BehaviorModel, windows: Sequence[Window], batch_size: int = 256) -> tuple[np.ndarray, np.ndarray]:
    """(N, 5) scores and (N, 30) reminder probabilities."""
    import torch

    scores, probs = [], []
    model.eval()
    with torch.inference_mode():
        for i in range(0, len(windows), batch_size):
            s, logits = model(to_batch(windows[i:i + batch_size]))
            scores.append(s.numpy())
            probs.append(torch.softmax(logits, dim=-1).numpy())
    if not scores:
        return np.zeros((0, len(SCORES)), np.float32), np.zeros((0, N_REMINDERS), np.float32)
    return np.concatenate(scores), np.concatenate(probs)


def evaluate(model: BehaviorModel, data: Dataset) -> dict[str, Any]:
    """Agreement with the labeller: MAE per score (points), top-1 and top-3 accuracy of the primary reminder."""
    scores, probs = predict(model, data.windows)
    if not len(data.windows):
        return {"windows": 0}
    top3 = np.argsort(-probs, axis=1)[:, :3]
    per_class = {}
    for c in range(N_REMINDERS):
        sel = data.primary == c
        if sel.any():
            per_class[REMINDERS[c].key] = {"n": int(sel.sum()), "top1": round(float((top3[sel, 0] == c).mean()), 3)}
    return {
        "windows": len(data.windows),
        "mae": {k: round(float(np.abs(scores[:, i] - data.scores[:, i]).mean()), 2) for i, k in enumerate(SCORES)},
        "top1": round(float((top3[:, 0] == data.primary).mean()), 4),
        "top3": round(float((top3 == data.primary[:, None]).any(axis=1).mean()), 4),
        "classes_present": len(per_class),
        "per_class": per_class,
    }


def train_behavior(out_dir: Path | str, config: TrainConfig | None = None, pool_cache: Path | None = None,
                   log: Callable[[str], None] | None = print) -> dict[str, Any]:
    """Build data, train, evaluate, write the checkpoint and its model card into ``out_dir``; returns the metrics."""
    import torch

    from tools.behavior.model import save_checkpoint

    cfg = config or TrainConfig()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    say = log or (lambda _m: None)
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
    t0 = time.perf_counter()
    pool = build_pool(pool_cache or POOL_CACHE, cfg.frames_per_condition, cfg.clips_per_condition,
                      cfg.megamind_limit, cfg.seed, say)
    t_pool = time.perf_counter() - t0
    train = make_windows(pool, "train", cfg.per_class, cfg.candidates, cfg.seed + 1)
    test = make_windows(pool, "test", cfg.test_per_class, cfg.test_candidates, cfg.seed + 2)
    say(f"windows: train {len(train.windows)} ({len(set(train.primary.tolist()))} classes), "
        f"held-out {len(test.windows)} ({len(set(test.primary.tolist()))} classes)")

    model = BehaviorModel(cfg.model)
    batch = to_batch(train.windows)
    model.set_normalization(normalization(batch))
    y_scores = torch.from_numpy(train.scores)
    y_rem = torch.from_numpy(train.targets)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    steps = max(cfg.epochs * ((len(train.windows) + cfg.batch_size - 1) // cfg.batch_size), 1)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=cfg.lr, total_steps=steps, pct_start=0.1)
    history = []
    t1 = time.perf_counter()
    for epoch in range(cfg.epochs):
        model.train()
        perm = torch.randperm(len(train.windows))
        total, n = 0.0, 0
        for i in range(0, len(perm), cfg.batch_size):
            idx = perm[i:i + cfg.batch_size]
            scores, logits = model({k: v[idx] for k, v in batch.items()})
            loss = loss_fn(scores, logits, y_scores[idx], y_rem[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total, n = total + loss.item() * len(idx), n + len(idx)
        history.append(round(total / max(n, 1), 4))
        if epoch % 3 == 2 or epoch == cfg.epochs - 1:
            say(f"epoch {epoch + 1}/{cfg.epochs} loss {history[-1]:.4f}")
    t_train = time.perf_counter() - t1
    metrics: dict[str, Any] = {
        "held_out": evaluate(model, test),
        "train": {k: v for k, v in evaluate(model, train).items() if k != "per_class"},
        "constant_baseline_mae": {k: round(float(np.abs(test.scores[:, i] - train.scores[:, i].mean()).mean()), 2)
                                  for i, k in enumerate(SCORES)} if len(test.windows) else {},
        "params": model.num_params(),
        "loss_history": history,
        "seconds": {"features": round(t_pool, 1), "training": round(t_train, 1)},
        "windows": {"train": len(train.windows), "held_out": len(test.windows)},
        "config": {**asdict(cfg), "model": cfg.model.to_dict()},
    }
    save_checkpoint(model, out, {"scores": list(SCORES), "reminders": [r.key for r in REMINDERS],
                                 "labels": "rule-generated (tools/behavior/labeller.py)"})
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    (out / "MODEL_CARD.md").write_text(model_card(metrics))
    say(f"held-out: MAE {metrics['held_out'].get('mae')}, top-1 {metrics['held_out'].get('top1')}, "
        f"top-3 {metrics['held_out'].get('top3')}")
    return metrics


def model_card(m: dict[str, Any]) -> str:
    h, cfg = m["held_out"], m["config"]["model"]
    mae = h.get("mae", {})
    base = m.get("constant_baseline_mae", {})
    rows = "\n".join(f"| {k} | {mae.get(k, '-')} | {base.get(k, '-')} |" for k in SCORES)
    classes = "\n".join(f"| {k} | {v['n']} | {v['top1']} |" for k, v in h.get("per_class", {}).items())
    return f"""# Behaviour model card

**The labels are rule-generated.** This model was trained to reproduce `tools/behavior/labeller.py`, a hand-written
rule engine, on windows cut from a handful of offline media files. No human rated any of this data. A score or a
reminder from this model means "the rules would probably have said so", nothing more: it is coaching feedback for
practice, not an assessment of a person, and must not be used to make decisions about anyone.

## Model
nanoGPT-style multimodal Transformer (`model.py`): per-modality projections, one cross-modal attention block,
{cfg['n_layer']} encoder layers, width {cfg['n_embd']}, {m['params']:,} parameters; heads for 5 scores
(0-100) and 30 reminders (`taxonomy.py`). Weights stored as float16 safetensors.

## Data
- Faces: the astronaut photo from scikit-image (one person, one photo) and Megamind.avi from Debian's opencv-doc
  (270 frames of an animated film). Speech: espeak-ng (robotic synthetic voices), 8 train and 3 held-out sentences.
- Perturbations on pixels and samples (`data.py`): irises moved, face moved out of frame or off-centre, darkened,
  tilted, second face pasted, grey-scale, blank frames, large random motion; speech fast, slow, sped up, quiet,
  with long pauses, held fillers, silenced, clipped, 8 kHz, stereo 48 kHz, partial, missing.
- Two feature-level edits where no picture edit of this media works: crossed arms and slouching move pose
  landmarks (6 % of windows each). Feature noise that the rules ignore (body placement and scale, hand and leg
  landmarks, microphone gain, voice pitch; small gaze, emotion and lighting noise) on 70 % of windows. In 40 % of
  windows one to three rule inputs (brightness, speech level, rate, pauses, held sounds, clipping, emotions, body
  tilt/position/motion, crossed arms, slouching, gaze, faces) are set at random, independently of the rest, so that
  the model reads them instead of their side effects in this small set of media.
- Windows: {m['windows']['train']} train, {m['windows']['held_out']} held out, balanced by the labeller's primary
  reminder. Held-out windows use other sentences and voices, other one-second blocks of Megamind, and other
  perturbation draws of the *same* astronaut photo: they are not independent of the training data in the way real
  held-out people would be.

## Agreement with the rule engine on held-out windows
Reminder (primary = the labeller's top reminder): top-1 {h.get('top1')}, top-3 {h.get('top3')} over
{h.get('windows')} windows, {h.get('classes_present')} of 30 classes present.

| score | MAE (points, 0-100) | MAE of a constant (train mean) |
|---|---|---|
{rows}

Per class (held-out windows whose primary reminder is this class; top-1 accuracy):

| reminder | windows | top-1 |
|---|---|---|
{classes}

## Limits
- Validity against human judgement: unknown (never measured). Agreement above is with rules, on synthetic data.
- Faces: one real photo and one cartoon. Skin tones, ages, glasses, lighting and cameras of real users are not
  represented. Speech: synthetic English only; Chinese speech untested.
- The emotion features come from a FER-2013 mini-Xception (about 66 % accuracy on FER-2013 in its paper); its
  errors flow into the composure score.
"""
