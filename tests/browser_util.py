"""Helpers for the browser tests (test_browser.py): a guarded browser context, Mermaid checks, colour maths.

Nothing here is a test; conftest.py provides the fixtures (builds, server, browser).
"""
from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
INSTALL_HINT = "install it with `apt-get install chromium` (or set CHROMIUM=/path/to/chromium)"


def chromium_executable(preferred: str) -> str:
    """The Chromium to drive. A missing browser fails the run (never a skip): a skipped browser test proves nothing."""
    if Path(preferred).is_file():
        return preferred
    found = shutil.which("chromium")
    if not found:
        pytest.fail(f"the browser tests need Chromium at {preferred}: {INSTALL_HINT}", pytrace=False)
    return found


# Material renders each diagram into a CLOSED shadow root (attachShadow({mode: "closed"})), which
# no script can read afterwards. Before any page script runs, make every shadow root open, so the
# tests can look at the SVG Mermaid produced. Nothing else about the page changes.
OPEN_SHADOW_ROOTS = """
(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, Object.assign({}, init, {mode: "open"}));
  };
})();
"""

# One entry per rendered diagram host: "missing" (no SVG yet), "error" (Mermaid's error picture) or "ok".
DIAGRAM_STATES = """() => [...document.querySelectorAll('div.mermaid')].map(host => {
  const svg = host.shadowRoot && host.shadowRoot.querySelector('svg');
  if (!svg) return 'missing';
  if (svg.getAttribute('aria-roledescription') === 'error' || /Syntax error/i.test(svg.textContent)) return 'error';
  return 'ok';
})"""

RENDERED_COUNT = """() => [...document.querySelectorAll('div.mermaid')]
  .filter(host => host.shadowRoot && host.shadowRoot.querySelector('svg')).length"""

# Every marker (arrowhead, cross, circle, diamond...) that a drawn line or path of a diagram refers
# to, with the paint of each of its shapes as the browser computed it.
USED_MARKERS = """() => [...document.querySelectorAll('div.mermaid')].flatMap((host, index) => {
  const root = host.shadowRoot;
  const svg = root && root.querySelector('svg');
  if (!svg) return [];
  const used = new Set();
  for (const el of svg.querySelectorAll('line, path, polyline, polygon')) {
    if (el.closest('marker')) continue;
    const style = getComputedStyle(el);
    for (const value of [style.markerStart, style.markerMid, style.markerEnd,
                         el.getAttribute('marker-start'), el.getAttribute('marker-mid'), el.getAttribute('marker-end')]) {
      const m = /url\\(\\s*["']?#([^"')]+)/.exec(value || '');
      if (m) used.add(m[1]);
    }
  }
  return [...used].map(id => {
    const marker = root.getElementById(id);
    return {
      diagram: index, type: svg.getAttribute('aria-roledescription'), id,
      cls: marker ? (marker.getAttribute('class') || '') : null,
      shapes: marker ? [...marker.querySelectorAll('path, circle, polygon, rect, ellipse, line, polyline')].map(s => {
        const cs = getComputedStyle(s);
        return {tag: s.tagName, fill: cs.fill, stroke: cs.stroke, strokeWidth: parseFloat(cs.strokeWidth) || 0,
                opacity: parseFloat(cs.opacity)};
      }) : [],
    };
  });
})"""

BACKGROUND = """() => {
  const css = getComputedStyle(document.body);
  return {color: css.backgroundColor, scheme: document.body.getAttribute('data-md-color-scheme'),
          labelBg: css.getPropertyValue('--md-mermaid-label-bg-color').trim()};
}"""


SCROLL_PAST_DIAGRAMS = """async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (const el of document.querySelectorAll("pre.mermaid")) { el.scrollIntoView(); await frame(); }
  window.scrollTo(0, 0);
}"""


# Material mounts a code block (its copy button, its size watcher) when the block first comes
# into view ("content.lazy" in mkdocs.yml). Go where a reader would go: open the answer that
# holds a block, pick its tab, scroll it into view, one block after another.
REVEAL_CODE_BLOCKS = """async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (const code of document.querySelectorAll("div.highlight > pre > code")) {
    for (let d = code.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
    for (let b = code.closest(".tabbed-block"); b; b = b.parentElement.closest(".tabbed-block")) {
      const i = [...b.parentElement.children].indexOf(b);
      const input = b.closest(".tabbed-set").querySelectorAll(":scope > input")[i];
      if (input && !input.checked) input.click();
    }
    code.scrollIntoView();
    await frame();
  }
  window.scrollTo(0, 0);
  await frame();
}"""


SCROLL_REGIONS_DONE = """() => !document.querySelector('script[src*="scroll-regions.js"]')
  || document.documentElement.getAttribute('data-scroll-regions') === 'measured'"""


class Visit:
    """One browser context whose pages may only reach the site under test, and a log of what went wrong.

    Problems recorded (each prefixed with the page being visited):
    console errors, uncaught page errors, any request (also from workers and iframes) whose URL
    is not under `base` (http(s) requests are also aborted, so a run never depends on the network),
    failed requests, and HTTP responses with status >= 400.
    """

    ALWAYS_LOCAL = ("data:", "blob:", "about:")

    def __init__(self, browser, base: str, **context_args):
        self.base = base
        self.current = "(start)"
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.context = browser.new_context(**context_args)
        self.context.add_init_script(OPEN_SHADOW_ROOTS)
        self.context.on("request", self._request)
        self.context.on("requestfailed", self._failed)
        self.context.on("response", self._response)
        # Route every non-file URL: local ones continue, anything else is aborted (and reported by _request).
        self.context.route(re.compile(r"^(?!file:|data:|blob:|about:)"), self._route)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.problems.append(f"{self.current}: page error: {e}"))

    # -- guards -----------------------------------------------------------------------------
    def is_local(self, url: str) -> bool:
        return url.startswith(self.base) or url.startswith(self.ALWAYS_LOCAL)

    def _request(self, request) -> None:
        self.requests.append(request.url)
        if not self.is_local(request.url):
            self.problems.append(f"{self.current}: request outside the site: {request.url}")

    def _route(self, route) -> None:
        if self.is_local(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def _failed(self, request) -> None:
        # Outside requests are already reported (and aborted on purpose). ERR_ABORTED is a request
        # cancelled by the next navigation, not a missing file (that is a 404 or ERR_FILE_NOT_FOUND).
        if self.is_local(request.url) and "ERR_ABORTED" not in (request.failure or ""):
            self.problems.append(f"{self.current}: request failed: {request.url} ({request.failure})")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.problems.append(f"{self.current}: HTTP {response.status} for {response.url}")

    def _console(self, message) -> None:
        if message.type == "error":
            where = message.location.get("url", "") if message.location else ""
            self.problems.append(f"{self.current}: console error: {message.text} {where}".rstrip())

    # -- navigation -------------------------------------------------------------------------
    def open(self, rel: str, diagrams: int = 0, settle: bool = True, diagram_timeout: float = 20000) -> None:
        """Load base+rel; wait until its `diagrams` Mermaid diagrams have rendered (or the timeout passed)."""
        self.current = rel or "(index)"
        self.page.goto(self.base + rel, wait_until="load")
        if diagrams:
            # mermaid-loader.js renders a diagram when it comes within a screen of the viewport
            try:
                self.page.evaluate(SCROLL_PAST_DIAGRAMS)
            except Exception:  # a navigation or page error; reported by the guards
                pass
            try:
                self.page.wait_for_function(f"() => ({RENDERED_COUNT})() >= {diagrams}", timeout=diagram_timeout)
            except Exception:  # reported precisely by check_diagrams
                pass
        if settle:
            # Let late work finish (search worker start-up, deferred scripts), so its errors land on this page.
            try:
                self.page.wait_for_load_state("networkidle", timeout=5000)
            except Exception:
                pass
            # scroll-regions.js makes scrolling tables and code blocks focusable when the browser is
            # first idle; audits of the page (axe's scrollable-region-focusable) start after that pass.
            try:
                self.page.wait_for_function(SCROLL_REGIONS_DONE, timeout=5000)
            except Exception:
                self.problems.append(f"{self.current}: scroll-regions.js did not finish its first pass in 5 s")

    def check_diagrams(self, expected: int) -> None:
        states = self.page.evaluate(DIAGRAM_STATES)
        leftover = self.page.evaluate("document.querySelectorAll('pre.mermaid').length")
        if states.count("ok") != expected or len(states) != expected or leftover:
            self.problems.append(f"{self.current}: {expected} Mermaid diagram(s) in the HTML; rendered hosts: "
                                 f"{states}; unrendered pre.mermaid left: {leftover}")

    def close(self) -> None:
        self.context.close()


# -- reading a built site ------------------------------------------------------------------
# The whole book on one page (overrides/hooks/print_book.py). It repeats every chapter, so the
# per-page browser, accessibility and weight checks leave it to tests/test_print.py, which
# checks it with its own budget and timeouts; the static scans of test_build.py include it.
WHOLE_BOOK = "print/index.html"


def built_pages(site: Path, whole_book: bool = False) -> list[str]:
    return sorted(rel for rel in (p.relative_to(site).as_posix() for p in site.rglob("*.html"))
                  if whole_book or rel != WHOLE_BOOK)


def page_url(rel: str, directory_urls: bool) -> str:
    """The URL (relative to the site root) that a reader uses for a built HTML file."""
    if directory_urls and (rel == "index.html" or rel.endswith("/index.html")):
        return rel[: -len("index.html")]
    return rel


def count_diagrams(html: str) -> int:
    return len(re.findall(r"<pre\b[^>]*\bclass=\"mermaid\"", html))


def count_code_blocks(html: str) -> int:
    """Highlighted code blocks (pymdownx.highlight output), each of which should get a copy button."""
    return len(re.findall(r"<div\b[^>]*\bclass=\"[^\"]*\bhighlight\b[^\"]*\"[^>]*>\s*(?:<span class=\"filename\">.*?</span>\s*)?<pre\b", html, re.S))


def search_index(site: Path) -> dict:
    """The search index of a build: search_index.json (online) or search_index.js (offline plugin)."""
    index = site / "search" / "search_index.json"
    if index.is_file():
        return json.loads(index.read_text(encoding="utf-8"))
    text = (site / "search" / "search_index.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("{"): text.rindex("}") + 1])


STOP = {"python", "cpython", "interpreter", "object", "objects", "version", "versions"}


def pick_search_term(site: Path) -> tuple[str, str]:
    """A word that occurs in exactly one page of the built book, and that page's location.

    Chosen from the built search index at run time, because chapters are written while the
    tests run; words are split with the index's own separator, as the search does. Prefer C
    identifiers (ob_refcnt, tp_flags...: the words readers of this book search for), shortest
    first; then plain words. Ties are broken alphabetically, so the choice is stable.
    """
    index = search_index(site)
    separator = re.compile(index["config"]["separator"])
    pages: dict[str, set[str]] = {}
    for doc in index["docs"]:
        page = doc["location"].split("#", 1)[0]
        text = re.sub(r"<[^>]+>", " ", doc.get("title", "") + " " + doc.get("text", ""))
        words = {w.lower() for w in separator.split(text) if re.fullmatch(r"[A-Za-z][A-Za-z_]{5,}[A-Za-z]", w)}
        pages.setdefault(page, set()).update(words)
    counts = Counter(w for words in pages.values() for w in words)
    ordered = sorted(counts)
    # a word that begins another word (the search adds a trailing wildcard) would match both
    prefixes = {a for a, b in zip(ordered, ordered[1:]) if b.startswith(a)}
    best = None
    for page, words in pages.items():
        if page.startswith("404"):
            continue
        for w in words:
            if counts[w] != 1 or w in STOP or w in prefixes:
                continue
            key = ("_" not in w, len(w), w)
            if best is None or key < best[0]:
                best = (key, w, page)
    assert best, f"no word occurs in exactly one page of {site}; cannot pick a search term"
    return best[1], best[2]


# -- colours -------------------------------------------------------------------------------
def parse_color(css: str) -> tuple[float, float, float, float] | None:
    """rgb()/rgba() as computed by the browser -> (r, g, b, alpha); None for `none` / unknown."""
    m = re.match(r"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)", css.strip())
    if not m:
        return None
    alpha = m.group(4)
    a = 1.0 if alpha is None else (float(alpha[:-1]) / 100 if alpha.endswith("%") else float(alpha))
    return float(m.group(1)), float(m.group(2)), float(m.group(3)), a


def over(color: tuple[float, float, float, float], background: tuple[float, ...]) -> tuple[float, float, float]:
    """Composite a translucent colour over an opaque background."""
    a = color[3]
    return tuple(color[i] * a + background[i] * (1 - a) for i in range(3))


def luminance(rgb: tuple[float, ...]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def paint_contrasts(shape: dict, background: tuple[float, ...]) -> dict[str, float]:
    """Contrast with the background of each part of a marker shape that paints something."""
    out = {}
    fill = parse_color(shape["fill"])
    if fill and fill[3] > 0:
        out["fill"] = contrast(over(fill, background), background)
    stroke = parse_color(shape["stroke"])
    if stroke and stroke[3] > 0 and shape["strokeWidth"] > 0:
        out["stroke"] = contrast(over(stroke, background), background)
    return out


def invisible_markers(markers: list[dict], background: tuple[float, ...], minimum: float = 3.0) -> list[str]:
    """Markers used by a diagram none of whose painted parts reach `minimum` contrast with the background."""
    bad = []
    for m in markers:
        if not m["shapes"]:
            bad.append(f"diagram {m['diagram']} ({m['type']}): marker #{m['id']} is referenced but missing")
            continue
        best = max((c for s in m["shapes"] for c in paint_contrasts(s, background).values()), default=1.0)
        if best < minimum:
            paints = [(s["tag"], s["fill"], s["stroke"]) for s in m["shapes"]]
            bad.append(f"diagram {m['diagram']} ({m['type']}): marker #{m['id']} best contrast {best:.2f} < {minimum}: {paints}")
    return bad
