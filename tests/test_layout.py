"""The layout keeps its promises: modules import each other in one direction (no cycle, lazy
and type-checking imports included), engines are chosen by the table in `citebrief.engines`
and never by comparing their names elsewhere, and no module grows past 600 lines."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from citebrief.options import ENGINES

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "citebrief"
MAX_LINES = 600


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> Iterator[str]:
    """Every citebrief module `name` imports, wherever the import statement is (top level,
    inside a function, under TYPE_CHECKING): a dependency is a dependency."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
            # `from a.b import c`: the module a.b.c where c is one, else a.b
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        else:
            continue
        for imported in targets:
            module = imported
            while module and module not in MODULES:
                module = module.rpartition(".")[0]
            if module and module != name:
                yield module


def _graph() -> dict[str, set[str]]:
    return {name: set(_imports(name, path)) for name, path in MODULES.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the modules along it, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)) is not None:
            return found
    return None


def test_no_import_cycle() -> None:
    graph = _graph()
    assert _cycle(graph) is None, " → ".join(_cycle(graph) or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_engines_pipeline_and_verify_point_down() -> None:
    """Engines import neither the renderers nor the pipeline; verify imports no engine."""
    graph = _graph()
    for name, imported in graph.items():
        if name.startswith("citebrief.engines"):
            assert not {m for m in imported if m.startswith(("citebrief.render", "citebrief.pipeline"))}, name
        if name.startswith("citebrief.verify"):
            assert not {m for m in imported if m.startswith("citebrief.engines")}, name


def _engine_name_comparisons(tree: ast.AST) -> Iterator[int]:
    names = set(ENGINES)
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for operand in [node.left, *node.comparators]:
                values = operand.elts if isinstance(operand, ast.Tuple | ast.Set | ast.List) else [operand]
                if any(isinstance(v, ast.Constant) and v.value in names for v in values):
                    yield node.lineno
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("startswith", "endswith")
            and any(isinstance(a, ast.Constant) and str(a.value).startswith(tuple(names)) for a in node.args)
        ):
            yield node.lineno


@pytest.mark.parametrize(
    "name", [n for n in MODULES if not n.startswith("citebrief.engines") and n != "citebrief.options"]
)
def test_no_engine_name_comparison_outside_engines(name: str) -> None:
    lines = list(_engine_name_comparisons(ast.parse(MODULES[name].read_text(encoding="utf-8"))))
    assert not lines, f"{name} compares engine names on lines {lines}: look the engine up in citebrief.engines"


def test_the_comparison_finder_finds_one() -> None:
    found = _engine_name_comparisons(ast.parse('if options.engine == "llm":\n    pass\nx.startswith("extractive")'))
    assert list(found) == [1, 3]


@pytest.mark.parametrize("name", list(MODULES))
def test_no_module_over_600_lines(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines; split it along a seam"


def test_one_error_printer() -> None:
    """Every command words its errors through `citebrief.commands.error_line`."""
    wording = [name for name, path in MODULES.items() if "citebrief: error:" in path.read_text(encoding="utf-8")]
    assert wording == ["citebrief.commands"]
