"""The whole book on one page, for printing or saving as PDF: `print/index.html`.

Built after every build (book.py calls on_nav and on_post_build), online and offline, from
the pages MkDocs has just written, in `nav` order:

- each page's article becomes a `<section id="KEY">` (KEY from its source path:
  `memory/allocators.md` -> `memory-allocators`), and every id in it is prefixed
  (`KEY--pools`), together with everything that refers to an id (`href="#..."`, `for`,
  `aria-*`, tab-set `name`s), so ids stay unique on the long page;
- a link to another page of the book becomes a link inside the page (`#KEY` or
  `#KEY--anchor`); every other relative URL (images, assets) is rebased to `print/`;
- worked answers (`??? success`) are opened, version tabs print one after another
  (Material's print styles), and Mermaid diagrams render as soon as the page loads
  (`<meta name="puth-diagrams" content="eager">`, read by mermaid-loader.js) so that
  printing catches all of them;
- the page is not in the search index or the sitemap (it is written after both), so
  search results point at the chapters, not at the copy.

The page shell (header, scripts, styles) is taken from the first page in `nav` that sits at
the same depth as `print/` (the book's `start/` page), so every asset path in it stays
valid. `scripts/pdf.py` (`make pdf`) prints this page to a PDF with Chromium.
"""
from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

OUT = "print/index.html"
ARTICLE = re.compile(r'(<article class="md-content__inner md-typeset">)(.*?)(</article>)', re.S)
_pages: list[tuple[str, str]] = []  # (src_uri, dest_path) in nav order


def on_nav(nav, config, files):
    _pages.clear()
    _pages.extend((p.file.src_uri, p.file.dest_uri) for p in nav.pages)
    return nav


def key_for(src_uri: str) -> str:
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if stem == "index":
        return "home"
    if stem.endswith("/index"):
        stem = stem[: -len("/index")]
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")


def _site_path(dest: str) -> str:
    """The page's path as links resolve it: `memory/allocators/index.html`."""
    return dest


def _target_key(dest_to_key: dict[str, str], path: str) -> str | None:
    for cand in (path, path.rstrip("/") + "/index.html" if not path.endswith(".html") else path):
        if cand in dest_to_key:
            return dest_to_key[cand]
    return None


def _rewrite(fragment: str, key: str, dest: str, dest_to_key: dict[str, str]) -> str:
    def pid(value: str) -> str:
        return f"{key}--{value}"

    fragment = re.sub(r'\b(id|for)="([^"]+)"', lambda m: f'{m.group(1)}="{pid(m.group(2))}"', fragment)
    fragment = re.sub(r'\b(aria-labelledby|aria-describedby|aria-controls)="([^"]+)"',
                      lambda m: f'{m.group(1)}="{" ".join(pid(v) for v in m.group(2).split())}"', fragment)
    fragment = re.sub(r'(<input[^>]*\bname=")([^"]+)"', lambda m: f'{m.group(1)}{pid(m.group(2))}"', fragment)
    page_dir = posixpath.dirname(dest)

    def url(m: re.Match) -> str:
        attr, value = m.group(1), html.unescape(m.group(2))
        parts = urlsplit(value)
        if parts.scheme or value.startswith("//") or value.startswith("data:"):
            return m.group(0)
        if not parts.path:  # same-page anchor
            return f'{attr}="#{pid(parts.fragment)}"' if parts.fragment else m.group(0)
        target = posixpath.normpath(posixpath.join(page_dir, parts.path))
        if parts.path.endswith("/"):
            target += "/"
        if target in (OUT, posixpath.dirname(OUT) + "/"):
            return f'{attr}="#print-book"'  # the home page's link to this page
        tkey = _target_key(dest_to_key, target.lstrip("./") if target != "." else "index.html") \
            if attr == "href" else None
        if tkey:
            return f'{attr}="#{tkey}--{parts.fragment}"' if parts.fragment else f'{attr}="#{tkey}"'
        rebased = posixpath.relpath(target, posixpath.dirname(OUT))
        if parts.path.endswith("/") and not rebased.endswith("/"):
            rebased += "/"
        return f'{attr}="{html.escape(rebased)}{"#" + parts.fragment if parts.fragment else ""}"'

    fragment = re.sub(r'\b(href|src)="([^"]*)"', url, fragment)
    # answers open; a <details> that is an exercise answer is an admonition of type "success"
    fragment = re.sub(r'<details class="success"(?![^>]*\bopen\b)', '<details class="success" open', fragment)
    # the edit / view-source buttons of each chapter make no sense on paper
    fragment = re.sub(r'<a[^>]*class="md-content__button[^"]*"[^>]*>.*?</a>', "", fragment, flags=re.S)
    return fragment


def build(site_dir: Path, site_name: str) -> Path:
    same_depth = [dest for _src, dest in _pages if dest.count("/") == OUT.count("/") and dest != OUT]
    if not same_depth:
        return site_dir / OUT  # a site with no page at the depth of print/: nothing to assemble
    shell_path = site_dir / same_depth[0]
    dest_to_key = {}
    for src, dest in _pages:
        dest_to_key[dest] = key_for(src)
        if dest.endswith("/index.html"):
            dest_to_key[dest[: -len("index.html")]] = key_for(src)
        elif dest == "index.html":
            dest_to_key[""] = key_for(src)
    sections, contents = [], []
    for src, dest in _pages:
        page = (site_dir / dest).read_text(encoding="utf-8")
        m = ARTICLE.search(page)
        if not m:
            raise PluginError(f"print_book: no article in {dest}")
        key = key_for(src)
        body = _rewrite(m.group(2), key, dest, dest_to_key)
        title = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
        contents.append(f'<li><a href="#{key}">{re.sub(r"<[^>]+>", "", title.group(1)) if title else key}</a></li>')
        sections.append(f'<section class="print-chapter" id="{key}">\n{body}\n</section>')
    cover = (
        f'<h1 id="print-book">{html.escape(site_name)}: the whole book</h1>\n'
        "<p>Every page of the book, in order, on one page: print it or save it as PDF from your browser's "
        "print dialogue. Worked answers are open, every version's output is shown one after another, and "
        "links between chapters point inside this page. Diagrams are drawn when the page loads; wait until "
        "they appear before printing.</p>\n"
        f'<nav aria-label="Contents of the whole book"><ol class="print-contents">{"".join(contents)}</ol></nav>\n'
    )
    shell = shell_path.read_text(encoding="utf-8")
    m = ARTICLE.search(shell)
    out = shell[: m.start(2)] + cover + "\n".join(sections) + shell[m.end(2):]
    out = re.sub(r"<title>.*?</title>", f"<title>{html.escape(site_name)}: the whole book</title>", out, count=1, flags=re.S)
    out = re.sub(r'<meta name="description" content="[^"]*"',
                 f'<meta name="description" content="{html.escape(site_name)}: every chapter on one page, for printing"',
                 out, count=1)
    out = re.sub(r'<link rel="canonical"[^>]*>', "", out, count=1)
    out = out.replace("<head>", '<head>\n<meta name="puth-diagrams" content="eager">', 1)
    out = out.replace("<body ", '<body data-print-book ', 1)
    target = site_dir / OUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(out, encoding="utf-8")
    return target


def on_post_build(config):
    build(Path(config["site_dir"]), config["site_name"])
