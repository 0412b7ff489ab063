"""Every Mermaid diagram in the book parses with the vendored Mermaid, or the test names its file and line.

The browser test (test_browser.py) proves diagrams render on the built pages; this test
points a contributor at the exact source line of a broken diagram. It runs
`mermaid.parse()` from docs/assets/vendor/mermaid/mermaid.min.js in headless Chromium.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import mdscan  # noqa: E402

MERMAID = ROOT / "docs" / "assets" / "vendor" / "mermaid" / "mermaid.min.js"


def diagrams_in(paths: list[Path]) -> list[tuple[str, int, str]]:
    found = []
    for md in paths:
        rel = md.relative_to(ROOT).as_posix() if md.is_relative_to(ROOT) else str(md)
        for line, body in mdscan.fenced_blocks(md.read_text(encoding="utf-8"), "mermaid"):
            found.append((rel, line, body))
    return found


@pytest.fixture(scope="module")
def parser(browser):
    page = browser.new_page()
    page.set_content("<!doctype html><html><body></body></html>")
    page.add_script_tag(path=str(MERMAID))
    page.evaluate("mermaid.initialize({startOnLoad: false})")

    def parse(diagrams):
        problems = []
        for rel, line, body in diagrams:
            err = page.evaluate(
                "async (src) => { try { await mermaid.parse(src); return null } catch (e) { return String(e.message || e) } }",
                body,
            )
            if err:
                first = err.strip().splitlines()
                problems.append(f"{rel}:{line}: Mermaid syntax error: {' '.join(first[:3])}")
        return problems

    yield parse
    page.close()


def test_every_diagram_parses(parser):
    diagrams = diagrams_in(sorted((ROOT / "docs").rglob("*.md")))
    problems = parser(diagrams)
    assert not problems, "\n".join(problems)


def test_a_syntax_error_is_reported_with_file_and_line(parser, tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("# Bad\n\nText.\n\n```mermaid\nflowchart LR\n    A --> B\n```\n\n```mermaid\nflowchart LR\n    A -->> [B\n```\n")
    problems = parser(diagrams_in([bad]))
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{bad}:10: Mermaid syntax error"), problems
