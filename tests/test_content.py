"""The book's page conventions, checked on every page (see CONTRIBUTING.md, "Style guide").

Every failure names the page (and line where there is one).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT / "scripts"))
import mdscan  # noqa: E402

PAGES = sorted(DOCS.rglob("*.md"))
# A chapter is any page inside a part folder except the part's index.
PART_FOLDERS = {"start", "object-model", "memory", "execution", "performance"}
CHAPTERS = [p for p in PAGES if p.parent.name in PART_FOLDERS and p.name != "index.md"]
# Output shown on a page comes from [[example: ...]]; these fences would be hand-typed output.
OUTPUT_FENCES = {"text", "pycon", "console", "output", "shell-session", "none", "txt"}
BANNED = re.compile(r"\b(simply|obviously)\b", re.I)


def rel(p: Path) -> str:
    return p.relative_to(ROOT).as_posix()


def body_of(text: str) -> str:
    m = re.match(r"^---\n.*?\n---\n", text, re.S)
    return text[m.end():] if m else text


def prose_words(text: str) -> int:
    lines = [ln for ln, (_n, _l, fenced) in zip(body_of(text).splitlines(), mdscan.lines_outside_fences(body_of(text)))
             if not fenced]
    prose = "\n".join(ln for ln in lines if not ln.strip().startswith(("[[", "<", "|", "===")))
    prose = mdscan.INLINE_CODE.sub(" code ", prose)
    return len(re.findall(r"[A-Za-z][\w'’-]*", prose))


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_page_has_a_description(page):
    m = re.match(r"^---\n(.*?)\n---\n", page.read_text(encoding="utf-8"), re.S)
    assert m, f"{rel(page)}:1: no front matter; start the page with ---/description: .../---"
    meta = yaml.safe_load(m.group(1)) or {}
    desc = str(meta.get("description") or "")
    assert len(desc) >= 40, f"{rel(page)}: front matter needs a meaningful `description:` (one sentence, 40+ characters)"


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_no_placeholder_or_hand_typed_output(page):
    text = page.read_text(encoding="utf-8")
    problems = []
    if re.search(r"draft in progress|lorem ipsum|\bTODO\b|\bTBD\b", text, re.I):
        problems.append(f"{rel(page)}: placeholder text; do not publish empty or unfinished pages")
    for lineno, line, _fenced in mdscan.lines_outside_fences(text):
        m = mdscan.FENCE.match(line)
        if m:
            lang = line[m.end():].strip().split(" ")[0].strip("{}.").lower()
            if lang in OUTPUT_FENCES:
                problems.append(f"{rel(page)}:{lineno}: a ```{lang} block looks like hand-typed output; "
                                "put the code in examples/ and include it with [[example: ...]]")
        if line.lstrip().startswith(">>> "):
            problems.append(f"{rel(page)}:{lineno}: a REPL transcript is hand-typed output; use [[example: ...]]")
    for lineno, line, fenced in mdscan.lines_outside_fences(text):
        if not fenced and BANNED.search(mdscan.mask_inline_code(line)):
            problems.append(f"{rel(page)}:{lineno}: {BANNED.search(line).group(0)!r} (see the style guide)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_every_diagram_has_a_caption_and_a_text_alternative(page):
    text = page.read_text(encoding="utf-8")
    problems = []
    for line, _body in mdscan.fenced_blocks(text, "mermaid"):
        lines = text.splitlines()
        before = "\n".join(lines[max(0, line - 4):line - 1])
        after = "\n".join(lines[line:line + 40])
        end = after.find("</figure>")
        figure_tail = after[:end] if end >= 0 else ""
        if '<figure class="diagram" markdown>' not in before:
            problems.append(f"{rel(page)}:{line}: put the diagram inside <figure class=\"diagram\" markdown>")
        if "<figcaption>" not in figure_tail:
            problems.append(f"{rel(page)}:{line}: the diagram's figure has no <figcaption>")
        if '<details class="text-alternative"' not in figure_tail:
            problems.append(f"{rel(page)}:{line}: the diagram has no text alternative "
                            "(<details class=\"text-alternative\" markdown><summary>Text description</summary>...)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", CHAPTERS, ids=rel)
def test_chapter_meets_the_chapter_standard(page):
    text = page.read_text(encoding="utf-8")
    body = body_of(text)
    problems = []
    for heading in ("## Key takeaways", "## Exercises", "## Further reading"):
        if not re.search(rf"^{re.escape(heading)}\s*$", body, re.M):
            problems.append(f"missing section '{heading}'")
    if not re.search(r'^!!!\+? (info|note|abstract) "Behind the scenes', body, re.M):
        problems.append('no "Behind the scenes" box (!!! info "Behind the scenes")')
    if len(re.findall(r"^```+mermaid", body, re.M)) < 2:
        problems.append("fewer than two Mermaid diagrams")
    if len(re.findall(r"^\s*\[\[example:", body, re.M)) < 3:
        problems.append("fewer than three included examples")
    if len(re.findall(r"\[\[cpython:", body)) < 5:
        problems.append("fewer than five CPython source citations")
    exercises = body[body.find("## Exercises"):body.find("## Further reading")] if "## Exercises" in body else ""
    if len(re.findall(r'^\s*\?\?\?\+? success "', exercises, re.M)) < 8:
        problems.append("fewer than eight exercises with collapsible answers")
    for level in range(1, 5):
        if f"Level {level}" not in exercises:
            problems.append(f"no Level {level} exercise")
    words = prose_words(text)
    if not 2500 <= words <= 6000:
        problems.append(f"{words} words of prose (the standard is 2,500 to 6,000)")
    assert not problems, f"{rel(page)}: " + "; ".join(problems)


def test_every_page_is_in_the_nav():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    missing = [rel(p) for p in PAGES if p.relative_to(DOCS).as_posix() not in nav]
    assert not missing, f"pages not in mkdocs.yml nav: {missing}"
