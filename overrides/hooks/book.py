"""The book's MkDocs hook: checks and expands the book's own directives on every page.

In one pass over the page as its author wrote it (so every error names the right line):

1. opcode names in code spans are checked per claimed version, and
   `[[cpython: PATH SYMBOL @VERSIONS]]` citations are checked and rendered
   (render_citations.py, scripts/citations.py);
2. `[[example: PATH ...]]` lines become the example's source and its recorded outputs in
   version tabs (render_examples.py, scripts/record.py);
3. `[[what-changed: facts|opcodes]]` lines become tables generated from recorded runs
   (render_tables.py), and `[[bench: ...]]` numbers, charts and tables come from the
   committed benchmark results (render_bench.py);
4. every page but the glossary gets a hover tooltip for each term that docs/glossary.md
   defines (glossary.py);
5. after the build, print_book.py assembles the whole book on one page, print/index.html.

Any bad input stops the build with `docs/<page>:<line>: <what is wrong>`.
"""
from __future__ import annotations

import html
import logging
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "scripts"))
sys.path.insert(0, str(HERE))
import mdscan  # noqa: E402
import glossary  # noqa: E402
import print_book  # noqa: E402
import render_bench  # noqa: E402
import render_citations  # noqa: E402
import render_examples  # noqa: E402
import render_tables  # noqa: E402


# mermaid2 logs every page with diagrams at INFO level, including a line that begins
# "WARNING: Using extra_javascript is now DEPRECATED" (we load the vendored library
# through extra_javascript on purpose, see mkdocs.yml). Keep its real warnings only.
logging.getLogger("mkdocs.plugins.mermaid2.util").setLevel(logging.WARNING)

MERMAID_FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*mermaid\b")


def escape_mermaid_sources(markdown: str) -> str:
    """HTML-escape the body of every mermaid fence (same number of lines).

    mermaid2's fence_mermaid_custom writes the diagram source into the page without
    escaping it, so a `<br/>` in a label would become an HTML element, vanish from the
    text that Material hands to Mermaid, and the label would lose its line break (and a
    `<` in a label could swallow the rest of the diagram). Escaped, the browser decodes
    the entities back and Mermaid reads exactly what the author wrote.
    """
    out, fence = [], None
    for line in markdown.splitlines():
        if fence is None:
            m = MERMAID_FENCE.match(line)
            if m:
                fence = m.group("fence")
            out.append(line)
        elif line.strip() == fence:
            fence = None
            out.append(line)
        else:
            out.append(html.escape(line, quote=False))
    return "\n".join(out) + ("\n" if markdown.endswith("\n") else "")


LEFTOVERS = ("[[cpython:", "[[example:", "[[what-changed:")


def on_page_markdown(markdown: str, page, config, files) -> str:
    page_path = f"docs/{page.file.src_uri}"
    try:
        raw = Path(page.file.abs_src_path).read_text(encoding="utf-8-sig")
    except (OSError, TypeError):
        raw = markdown
    offset = mdscan.front_matter_lines(raw, markdown)
    markdown = render_citations.check_and_render(markdown, page_path, offset)
    lines = markdown.splitlines()
    changed = render_bench.render_lines(markdown, lines, page_path, offset)
    for lineno, line, fenced in mdscan.lines_outside_fences(markdown):
        masked = mdscan.mask_inline_code(line)
        if fenced or ("[[example:" not in masked and "[[what-changed:" not in masked):
            continue
        where = f"{page_path}:{lineno + offset}"
        if "[[example:" in masked:
            m = render_examples.DIRECTIVE.match(line)
            if not m:
                raise PluginError(f"{where}: an [[example: ...]] directive must stand alone on its line")
            block, indent = render_examples.render(m.group("body"), where), m.group("indent")
        else:
            m = render_tables.DIRECTIVE.match(line.strip())
            if not m or m.group("what") not in render_tables.RENDER:
                known = ", ".join(f"[[what-changed: {k}]]" for k in render_tables.RENDER)
                raise PluginError(f"{where}: unknown directive {line.strip()!r} (known: {known})")
            block, indent = render_tables.RENDER[m.group("what")](where), line[: len(line) - len(line.lstrip())]
        lines[lineno - 1] = "\n".join(indent + ln if ln else "" for ln in block.splitlines())
        changed = True
    # Whatever still looks like a directive was not understood: say where, rather than print it.
    for lineno, line, fenced in mdscan.lines_outside_fences(markdown):
        masked = mdscan.mask_inline_code(line)
        if not fenced and any(d in masked for d in LEFTOVERS) and "[[example:" not in masked and "[[what-changed:" not in masked:
            raise PluginError(f"{page_path}:{lineno + offset}: unreadable directive {line.strip()!r}")
    markdown = "\n".join(lines) + "\n" if changed else markdown
    if page.file.src_uri != glossary.GLOSSARY:
        try:
            terms = glossary.load(config["docs_dir"])
        except glossary.GlossaryError as e:
            raise PluginError(str(e)) from None
        if terms:
            markdown = markdown.rstrip("\n") + "\n\n" + glossary.abbreviations(terms) + "\n"
    return escape_mermaid_sources(markdown)


# Material turns every element with a title inside the content into a styled tooltip, and
# each one is a component mounted when the page loads: on a long chapter the 17 section links
# ("Link to this section") cost a phone more start-up time than they give. Their text becomes
# the link's accessible name instead; the glossary terms keep their tooltips.
HEADERLINK = re.compile(r'(<a class="headerlink" href="[^"]*") title="([^"]*)"')


def on_page_content(html: str, page, config, files) -> str:
    return HEADERLINK.sub(r'\1 aria-label="\2"', glossary.first_uses_only(html))


def on_nav(nav, config, files):
    return print_book.on_nav(nav, config, files)


def on_post_build(config) -> None:
    print_book.on_post_build(config)
