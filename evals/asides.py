"""Asides (agent/asides.py) against a labelled file: each line {"question", "reply", "kind"}, where kind is clarify,
question, moment, permission or answer. Reports the confusion, the share of each kind recognised (as an aside of
any kind, and as its own kind) and the share of answers taken for an aside, the costly error (an answer left
unscored), each with its n and a bootstrap 95 % interval over replies. No model is loaded: the rules alone decide."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from agent.asides import aside_kind
from agent.untrusted import detect_language
from evals import metrics
from evals.kinds import first_object

KINDS = ("clarify", "question", "moment", "permission", "language", "answer")


class AsidesFormatError(ValueError):
    pass


def is_asides_file(path: Path) -> bool:
    """Whether ``path`` holds labelled asides: its first object has a question, a reply and one of :data:`KINDS`."""
    row = first_object(path)
    return isinstance(row, dict) and {"question", "reply", "kind"} <= row.keys() and row["kind"] in KINDS


def read_asides(path: Path) -> list[dict[str, str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise AsidesFormatError(f"{path}:{number}: not JSON ({exc})") from exc
        if not isinstance(row, dict) or row.get("kind") not in KINDS or not isinstance(row.get("reply"), str):
            raise AsidesFormatError(f"{path}:{number}: needs a reply and a kind, one of {', '.join(KINDS)}")
        rows.append(row)
    return rows


def evaluate_asides(rows: list[dict[str, str]]) -> dict[str, Any]:
    gold = [r["kind"] for r in rows]
    pred = [aside_kind(r["reply"], "zh" if detect_language(r["reply"]) == "zh" else "en") or "answer" for r in rows]
    results: dict[str, Any] = {"confusion": {"labels": list(KINDS), "matrix": metrics.confusion(gold, pred, KINDS)}}
    for kind in KINDS:
        idx = [i for i, g in enumerate(gold) if g == kind]
        hit = np.array([pred[i] != "answer" for i in idx], float)
        own = np.array([pred[i] == kind for i in idx], float)
        key = "taken_for_an_aside" if kind == "answer" else "recognised"
        results[kind] = {key: metrics.metric(metrics.mean, [hit], idx)}
        if kind != "answer":
            results[kind]["as_its_kind"] = metrics.metric(metrics.mean, [own], idx)
    return results


def format_asides(results: dict[str, Any]) -> str:
    def show(m: dict[str, Any]) -> str:
        lo, hi = m["ci95"]
        return f"{m['value']:.3f} [{lo:.3f}, {hi:.3f}] (n = {m['n']})"

    lines = ["asides (agent/asides.py)"]
    for kind in KINDS[:-1]:
        if not results[kind]["recognised"]["n"]:
            continue
        lines.append(f"  {kind:9s} recognised {show(results[kind]['recognised'])}, as {kind} "
                     f"{show(results[kind]['as_its_kind'])}")
    lines.append(f"  answers taken for an aside {show(results['answer']['taken_for_an_aside'])}")
    matrix = results["confusion"]["matrix"]
    lines.append("  confusion (rows gold, columns predicted: " + ", ".join(KINDS) + "): " + str(matrix))
    return "\n".join(lines)
