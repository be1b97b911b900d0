"""Train one role's LoRA adapter on the shared base: ``mockinterview train adapters --role ROLE``.

Loss is on the answer tokens only, and the vocabulary projection is computed only at those positions (the
prompt is 10-30x longer than the answer, so this is most of the lm_head cost saved). LoRA sits on the top
``top_layers`` blocks only: backpropagation stops below them, which on a CPU is the difference between minutes
and an hour. With CUDA and a large hub base, the base is loaded 4-bit (QLoRA) by ``load_base``.
"""

from __future__ import annotations

import json
import logging
import math
import random
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from adapters.base_model import LoadedBase
from adapters.data import Example, Split, graded_answers, labelled_decisions
from agent.decision_head import DECISION_HEAD_FILE, fit_decision_head
from agent.embeddings import MiniLM
from agent.roles import ACTIONS, GRADES, RoleName, render_prompt
from agent.score_head import SCORE_HEAD_FILE, fit_score_head

log = logging.getLogger(__name__)

CANONICAL_IDS = {"SmolLM2-135M-Instruct": "HuggingFaceTB/SmolLM2-135M-Instruct"}
# Steps that trained the shipped adapters on a 2-core CPU (Question prompts are half as long; Scorer gets most).
DEFAULT_STEPS: dict[str, int] = {"scorer": 80, "decision": 50, "question": 40}
# What `--role all` trains: the adapters that ship. The Question adapter is trained only on request (`--role
# question`): it wrote follow-ups further from the real interviewers' than the bare base (adapters/README.md).
SHIPPED_ROLES: tuple[RoleName, ...] = ("decision", "scorer")


@dataclass
class TrainConfig:
    steps: int = 80  # optimiser steps
    batch_size: int = 4
    lr: float = 4e-4  # peak, after a 10 % linear warm-up, then cosine decay
    rank: int = 8
    alpha: int = 16
    dropout: float = 0.05
    top_layers: int = 8  # LoRA on the last N decoder blocks only
    max_len: int = 448  # longer prompts lose their oldest history lines, never the answer tokens
    eval_every: int = 40
    val_size: int = 32  # val examples for the loss; the role metric uses up to 64
    bf16: bool = True  # CPU autocast: about 1.4x faster matmuls where the CPU has AVX512-BF16; LoRA stays fp32
    seed: int = 0


def encode(example: Example, tokenizer: Any, max_len: int) -> tuple[list[int], int]:
    """Token ids of prompt + target + end of turn, and where the target starts.

    Too long a prompt keeps its head (the system prompt) and its tail (the latest context), so the target and
    the text right before it are never cut.
    """
    prompt = render_prompt(tokenizer, example.messages)
    p_ids = list(tokenizer(prompt, add_special_tokens=False).input_ids)
    full = list(tokenizer(prompt + example.target, add_special_tokens=False).input_ids) + [tokenizer.eos_token_id]
    assert full[: len(p_ids)] == p_ids, "prompt and target must tokenize apart"
    n_target = len(full) - len(p_ids)
    head = 48
    assert n_target < max_len - head, "target longer than the context budget"
    if len(full) > max_len:
        full = full[:head] + full[len(full) - (max_len - head):]
    return full, len(full) - n_target


def _batch(items: list[tuple[list[int], int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    T = max(len(ids) for ids, _ in items)
    ids = torch.full((len(items), T), pad_id, dtype=torch.long)  # (B, T)
    mask = torch.zeros((len(items), T), dtype=torch.long)  # (B, T)
    target = torch.zeros((len(items), T), dtype=torch.bool)  # (B, T) True where a target token is predicted
    for b, (seq, start) in enumerate(items):
        ids[b, : len(seq)] = torch.tensor(seq)
        mask[b, : len(seq)] = 1
        target[b, start - 1 : len(seq) - 1] = True  # position t predicts token t + 1
    return ids, mask, target


def target_loss(model: Any, ids: torch.Tensor, mask: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Cross-entropy on the target tokens, projecting to the vocabulary only where it is needed."""
    body, head = model.get_base_model().model, model.get_base_model().lm_head
    device = next(model.parameters()).device  # batches are built on the CPU; the model may be on CUDA (QLoRA)
    ids, mask, target = ids.to(device), mask.to(device), target.to(device)
    hidden = body(input_ids=ids, attention_mask=mask).last_hidden_state  # (B, T, C)
    logits = head(hidden[target])  # (N, V)
    labels = ids[:, 1:][target[:, :-1]]  # (N,)
    return F.cross_entropy(logits.float(), labels)


def _lr(step: int, cfg: TrainConfig) -> float:
    warm = max(1, cfg.steps // 10)
    if step < warm:
        return cfg.lr * (step + 1) / warm
    return cfg.lr * 0.5 * (1 + math.cos(math.pi * (step - warm) / max(1, cfg.steps - warm)))


@torch.no_grad()
def _val_loss(model: Any, data: list[tuple[list[int], int]], pad_id: int, bs: int) -> float:
    model.eval()
    losses = [target_loss(model, *_batch(data[i : i + bs], pad_id)).item() for i in range(0, len(data), bs)]
    model.train()
    return statistics.mean(losses) if losses else float("nan")


def role_metric(role: RoleName, model: Any, tokenizer: Any, val: list[Example]) -> dict[str, float]:
    """The closed field read from the logits, as the engine reads it: Pearson (scorer), balanced accuracy
    (decision), importance accuracy (question) on the held-out split."""
    from agent.backends.transformers_local import LocalRoleModel

    device = str(next(model.parameters()).device)
    runner = LocalRoleModel(LoadedBase(model=model, tokenizer=tokenizer, name="training", device=device), {})
    gold: list[str] = []
    pred: list[float | str] = []
    for ex in val[:64]:
        first = ex.target.split("\n")
        if role == "scorer":
            probs = runner.choose(role, ex.messages, prefix="Grade: ", options=GRADES)
            pred.append(sum(int(g) * p for g, p in probs.items()))
            gold.append(first[0].removeprefix("Grade: "))
        elif role == "decision":
            probs = runner.choose(role, ex.messages, prefix="Decision: ", options=ACTIONS)
            pred.append(max(probs, key=lambda k: probs[k]))
            gold.append(first[0].removeprefix("Decision: "))
        else:
            prefix = first[0] + "\nImportance: "
            probs = runner.choose(role, ex.messages, prefix=prefix, options=("1", "2", "3", "4", "5"))
            pred.append(max(probs, key=lambda k: probs[k]))
            gold.append(first[1].removeprefix("Importance: "))
    if not gold:
        return {}
    if role == "scorer":
        g = [float(x) for x in gold]
        p = [float(x) for x in pred]
        if statistics.pstdev(g) == 0 or statistics.pstdev(p) == 0:
            return {"val_pearson": float("nan"), "val_n": len(g)}
        return {"val_pearson": statistics.correlation(g, p), "val_n": len(g)}
    if role == "decision":
        recalls = [sum(1 for a, b in zip(gold, pred, strict=True) if a == b == c) / gold.count(c)
                   for c in ACTIONS if c in gold]
        return {"val_balanced_accuracy": statistics.mean(recalls), "val_n": len(gold)}
    return {"val_importance_accuracy": sum(a == b for a, b in zip(gold, pred, strict=True)) / len(gold),
            "val_n": len(gold)}


def train_adapter(role: RoleName, base: LoadedBase, split: Split, out_dir: Path,
                  cfg: TrainConfig | None = None) -> dict[str, Any]:
    """Train, validate, and write the adapter, its config, ``metrics.json`` and a model card to ``out_dir``."""
    from peft import LoraConfig, get_peft_model

    cfg = cfg or TrainConfig()
    if not split.train:
        raise ValueError(f"no training data for the {role} role: is ../shared/data present?")
    rng = random.Random(cfg.seed)
    torch.manual_seed(cfg.seed)
    tokenizer = base.tokenizer
    n_layers = base.model.config.num_hidden_layers
    lora = LoraConfig(
        r=cfg.rank, lora_alpha=cfg.alpha, lora_dropout=cfg.dropout, task_type="CAUSAL_LM",
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj"],
        layers_to_transform=list(range(max(0, n_layers - cfg.top_layers), n_layers)),
    )
    # The bare base, prompted, on the same held-out examples: what the adapter has to beat to be worth shipping.
    prompted = role_metric(role, base.model, tokenizer, split.val)
    model = get_peft_model(base.model, lora)
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=0.0)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    train = [encode(e, tokenizer, cfg.max_len) for e in split.train]
    val = [encode(e, tokenizer, cfg.max_len) for e in split.val[: cfg.val_size]]
    history: list[dict[str, float]] = []
    order: list[int] = []
    t0 = time.perf_counter()
    window: list[float] = []
    for step in range(cfg.steps):
        if len(order) < cfg.batch_size:
            order += rng.sample(range(len(train)), len(train))
        batch = [train[order.pop()] for _ in range(cfg.batch_size)]
        for group in opt.param_groups:
            group["lr"] = _lr(step, cfg)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=cfg.bf16 and base.device == "cpu"):
            loss = target_loss(model, *_batch(batch, pad))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        window.append(loss.item())
        if (step + 1) % cfg.eval_every == 0 or step + 1 == cfg.steps:
            point = {"step": step + 1, "train_loss": statistics.mean(window),
                     "val_loss": _val_loss(model, val, pad, cfg.batch_size), "seconds": time.perf_counter() - t0}
            history.append(point)
            window = []
            log.info("%s step %d train %.3f val %.3f (%.0f s)", role, point["step"], point["train_loss"],
                     point["val_loss"], point["seconds"])
    model.eval()
    metrics = {
        "role": role,
        "base": CANONICAL_IDS.get(base.name, base.name),
        "train_examples": len(split.train),
        "val_examples": len(split.val),
        "train_groups": len({e.group for e in split.train}),
        "val_groups": len({e.group for e in split.val}),
        "trainable_params": sum(p.numel() for p in params),
        "config": asdict(cfg),
        "history": history,
        "train_seconds": time.perf_counter() - t0,
        **role_metric(role, model, tokenizer, split.val),
        **{f"prompted_{k}": v for k, v in prompted.items() if k != "val_n"},
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out_dir))
    config_path = out_dir / "adapter_config.json"
    config = json.loads(config_path.read_text())
    config["base_model_name_or_path"] = metrics["base"]  # a portable id, not this machine's cache path
    config_path.write_text(json.dumps(config, indent=2) + "\n")
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    (out_dir / "README.md").write_text(model_card(metrics))
    return metrics


PRACTICE = "Practice use only: not for hiring decisions."
HEAD_NOTES = {
    "scorer": "Beside it, `score_head.json` (`agent/score_head.py`, `--role score_head`) gives the grade where the "
              "question has a reference answer; this adapter's grade is used where it has none.\n\n",
    "decision": "Beside it, `decision_head.json` (`agent/decision_head.py`, `--role decision_head`) chooses FOLLOW_UP "
                "or SWITCH; this adapter writes the guidance of a follow-up.\n\n",
}


def model_card(m: dict[str, Any]) -> str:
    cfg = m["config"]
    curve = "\n".join(f"| {h['step']} | {h['train_loss']:.3f} | {h['val_loss']:.3f} |" for h in m["history"])
    extra = {k: v for k, v in m.items() if k.startswith("val_") and k != "val_examples" and k != "val_groups"}
    prompted = {k.removeprefix("prompted_"): v for k, v in m.items() if k.startswith("prompted_")}
    return f"""# {m['role']} adapter for {m['base']}

LoRA adapter for the **{m['role']}** role of mockinterview (`agent/roles.py` builds its prompts and parses its
output). Data, licences and label policy: `adapters/README.md`; built by `adapters/data.py`.

- Base: `{m['base']}`; LoRA r={cfg['rank']}, alpha={cfg['alpha']}, dropout={cfg['dropout']}, on q/k/v/o of the last
  {cfg['top_layers']} blocks; {m['trainable_params']:,} trainable parameters.
- Data: {m['train_examples']} training examples from {m['train_groups']} groups; {m['val_examples']} held-out
  examples from {m['val_groups']} other groups (split by question or participant, never by row).
- Recipe: {cfg['steps']} steps of batch {cfg['batch_size']}, AdamW, peak lr {cfg['lr']}, warm-up then cosine, max
  length {cfg['max_len']} tokens, loss on the answer tokens only, seed {cfg['seed']};
  {m['train_seconds'] / 60:.1f} minutes on the CPU that trained it.
- Held-out metrics (closed field read from the logits, as the engine does): {json.dumps(extra)}; the bare base,
  prompted, on the same examples in the same run: {json.dumps(prompted)}

| step | train loss | val loss |
|---|---|---|
{curve}

{HEAD_NOTES.get(m['role'], '')}Reproduce: `mockinterview train adapters --role {m['role']}`. {PRACTICE}
"""


def train_score_head(data: Path, out_dir: Path, *, lam: float = 100.0) -> dict[str, float]:
    """Fit the Scorer's score head (agent/score_head.py) on Mohler assignments 1-4, validate it on assignment 5,
    and write ``score_head.json`` beside the Scorer adapter. Seconds, no model."""
    train, val = graded_answers(data)
    if not train:
        raise ValueError(f"no graded answers with references under {data}: is ../shared/data present?")
    head = fit_score_head(train, MiniLM(), lam=lam, trained_on="Mohler et al. 2011 (UNT short-answer grading), "
                          "assignments 1-4: human grades of answers, with the questions' reference answers")
    if len(val) >= 2:
        pred = [head.grade(r.question, r.answer, r.reference) for r in val]
        gold = [r.grade for r in val]
        head.metrics.update(val_pearson=round(statistics.correlation(pred, gold), 4),
                            val_mae_points=round(20 * statistics.mean(abs(a - b) for a, b in zip(pred, gold,
                                                                                                   strict=True)), 2),
                            val_n=float(len(val)))
    out_dir.mkdir(parents=True, exist_ok=True)
    head.save(out_dir / SCORE_HEAD_FILE)
    return head.metrics


def train_decision_head(data: Path, out_dir: Path) -> dict[str, float]:
    """Fit the Decision role's follow-up head (agent/decision_head.py) on the MIT interviewers' decisions of the
    training participants and Mohler assignments 1-4 under the augmentation policy; validate it on the held-out
    participants; write ``decision_head.json`` beside the Decision adapter. Seconds, no model."""
    train, val = labelled_decisions(data)
    head = fit_decision_head(train, trained_on="MIT Interview Dataset (Naim et al. 2015), the interviewers' real "
                             "decisions, training participants; Mohler et al. 2011 assignments 1-4 as graded answers "
                             "(grade 0-2 follow up, 4-5 switch)")
    if val:
        pred = [head.p_follow_up(r.answer, r.score, r.depth, r.max_depth) >= 0.5 for r in val]
        recalls = [statistics.mean(p == c for p, r in zip(pred, val, strict=True) if r.follow_up == c)
                   for c in (True, False) if any(r.follow_up == c for r in val)]
        head.metrics.update(val_balanced_accuracy=round(statistics.mean(recalls), 4), val_n=float(len(val)),
                            val_follow_ups=float(sum(r.follow_up for r in val)))
    out_dir.mkdir(parents=True, exist_ok=True)
    head.save(out_dir / DECISION_HEAD_FILE)
    return head.metrics

