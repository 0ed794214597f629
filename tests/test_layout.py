"""The package's shape: no import cycle between its modules, and no module too long to read.

The import graph is read with ``ast`` from every module of ``src/crossreach`` (imports inside functions
included, since they run too; those under ``if TYPE_CHECKING:`` never run and are left out).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "src" / "crossreach"
MAX_LINES = 600


def module_name(path: Path, root: Path) -> str:
    """``crossreach.store.writer`` for ``store/writer.py``, ``crossreach.query`` for ``query/__init__.py``."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(root: Path) -> dict[str, Path]:
    return {module_name(path, root): path for path in sorted(root.rglob("*.py"))}


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node but those under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in (child, *_runtime_nodes(child)))
            continue
        yield node
        yield from _runtime_nodes(node)


def imported_modules(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that module ``name`` imports (``from a import b`` is module ``a.b`` when
    that is a module, else ``a``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.update(f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names)
    return {module for module in found if module in known and module != name}


def import_graph(root: Path) -> dict[str, set[str]]:
    modules = _modules(root)
    return {name: imported_modules(name, path, set(modules)) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (its modules in order, the first repeated at the end), or None."""
    state: dict[str, int] = {}   # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for other in sorted(graph.get(module, ())):
            if state.get(other) == 1:
                return [*path[path.index(other):], other]
            if other not in state and (cycle := visit(other)):
                return cycle
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)):
            return cycle
    return None


@pytest.mark.parametrize(("graph", "cycle"), [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
    ({"a": {"b"}, "b": {"a"}}, ["a", "b", "a"]),
    ({"a": {"b"}, "b": {"c"}, "c": {"b"}}, ["b", "c", "b"]),
    ({"a": {"a"}}, ["a", "a"]),
])
def test_find_cycle(graph: dict[str, set[str]], cycle: list[str] | None) -> None:
    assert find_cycle(graph) == cycle


def test_the_graph_reads_imports_in_functions_and_leaves_type_checking_ones_out(tmp_path: Path) -> None:
    root = tmp_path / "crossreach"
    (root / "store").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "store" / "__init__.py").write_text("from crossreach.store.writer import Writer\n")
    (root / "store" / "writer.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from crossreach.store import Writer\n"
        "def save():\n    from . import corrections\n")
    (root / "store" / "corrections.py").write_text("from crossreach import store\n")
    assert import_graph(root) == {"crossreach": set(), "crossreach.store": {"crossreach.store.writer"},
                                  "crossreach.store.writer": {"crossreach.store.corrections"},
                                  "crossreach.store.corrections": {"crossreach.store"}}
    assert find_cycle(import_graph(root)) == ["crossreach.store", "crossreach.store.writer",
                                              "crossreach.store.corrections", "crossreach.store"]


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph(PACKAGE)
    assert sum(map(len, graph.values())) > 100  # the graph was read, not left empty
    assert find_cycle(graph) is None, "import cycle: " + " -> ".join(find_cycle(graph) or [])


def test_no_module_is_over_600_lines() -> None:
    lengths = {path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
               for path in PACKAGE.rglob("*.py")}
    too_long = {name: n for name, n in lengths.items() if n > MAX_LINES}
    assert not too_long, f"split these modules by job: {too_long}"


#: The modules that run statements on the database, as ``store/repository.py``'s docstring lists them.
_DATABASE_MODULES = ("crossreach.store", "crossreach.query", "crossreach.watch.state")


def test_only_the_store_the_query_package_and_the_watch_state_use_sqlalchemy() -> None:
    users = {name for name, path in _modules(PACKAGE).items()
             if any(module == "sqlalchemy" or module.startswith("sqlalchemy.")
                    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8")))
                    for module in _imported_names(node))}
    assert users, "no module imports SQLAlchemy: the walk read nothing"
    strays = {name for name in users if not any(name == m or name.startswith(m + ".") for m in _DATABASE_MODULES)}
    assert not strays, f"{strays} touch the database: go through the store, or say why in its docstring"


def _imported_names(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and not node.level:
        return [node.module or ""]
    return []
