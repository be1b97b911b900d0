"""The layers stay apart: the web app is presentation over the engine and imports nothing from the graph's nodes."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "ui"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_the_ui_goes_through_the_engine_not_the_nodes() -> None:
    offenders = {p.name: sorted(m for m in _imports(p) if m.startswith("agent.nodes"))
                 for p in sorted(UI.glob("*.py"))}
    assert not {name: mods for name, mods in offenders.items() if mods}
