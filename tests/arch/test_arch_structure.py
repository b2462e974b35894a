"""The shape of the house: no import cycles in a package, a window with no bolt-ons."""

from __future__ import annotations

import sys
from pathlib import Path

import grimp

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("geo", "layers", "db", "gui", "cli")


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for v in sorted(edges):
            if v not in index:
                visit(v)
    finally:
        sys.setrecursionlimit(limit)
    return out


def test_arch_no_import_cycle_inside_any_package() -> None:
    # Imports done only for type checking never run, so they cannot cycle.
    graph = grimp.build_graph(
        *PACKAGES, cache_dir=None, exclude_type_checking_imports=True
    )
    edges: dict[str, set[str]] = {m: set() for m in graph.modules}
    for m in graph.modules:
        for imported in graph.find_modules_directly_imported_by(m):
            if imported in edges and imported.split(".")[0] == m.split(".")[0]:
                edges[m].add(imported)
    cycles = _cycles(edges)
    assert cycles == [], "import cycles:\n" + "\n".join(map(str, cycles))


def test_arch_window_attributes_are_the_ones_its_class_declares(qtbot) -> None:
    from gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    declared = set(MainWindow.__annotations__)
    public = {
        name
        for name in vars(w)
        # Qt caches bound signals in the instance: those belong to the class.
        if not name.startswith("_") and not hasattr(type(w), name)
    }
    assert public == declared, f"undeclared: {public - declared}"


def test_arch_main_is_wiring_that_nothing_imports() -> None:
    import ast

    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom) and node.level == 0
                    else []
                )
                assert "main" not in names, f"{path} imports main.py"


def test_arch_every_fmt_skip_says_why() -> None:
    # The formatter decides layout; a table that keeps its own says why.
    bare = [
        f"{path.relative_to(REPO)}:{n}"
        for folder in (*PACKAGES, "tests", "tools", "bench")
        for path in (REPO / folder).rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.rstrip().endswith("# fmt: skip")
    ]
    assert bare == [], "fmt: skip without a reason: " + ", ".join(bare[:20])
