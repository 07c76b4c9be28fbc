"""The packages depend only on the ones before them (STYLE.md): ontology <- extract <- graph <-
output <- stancegraph. Pages never reach the extractor; the stance-type table and the error
type live in ontology/, where every layer can use them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# what each package must not import
FORBIDDEN = {
    "ontology": {"extract", "graph", "output", "stancegraph"},
    "extract": {"graph", "output", "stancegraph"},
    "graph": {"output", "stancegraph"},
    "output": {"extract", "stancegraph"},
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.add(node.module.split(".")[0])
    return out


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_imports_none_of_the_later_ones(package: str) -> None:
    bad = {str(p.relative_to(REPO)): sorted(imported_packages(p) & FORBIDDEN[package])
           for p in (REPO / package).rglob("*.py")}
    assert {k: v for k, v in bad.items() if v} == {}
