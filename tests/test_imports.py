"""How the package imports itself: plainly, and without cycles.

Both tests read the source with :mod:`ast` and import nothing, so they see every import: at
module level, inside functions and under ``if TYPE_CHECKING:`` (a cycle that only type checking
sees is still two modules that cannot be understood one without the other).

How a package's ``__init__`` counts: it is a module of its own, named like the package.
``import pkg`` or ``from pkg import name`` (``name`` defined in ``__init__``) is an edge to it;
``from pkg import sub`` (``sub`` a submodule) or ``import pkg.sub`` is an edge to ``pkg.sub``
only. Python runs ``pkg/__init__`` before ``pkg.sub``, but that implicit step is not an edge:
counted, every ``__init__`` that imports one of its submodules would be a cycle. So a rule module
may import ``rule`` from ``socialstrategy.core.checks`` as long as ``checks/__init__`` does not
import the rule modules statically; it loads them with ``importlib`` in ``load_rules``, a dynamic
import this test does not follow (nor ``importlib.import_module`` anywhere else). Once
``__init__`` imported a rule module plainly, the two would form a cycle and the test fails.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).parents[1] / "src"
PACKAGE = "socialstrategy"


def module_files(source: Path = SOURCE) -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its ``__init__``)."""
    found = {}
    for path in sorted((source / PACKAGE).rglob("*.py")):
        parts = path.relative_to(source).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imported_names(name: str, path: Path) -> Iterator[tuple[ast.stmt, list[str]]]:
    """Each import statement of a module with the dotted names it may refer to."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield node, [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, package)
            yield node, [base, *(f"{base}.{alias.name}" for alias in node.names)]


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = ".".join(parts[: len(parts) - node.level + 1])
    return f"{base}.{node.module}" if node.module else base


def import_graph(source: Path = SOURCE) -> dict[str, set[str]]:
    """Module → the package's modules it imports anywhere in its source."""
    modules = module_files(source)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node, names in imported_names(name, path):
            graph[name] |= _targets(node, names, modules)
    return graph


def _targets(node: ast.stmt, names: list[str], modules: dict[str, Path]) -> set[str]:
    if isinstance(node, ast.Import):
        return {target for target in names if target in modules}
    base, *members = names
    submodules = {member for member in members if member in modules}
    if base in modules and len(submodules) < len(members):
        submodules.add(base)  # at least one name is defined in the package's __init__
    return submodules


def cycles(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[tuple[str, ...]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while (member := stack.pop()) != module:
                component.append(member)
            component.append(module)
            if len(component) > 1 or module in graph[module]:
                found.append(tuple(sorted(component)))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(found)


def hidden_imports(path: Path) -> Iterator[int]:
    """Lines of ``try`` statements that could hide a missing module of the package.

    A ``try`` whose handler catches ImportError (or ModuleNotFoundError, or everything) may hold
    nothing but plain imports of other distributions' or the standard library's modules (``fcntl``
    is missing on Windows): around a call, an ``importlib.import_module`` or an import of the
    package, it would turn a broken module of ours into a quietly missing chapter or panel. A
    ``try`` that catches ``Exception`` (one broken check rule must not hide the others) is
    flagged only when it imports the package itself. A handler that ends in a bare ``raise``
    hides nothing.
    """
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Try):
            continue
        caught = {name for handler in node.handlers if not _reraises(handler) for name in _caught(handler)}
        if caught & {"ImportError", "ModuleNotFoundError", "BaseException", ""}:
            if not all(_imports_others_only(statement) for statement in node.body):
                yield node.lineno
        elif "Exception" in caught and not all(_imports_others_only(s) for s in _imports(node.body)):
            yield node.lineno


def _caught(handler: ast.ExceptHandler) -> Iterator[str]:
    """The exception names a handler catches, ``""`` for a bare ``except:``."""
    if handler.type is None:
        yield ""
        return
    for name in handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]:
        yield name.id if isinstance(name, ast.Name) else ast.unparse(name)


def _reraises(handler: ast.ExceptHandler) -> bool:
    """A handler that cleans up and raises the same exception again hides nothing."""
    last = handler.body[-1]
    return isinstance(last, ast.Raise) and last.exc is None


def _imports(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    for statement in body:
        yield from (n for n in ast.walk(statement) if isinstance(n, ast.Import | ast.ImportFrom))


def _imports_others_only(statement: ast.stmt) -> bool:
    if isinstance(statement, ast.Import):
        return all(alias.name.split(".")[0] != PACKAGE for alias in statement.names)
    if isinstance(statement, ast.ImportFrom):
        return not statement.level and (statement.module or "").split(".")[0] != PACKAGE
    return False


def test_no_module_hides_a_missing_module_of_the_package_behind_except_import_error():
    hidden = [
        f"{name}, line {line}" for name, path in module_files().items() for line in hidden_imports(path)
    ]
    assert not hidden, "import the package's own modules plainly, a missing one must fail:\n" + "\n".join(
        hidden
    )


@pytest.mark.parametrize(
    "source",
    [
        "try:\n    from socialstrategy.core import recommend\nexcept ImportError:\n    recommend = None\n",
        "try:\n    from . import recommend\nexcept (ModuleNotFoundError, KeyError):\n    recommend = None\n",
        "try:\n    module = importlib.import_module(name)\nexcept ImportError:\n    module = None\n",
        "try:\n    return build(document)\nexcept ImportError:\n    return None\n",
        "try:\n    import socialstrategy.web\nexcept Exception:\n    pass\n",
        "try:\n    from socialstrategy import core\nexcept:\n    core = None\n",
    ],
)
def test_the_scan_finds_a_try_that_could_hide_a_module_of_the_package(tmp_path, source):
    module = tmp_path / "module.py"
    module.write_text(source if "return" not in source else "def f():\n" + _indented(source))
    assert list(hidden_imports(module))


@pytest.mark.parametrize(
    "source",
    [
        "try:\n    import fcntl\nexcept ImportError:\n    fcntl = None\n",
        "try:\n    result = rule(strategy)\nexcept Exception:\n    result = []\n",
        "try:\n    from socialstrategy import core\nexcept BaseException:\n    clean_up()\n    raise\n",
    ],
)
def test_the_scan_leaves_a_guarded_import_of_another_module_and_a_guarded_call(tmp_path, source):
    module = tmp_path / "module.py"
    module.write_text(source)
    assert not list(hidden_imports(module))


def _indented(source: str) -> str:
    return "".join(f"    {line}\n" for line in source.splitlines())


def test_no_modules_of_the_package_import_each_other_in_a_cycle():
    found = cycles(import_graph())
    assert not found, "import cycles (break each by moving what both need into a module of its own):\n" + (
        "\n".join(" <-> ".join(cycle) for cycle in found)
    )


def test_the_graph_sees_imports_inside_functions_and_relative_ones(tmp_path):
    package = tmp_path / PACKAGE
    package.mkdir()
    (package / "__init__.py").write_text("def rule(): ...\n")
    (package / "a.py").write_text("def f():\n    from socialstrategy import b\n")
    (package / "b.py").write_text("from . import rule\nfrom .a import f\n")
    graph = import_graph(tmp_path)
    assert graph == {
        PACKAGE: set(),
        f"{PACKAGE}.a": {f"{PACKAGE}.b"},
        f"{PACKAGE}.b": {PACKAGE, f"{PACKAGE}.a"},
    }
    assert cycles(graph) == [(f"{PACKAGE}.a", f"{PACKAGE}.b")]


def test_a_package_importing_its_submodule_is_no_cycle_until_the_submodule_imports_it_back(tmp_path):
    package = tmp_path / PACKAGE
    package.mkdir()
    (package / "__init__.py").write_text("from socialstrategy.rules import check\n")
    (package / "rules.py").write_text("def check(): ...\n")
    assert cycles(import_graph(tmp_path)) == []
    (package / "rules.py").write_text("from socialstrategy import __version__\ndef check(): ...\n")
    assert cycles(import_graph(tmp_path)) == [(PACKAGE, f"{PACKAGE}.rules")]
