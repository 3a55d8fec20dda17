"""The shape of the package, read from the source with ``ast`` (imports inside functions and
under ``TYPE_CHECKING`` count): no import cycles, layers point one way, and screens and
dialogs never write files themselves.

The runtime check in test_import_hygiene.py proves what importing pulls in; this one proves
what the code *may* import, including the lazy imports that a runtime check never triggers.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import psg_tui

PACKAGE_DIR = Path(psg_tui.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    name = ".".join(parts)
    return name.removesuffix(".__init__")


MODULES: dict[str, Path] = {_module_name(p): p for p in PACKAGE_DIR.rglob("*.py")}


def _resolve(name: str) -> str | None:
    """The psg_tui module a dotted name lives in (``psg_tui.tui.keys.HELP`` -> keys)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str) -> set[str]:
    """Every psg_tui module ``module`` imports, anywhere in its source."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                base = f"{anchor}.{base}" if base else anchor
            targets = [f"{base}.{alias.name}" for alias in node.names] or [base]
        for target in targets:
            if target.startswith("psg_tui"):
                resolved = _resolve(target)
                if resolved and resolved != module:
                    found.add(resolved)
    return found


GRAPH: dict[str, set[str]] = {module: _imports(module) for module in MODULES}


def _is_package_of(parent: str, child: str) -> bool:
    return child.startswith(parent + ".")


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None. A package's
    ``__init__`` importing its own submodules is not a cycle of design."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if _is_package_of(node, nxt) or _is_package_of(nxt, node):
                continue
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_graph_is_read() -> None:
    assert "psg_tui.tui.navigator" in GRAPH["psg_tui.tui.app"]
    assert "psg_tui.core.models" in GRAPH["psg_tui.core.store"]


def test_find_cycle_finds_one() -> None:
    """The detector itself: a two-module loop and a lazy import loop are both found."""
    assert find_cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycles() -> None:
    assert find_cycle(GRAPH) is None


LAYER_RULES = [
    ("psg_tui.core", ("psg_tui.tui", "psg_tui.report", "psg_tui.commands", "psg_tui.cli")),
    ("psg_tui.report", ("psg_tui.tui", "psg_tui.commands", "psg_tui.cli")),
    ("psg_tui.tui", ("psg_tui.commands", "psg_tui.cli")),
]
"""(layer, the layers it must never import)."""


@pytest.mark.parametrize(("layer", "forbidden"), LAYER_RULES, ids=[r[0] for r in LAYER_RULES])
def test_layers_point_down(layer: str, forbidden: tuple[str, ...]) -> None:
    bad = {
        module: sorted(t for t in targets if t.startswith(forbidden))
        for module, targets in GRAPH.items()
        if module == layer or module.startswith(layer + ".")
    }
    assert {m: t for m, t in bad.items() if t} == {}


def test_screens_do_not_navigate_through_each_other() -> None:
    """Screens post messages: none imports the app, the navigator or the exporter."""
    owners = ("psg_tui.tui.app", "psg_tui.tui.navigator", "psg_tui.tui.exporter")
    bad = {
        module: sorted(t for t in targets if t in owners)
        for module, targets in GRAPH.items()
        if module.startswith(("psg_tui.tui.screens", "psg_tui.tui.dialogs"))
    }
    assert {m: t for m, t in bad.items() if t} == {}


def test_screens_and_dialogs_never_write_files() -> None:
    writers = {"atomic_write", "write_text", "write_bytes"}
    bad = []
    for module, path in MODULES.items():
        if not module.startswith(("psg_tui.tui.screens", "psg_tui.tui.dialogs")):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = getattr(func, "id", None) or getattr(func, "attr", None)
                if name in writers:
                    bad.append(f"{module}:{node.lineno} calls {name}")
    assert bad == []
