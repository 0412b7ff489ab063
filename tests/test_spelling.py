"""Spelling: codespell over the prose, the examples and the tooling, with the project word list.

The word list (.codespell-words.txt) holds identifiers and abbreviations from CPython
that codespell would otherwise "correct", one per line, lower case (for example `nd`, the
"n-dimensional" abbreviation of the buffer protocol's tests). Add a word only when the book
quotes it as a real identifier; fix everything else.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ["docs", "README.md", "CONTRIBUTING.md", "examples", "scripts", "tests", "overrides", "mkdocs.yml"]
SKIP = "*/vendor/*,*.3.1*.txt,*/fixtures/*,*.png"


def codespell(*paths: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "codespell_lib", "--ignore-words", str(ROOT / ".codespell-words.txt"),
                           "--skip", SKIP, *paths], cwd=ROOT, capture_output=True, text=True)


def test_the_book_is_spelled_correctly():
    proc = codespell(*TARGETS)
    assert proc.returncode == 0, f"codespell found misspellings (file:line: word ==> suggestion):\n{proc.stdout}{proc.stderr}"


def test_codespell_catches_a_misspelling(tmp_path):
    bad = tmp_path / "bad.md"
    typo = "t" + "eh"  # spelled out so that this file itself passes the check
    bad.write_text(f"The interpreter runs {typo} bytecode.\n")
    proc = codespell(str(bad))
    assert proc.returncode != 0 and f"{typo} ==> the" in proc.stdout, proc.stdout + proc.stderr
