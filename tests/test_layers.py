"""The layers stay apart: the web app is presentation over the engine and imports nothing from the graph's nodes;
the tools below the agent import nothing from it."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "ui"
TOOLS = REPO / "tools"


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


def test_the_tools_import_nothing_from_the_agent() -> None:
    offenders = {str(p.relative_to(TOOLS)): sorted(m for m in _imports(p) if m == "agent" or m.startswith("agent."))
                 for p in sorted(TOOLS.rglob("*.py"))}
    assert not {name: mods for name, mods in offenders.items() if mods}
