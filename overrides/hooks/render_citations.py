"""Checked CPython source citations and opcode names (see scripts/citations.py).

`[[cpython: Objects/listobject.c list_resize @3.12-3.15]]` becomes a link to the file at
the release tag of the newest cited version. A citation of a C file without a ledger
entry, or an opcode name absent from a version the sentence claims, stops the build with
the page and line.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import citations  # noqa: E402
import mdscan  # noqa: E402
import record  # noqa: E402


def _render(c: citations.Citation) -> str:
    declared = tuple(citations.pythons.declared_versions())
    text = f"`{c.path}`" + (f": `{c.symbol}`" if c.symbol else "")
    if c.versions != declared:
        span = c.versions[0] if len(c.versions) == 1 else f"{c.versions[0]}\u2013{c.versions[-1]}"
        text += f" ({span})"
    # No title: Material would mount a tooltip for each citation (a page has dozens) when the
    # page loads; the link text already names the file and, when not every version, the span.
    return f'[{text}]({citations.github_url(c)}){{ .cpython-cite }}'


def check_and_render(markdown: str, page_path: str, offset: int) -> str:
    """Check opcode names and citations (errors name page_path and line + offset); render the citations."""
    try:
        problems = citations.check_opcodes(markdown, page_path, offset)
        found = citations.find_citations(markdown, page_path, offset)
        for c in found:
            citations.check_ledger(c)
    except (citations.CitationError, record.RecordError) as exc:
        raise PluginError(str(exc))
    if problems:
        raise PluginError("\n".join(problems))
    if not found:
        return markdown
    by_line: dict[int, list[citations.Citation]] = {}
    for c in found:
        by_line.setdefault(c.line - offset, []).append(c)
    lines = markdown.splitlines()
    for lineno, cites in by_line.items():
        line = lines[lineno - 1]
        masked = mdscan.mask_inline_code(line)
        pieces, last = [], 0
        for m, c in zip(citations.CITE.finditer(masked), cites):
            pieces += [line[last:m.start()], _render(c)]
            last = m.end()
        pieces.append(line[last:])
        lines[lineno - 1] = "".join(pieces)
    return "\n".join(lines) + "\n"
