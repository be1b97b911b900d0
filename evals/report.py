"""From predictions to the flat result object, and the plain-text table of it.

Results are one JSON object with flat dotted keys (``scorer.pearson``, ``baselines.embedding.scorer.pearson``)
so that two runs diff line by line. A metric appears only where the file has gold for it and the system made
predictions for it: an absent key means "not measured", never zero.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from typing import Any, cast

import numpy as np

from agent.embeddings import Embedder, cosine_pairs
from evals import metrics as m
from evals.gold import DECISIONS, GoldInterview
from evals.replay import Predictions

METRIC_KEYS = (
    "scorer.pearson",
    "scorer.spearman",
    "scorer.qwk",
    "scorer.mae",
    "decision.accuracy",
    "decision.balanced_accuracy",
    "decision.macro_f1",
    "question.similarity",
    "feedback.similarity",
    "overall.pearson",
    "valid_rate",
)
MODEL_SOURCES = ("model", "retry")


def _paired(interviews: list[GoldInterview], gold_of: Callable[[Any], Any],
            predicted: Mapping[tuple[int, int], Any]) -> tuple[list[int], list[Any], list[Any]] | None:
    """(interview index, gold, prediction) columns over the turns that have both; None when none has."""
    rows = [(i, gold_of(turn), predicted[(i, t)]) for i, iv in enumerate(interviews) for t, turn in enumerate(iv.turns)
            if gold_of(turn) is not None and (i, t) in predicted]
    if not rows:
        return None
    ids, gold, pred = zip(*rows, strict=True)
    return list(ids), list(gold), list(pred)


def evaluate(
    interviews: list[GoldInterview], preds: Predictions, embedder: Embedder, *, resamples: int = m.RESAMPLES
) -> dict[str, Any]:
    """Every metric this file has gold for and ``preds`` has predictions for."""
    out: dict[str, Any] = {}

    def metric(stat: Any, arrays: list[Any], clusters: list[int]) -> m.Metric:
        return m.metric(stat, arrays, clusters, resamples=resamples)

    scored = _paired(interviews, lambda turn: turn.gold.score, preds.scores)
    if scored:
        ids, gold, pred = scored
        for name, stat in (
            ("pearson", m.pearson),
            ("spearman", m.spearman),
            ("qwk", m.quadratic_weighted_kappa),
            ("mae", m.mae),
        ):
            out[f"scorer.{name}"] = metric(stat, [gold, pred], ids)

    decided = _paired(interviews, lambda turn: turn.gold.decision, preds.decisions)
    if decided:
        ids, gold_d, pred_d = decided
        for name, stat in (
            ("accuracy", m.accuracy),
            ("balanced_accuracy", m.balanced_accuracy),
            ("macro_f1", m.macro_f1),
        ):
            out[f"decision.{name}"] = metric(stat, [gold_d, pred_d], ids)
        out["decision.confusion"] = {
            "labels": list(DECISIONS),
            "rows": "gold",
            "columns": "predicted",
            "matrix": m.confusion(gold_d, pred_d, DECISIONS),
        }

    def follow_up(turn: Any) -> str | None:
        return (turn.gold.next_question or None) if turn.gold.decision == "FOLLOW_UP" else None

    asked = _paired(interviews, follow_up, preds.questions)
    if asked:
        ids, gold_q, pred_q = asked
        out["question.similarity"] = metric(m.mean, [cosine_pairs(embedder, pred_q, gold_q)], ids)

    written = _paired(interviews, lambda turn: turn.gold.feedback or None, preds.feedback)
    if written:
        ids, gold_f, pred_f = written
        out["feedback.similarity"] = metric(m.mean, [cosine_pairs(embedder, pred_f, gold_f)], ids)

    per_interview: dict[int, list[float]] = defaultdict(list)
    for (i, _), score in preds.scores.items():
        per_interview[i].append(score)
    rated = [
        (i, iv.overall, float(np.mean(per_interview[i])))
        for i, iv in enumerate(interviews)
        if iv.overall is not None and per_interview[i]
    ]
    if rated:
        ids = [i for i, _, _ in rated]
        out["overall.pearson"] = metric(m.pearson, [[g for _, g, _ in rated], [p for _, _, p in rated]], ids)

    needed_model = [(i, source) for i, _, source in preds.sources if source != "rule"]  # as RoleStats.valid_rate
    if needed_model:
        ids = [i for i, _ in needed_model]
        valid = [float(source in MODEL_SOURCES) for _, source in needed_model]
        out["valid_rate"] = metric(m.mean, [valid], ids)
    return out


def source_counts(preds: Predictions) -> dict[str, dict[str, int]]:
    """How each role's outputs came about: model, retry, repair or rule."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for _, role, source in preds.sources:
        counts[role][source] += 1
    return {role: dict(c) for role, c in sorted(counts.items())}


def prefixed(prefix: str, results: Mapping[str, Any]) -> dict[str, Any]:
    return {f"{prefix}.{key}": value for key, value in results.items()}


def same_as_agent(results: Mapping[str, Any]) -> bool:
    return results.get("baselines.bare_base.same_as_agent") is True


def systems(results: Mapping[str, Any]) -> list[str]:
    """'agent' and every baseline with at least one metric, in the order added; a bare base equal to the
    agent is left out (its figures are the agent's)."""
    names = ["agent"]
    for key in results:
        if key.startswith("baselines.") and key.count(".") >= 2:
            name = key.split(".")[1]
            if name in names or (name == "bare_base" and same_as_agent(results)):
                continue
            if any(key.endswith("." + k) for k in METRIC_KEYS):
                names.append(name)
    return names


def lookup(results: Mapping[str, Any], system: str, key: str) -> m.Metric | None:
    value = results.get(key if system == "agent" else f"baselines.{system}.{key}")
    return cast(m.Metric, value) if isinstance(value, dict) and "value" in value else None


def cell(metric: m.Metric | None) -> str:
    if metric is None:
        return "-"
    if metric["value"] is None:
        return "undefined"
    lo, hi = metric["ci95"]
    ci = "" if lo is None or hi is None else f" [{lo:.3f}, {hi:.3f}]"
    return f"{metric['value']:.3f}{ci}"


def table_rows(results: Mapping[str, Any]) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the metric table: value [95% CI] per system, n from the first system measuring it."""
    names = systems(results)
    header = ["metric", "n", *names]
    rows = []
    for key in METRIC_KEYS:
        found = [lookup(results, name, key) for name in names]
        if not any(found):
            continue
        n = next(f["n"] for f in found if f)
        rows.append([key, str(n), *(cell(f) for f in found)])
    return header, rows


def format_table(results: Mapping[str, Any]) -> str:
    header, rows = table_rows(results)
    if not rows:
        return "no metric: the file has no gold for the selected roles"
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(len(header))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if same_as_agent(results):
        lines.append("bare_base: no role adapters are loaded, so the bare base is the agent itself.")
    return "\n".join(lines)
