"""Presentation lives in web/: the archive and the search engine never import it, so each reads alone."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRESENTATION = "web"


def imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def presentation_imports(package: str) -> list[str]:
    found = []
    for source in sorted((ROOT / package).rglob("*.py")):
        for name in imported_modules(source):
            if name == PRESENTATION or name.startswith(PRESENTATION + "."):
                found.append(f"{source.relative_to(ROOT)} imports {name}")
    return found


@pytest.mark.parametrize("package", ["archive", "search"])
def test_lower_layers_never_import_presentation_code(package):
    assert presentation_imports(package) == []


def test_the_import_scan_sees_an_import_of_web(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("from web.citation import bibtex\nimport web.dates\nfrom webhooks import x\n")
    assert imported_modules(module) >= {"web.citation", "web.dates", "webhooks"}
    found = sorted(n for n in imported_modules(module) if n == "web" or n.startswith("web."))
    assert found == ["web.citation", "web.dates"]


def test_html_views_live_in_web():
    assert not (ROOT / "archive" / "views.py").exists()
    assert not (ROOT / "search" / "views.py").exists()
    assert (ROOT / "web" / "views").is_dir()
