"""Walk a Markdown page line by line, knowing which lines are inside fenced code.

Shared by the page hooks (overrides/hooks/) and the tests, so that a directive shown as
an example inside a code fence (as CONTRIBUTING.md does) is never executed, and every
error can name the page and line.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")


def lines_outside_fences(markdown: str) -> Iterator[tuple[int, str, bool]]:
    """Yield (line number, line, inside_fence) for every line."""
    open_fence: str | None = None
    for lineno, line in enumerate(markdown.splitlines(), 1):
        m = FENCE.match(line)
        if open_fence is None and m:
            open_fence = m.group("fence")
            yield lineno, line, True
            continue
        if open_fence is not None:
            if m and m.group("fence")[0] == open_fence[0] and len(m.group("fence")) >= len(open_fence) \
                    and line.strip() == m.group("fence"):
                open_fence = None
            yield lineno, line, True
            continue
        yield lineno, line, False


def mask_inline_code(line: str) -> str:
    """The line with every inline code span replaced by spaces (same length)."""
    return INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)


def fenced_blocks(markdown: str, lang: str) -> Iterator[tuple[int, str]]:
    """Yield (line number of the opening fence, body) of every fenced block in `lang`."""
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m:
            fence = m.group("fence")
            info = lines[i][m.end():].strip()
            start = i
            body = []
            i += 1
            while i < len(lines) and lines[i].strip() != fence:
                body.append(lines[i][len(m.group("indent")):] if lines[i].startswith(m.group("indent")) else lines[i])
                i += 1
            if info.split(" ")[0].strip("{}. ") == lang:
                yield start + 1, "\n".join(body)
        i += 1


def front_matter_lines(raw: str, markdown: str) -> int:
    """How many lines of the source file come before `markdown` (MkDocs strips the front matter)."""
    if raw.endswith(markdown):
        return raw.count("\n", 0, len(raw) - len(markdown))
    return 0
