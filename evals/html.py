"""A self-contained HTML report: the metric table and matplotlib figures embedded as base64 PNGs.

One file that opens anywhere (no server, no assets folder), so it can be attached to an issue or a release.
Figures are drawn on ``matplotlib.figure.Figure`` directly, which needs no GUI backend and no global state.
"""

from __future__ import annotations

import base64
import html
import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from evals.gold import DECISIONS, GoldInterview
from evals.replay import Predictions
from evals.report import METRIC_KEYS, systems, table_rows


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return f'<img alt="figure" src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}">'


def _scatter(interviews: list[GoldInterview], named: Mapping[str, Predictions], results: Mapping[str, Any]) -> str:
    from matplotlib.figure import Figure

    panels = []
    for name, preds in named.items():
        pairs = [
            (turn.gold.score, preds.scores[(i, t)])
            for i, iv in enumerate(interviews)
            for t, turn in enumerate(iv.turns)
            if turn.gold.score is not None and (i, t) in preds.scores
        ]
        if pairs:
            panels.append((name, pairs))
    if not panels:
        return ""
    fig = Figure(figsize=(4.2 * len(panels), 4), layout="constrained")
    for k, (name, pairs) in enumerate(panels, 1):
        ax = fig.add_subplot(1, len(panels), k)
        gold, pred = zip(*pairs, strict=True)
        ax.scatter(gold, pred, s=10, alpha=0.4)
        ax.plot([0, 100], [0, 100], color="grey", linewidth=0.8, linestyle="--")
        key = "scorer.pearson" if name == "agent" else f"baselines.{name}.scorer.pearson"
        r = results.get(key, {}).get("value")
        ax.set_title(f"{name}: r = {r if r is None else f'{r:.2f}'}, n = {len(pairs)}")
        ax.set_xlabel("gold score")
        ax.set_ylabel("predicted score")
        ax.set_xlim(-3, 103)
        ax.set_ylim(-3, 103)
    return _png(fig)


def _confusions(results: Mapping[str, Any]) -> str:
    from matplotlib.figure import Figure

    keys = {name: "decision.confusion" if name == "agent" else f"baselines.{name}.decision.confusion"
            for name in systems(results)}
    found = [(name, results[key]["matrix"]) for name, key in keys.items() if key in results]
    if not found:
        return ""
    fig = Figure(figsize=(3.8 * len(found), 3.4), layout="constrained")
    for k, (name, matrix) in enumerate(found, 1):
        ax = fig.add_subplot(1, len(found), k)
        ax.imshow(matrix, cmap="Blues")
        top = max(map(max, matrix)) or 1
        for row in range(len(DECISIONS)):
            for col in range(len(DECISIONS)):
                value = matrix[row][col]
                ax.text(col, row, str(value), ha="center", va="center", color="white" if value > top / 2 else "black")
        ax.set_xticks(range(len(DECISIONS)), DECISIONS)
        ax.set_yticks(range(len(DECISIONS)), DECISIONS if k == 1 else [])
        ax.set_xlabel("predicted")
        if k == 1:
            ax.set_ylabel("gold")
        ax.set_title(name)
    return _png(fig)


def _table(results: Mapping[str, Any]) -> str:
    header, rows = table_rows(results)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def write_html(
    path: str | Path,
    results: Mapping[str, Any],
    interviews: list[GoldInterview],
    scatter: Mapping[str, Predictions],
) -> None:
    """Write the report; ``scatter`` names the systems whose scores are plotted against the gold."""
    meta = results.get("meta", {})
    title = f"Eval: {Path(str(meta.get('gold', 'gold'))).name}"
    sections = [
        f"<h1>{html.escape(title)}</h1>",
        "<p>Value [95% cluster-bootstrap CI over interviews]; n = items measured. Metrics: "
        + ", ".join(METRIC_KEYS)
        + ".</p>",
        _table(results),
        "<h2>Scores against the gold</h2>" + (_scatter(interviews, scatter, results) or "<p>No gold scores.</p>"),
        "<h2>Decisions</h2>" + (_confusions(results) or "<p>No gold decisions.</p>"),
        f"<h2>Run</h2><pre>{html.escape(json.dumps(meta, indent=2))}</pre>",
    ]
    style = (
        "body{font-family:sans-serif;max-width:1100px;margin:2em auto}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}img{max-width:100%}"
    )
    Path(path).write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<style>{style}</style></head><body>{''.join(sections)}</body></html>",
        encoding="utf-8",
    )
