"""Spelling: codespell over everything a contributor writes, with the project word list.

Checked: the pages (docs/**/*.md), README.md, CONTRIBUTING.md, LICENSE, the examples, the
tooling (scripts/, overrides/, tests/), the book's own front-end code, the MkDocs and
CI configuration and the GitHub templates. Not checked: recorded outputs (what an
interpreter printed is not ours to correct) and vendored files, which the codespell hook
in .pre-commit-config.yaml excludes too.

The word list, .codespell-words.txt, holds CPython identifiers and abbreviations that the
book quotes and that codespell would otherwise "correct": one lower-case word per line,
no comments (codespell would read a comment as a word). Add a word only when it is a real
identifier the book quotes; fix everything else. A listed word that no file needs any more
fails the test, so the list stays as short as the book allows.

A failure prints codespell's own `file:line: word ==> suggestion` lines.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORDS = ROOT / ".codespell-words.txt"
CHECKED = [
    "docs/**/*.md", "README.md", "CONTRIBUTING.md", "LICENSE",
    "examples/**/*.py", "scripts/**/*.py", "scripts/**/*.toml",
    "tests/**/*.py", "tests/**/*.md", "overrides/**/*.py", "overrides/**/*.html",
    "docs/assets/javascripts/*.js", "docs/assets/stylesheets/*.css",
    ".github/**/*.md", ".github/**/*.yml", ".ci/run", "Makefile",
    "mkdocs.yml", "mkdocs-offline.yml", ".pre-commit-config.yaml",
]
# Kept in step with the codespell hook's `exclude` in .pre-commit-config.yaml.
EXCLUDED = re.compile(r"^(.*\.3\.\d+\.txt|docs/assets/vendor/.*)$")
FINDING = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<word>\S+) ==> ")


def checked_files() -> list[str]:
    found: set[str] = set()
    for pattern in CHECKED:
        for path in ROOT.glob(pattern):
            rel = path.relative_to(ROOT).as_posix()
            if path.is_file() and "__pycache__" not in path.parts and not EXCLUDED.match(rel):
                found.add(rel)
    return sorted(found)


def codespell(*args: str) -> subprocess.CompletedProcess:
    # --check-hidden: without it codespell silently skips .github/, .ci/ and dot-files.
    return subprocess.run([sys.executable, "-m", "codespell_lib", "--check-hidden", *args],
                          cwd=ROOT, capture_output=True, text=True)


def listed_words() -> list[str]:
    return [w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module", autouse=True)
def codespell_is_installed():
    try:
        import codespell_lib  # noqa: F401
    except ImportError:
        pytest.fail("codespell is not installed in this environment: run `make test`, or "
                    "`.venv/bin/pip install -r tests/requirements.txt`")


def test_the_book_is_spelled_correctly():
    files = checked_files()
    assert "README.md" in files and any(f.startswith("docs/") for f in files) and any(
        f.startswith("examples/") for f in files), f"the spelling check found too little to check: {files}"
    proc = codespell("--ignore-words", str(WORDS), *files)
    assert proc.returncode == 0, (
        "codespell found misspellings (file:line: word ==> suggestion). Fix them; only a real CPython "
        f"identifier the book quotes belongs in .codespell-words.txt:\n{proc.stdout}{proc.stderr}")


def test_codespell_catches_a_misspelling(tmp_path):
    typo = "t" + "eh"  # built at run time, so that this file passes its own check
    bad = tmp_path / "page.md"
    bad.write_text(f"# A page\n\nThe interpreter reads {typo} interpreter's bytecode.\n", encoding="utf-8")
    proc = codespell("--ignore-words", str(WORDS), str(bad))
    assert proc.returncode != 0, proc.stdout + proc.stderr
    assert f"{bad}:3: {typo} ==> the" in proc.stdout, proc.stdout + proc.stderr


def test_the_word_list_is_well_formed():
    words = listed_words()
    problems = [f".codespell-words.txt:{n}: {w!r} must be one lower-case word, no blank lines or comments"
                for n, w in enumerate(words, 1) if not re.fullmatch(r"[a-z0-9_'-]+", w)]
    problems += [f".codespell-words.txt: {w!r} is listed twice" for w in sorted({w for w in words if words.count(w) > 1})]
    assert not problems, "\n".join(problems)


def test_every_listed_word_is_still_needed():
    words = set(listed_words())
    if not words:
        return
    proc = codespell(*checked_files())  # without the word list
    flagged = {m.group("word").lower() for m in map(FINDING.match, proc.stdout.splitlines()) if m}
    stale = sorted(words - flagged)
    assert not stale, (f"words in .codespell-words.txt that no checked file needs any more (remove them): "
                       f"{', '.join(stale)}")
