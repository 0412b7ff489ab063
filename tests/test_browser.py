"""Every built page, in a real browser, online (http://127.0.0.1) and offline (file://, from the unzipped bundle).

For each page: no console error, no page error, no request that leaves the site, and every
Mermaid diagram rendered to an SVG that is not Mermaid's error picture. Then: search finds
the right page (from file:// too), the dark scheme renders diagrams with visible arrowheads,
code blocks have copy buttons, and the keyboard reaches search and navigation.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import fixture_site
from conftest import ROOT, built_pages
from fixture_site import page

ARTIFACTS = ROOT / "tests" / "artifacts"
# Material renders each diagram into a closed shadow root; open it so the test can look inside.
OPEN_SHADOW = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { return attach.call(this, Object.assign({}, init, {mode: "open"})); };
"""
RENDERED = """() => [...document.querySelectorAll('div.mermaid')].map(host => {
  const svg = host.shadowRoot && host.shadowRoot.querySelector('svg');
  if (!svg) return 'missing';
  if (svg.getAttribute('aria-roledescription') === 'error' || /Syntax error/.test(svg.textContent)) return 'error';
  return 'ok';
})"""


class Visit:
    """Open pages in one browser context and collect everything that went wrong."""

    def __init__(self, browser, base: str, **context_args):
        self.base = base
        self.context = browser.new_context(**context_args)
        self.context.add_init_script(OPEN_SHADOW)
        self.problems: list[str] = []
        self.context.route(re.compile(r"^(?!file:|data:|blob:|about:).*"), self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"{self.current}: console error: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"{self.current}: page error: {e}"))
        self.current = ""

    def _route(self, route):
        url = route.request.url
        if url.startswith(self.base):
            route.continue_()
        else:
            self.problems.append(f"{self.current}: request outside the site: {url}")
            route.abort()

    def open(self, rel: str, expected_diagrams: int) -> None:
        self.current = rel
        self.page.goto(self.base + rel, wait_until="load")
        if expected_diagrams:
            try:
                self.page.wait_for_function(
                    "n => [...document.querySelectorAll('div.mermaid')].filter(h => h.shadowRoot && h.shadowRoot.querySelector('svg')).length >= n",
                    arg=expected_diagrams, timeout=20000)
            except Exception:
                pass
            states = self.page.evaluate(RENDERED)
            if states.count("ok") != expected_diagrams:
                self.problems.append(f"{rel}: {expected_diagrams} diagrams in the page, rendered: {states}")
        else:
            self.page.wait_for_timeout(50)

    def close(self):
        self.context.close()


def diagrams_in(html_file: Path) -> int:
    return len(re.findall(r'<pre class="mermaid"', html_file.read_text(encoding="utf-8")))


def visit_all(browser, site: Path, base: str) -> list[str]:
    v = Visit(browser, base)
    for rel in built_pages(site):
        v.open(rel, diagrams_in(site / rel))
    v.close()
    return v.problems


def test_every_page_online(browser, online_build, server):
    problems = visit_all(browser, online_build[0], server)
    assert not problems, "\n".join(problems)


def test_every_page_offline_from_file(browser, offline_build):
    site = offline_build[0]
    assert " " in str(site), "the offline bundle must be tested from a path with spaces"
    problems = visit_all(browser, site, site.as_uri() + "/")
    assert not problems, "\n".join(problems)


def test_the_route_guard_reports_external_requests(browser, tmp_path):
    (tmp_path / "index.html").write_text('<html><body><img src="https://example.invalid/x.png" alt="x"></body></html>')
    v = Visit(browser, tmp_path.as_uri() + "/")
    v.open("index.html", 0)
    v.page.wait_for_timeout(200)
    v.close()
    assert any("request outside the site: https://example.invalid/x.png" in p for p in v.problems), v.problems


def _search(v: Visit, start: str, query: str) -> list[str]:
    v.open(start, 0)
    v.page.wait_for_timeout(500)  # let the search worker load its index
    v.page.keyboard.press("/")
    v.page.keyboard.type(query, delay=30)  # Material reacts to key events, not to a value set by script
    v.page.wait_for_selector(".md-search-result__item", timeout=20000)
    return v.page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.getAttribute('href'))")


def _term_and_page() -> tuple[str, str]:
    """A C identifier that the book uses, and a page that uses it, found from the sources."""
    for md in sorted((ROOT / "docs").rglob("*.md")):
        if "ob_refcnt" in md.read_text(encoding="utf-8"):
            slug = md.relative_to(ROOT / "docs").with_suffix("").as_posix()
            return "ob_refcnt", slug[: -len("index")] if slug.endswith("index") else slug
    return "getsizeof", "appendix/what-changed"


@pytest.mark.parametrize("mode", ["online", "offline"])
def test_search_finds_the_right_page(browser, online_build, offline_build, server, mode):
    if mode == "online":
        v = Visit(browser, server)
        start = ""
    else:
        v = Visit(browser, offline_build[0].as_uri() + "/")
        start = "index.html"
    term, expected = _term_and_page()
    hrefs = _search(v, start, term)
    hrefs_changed = _search(v, start, "magic number")
    v.close()
    assert not v.problems, v.problems
    assert any(expected in h for h in hrefs), f"searching {term!r} ({mode}) did not find {expected}: {hrefs}"
    assert any("appendix/what-changed" in h for h in hrefs_changed), hrefs_changed


@pytest.fixture(scope="module")
def diagram_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("diagrams")
    body = ("# Diagrams\n\n```mermaid\nsequenceDiagram\n    participant A as Reader\n    participant B as CPython\n"
            "    A->>B: run\n    B-->>A: output\n```\n\n```mermaid\nflowchart LR\n    A[\"first line<br/>second line\"] --> B[two]\n```\n\n"
            "```python\nprint('copy me')\n```\n")
    proc = fixture_site.build(tmp, {"index.md": page(body)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with fixture_site.serve(tmp / "site") as url:
        yield url


def _luminance(rgb: tuple[float, ...]) -> float:
    def ch(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (ch(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _parse(css: str, background: tuple[float, ...]) -> tuple[float, ...]:
    nums = [float(x) for x in re.findall(r"[\d.]+", css)]
    if len(nums) == 4:  # rgba over the background
        a = nums[3]
        return tuple(nums[i] * a + background[i] * (1 - a) for i in range(3))
    return tuple(nums[:3])


def _contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _arrowheads(browser, url, block_fix=False):
    v = Visit(browser, url, color_scheme="dark")
    if block_fix:
        v.context.route("**/mermaid-theme.js", lambda r: r.fulfill(body="", content_type="text/javascript"))
    v.open("", 2)
    scheme = v.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    bg = v.page.evaluate("getComputedStyle(document.body).backgroundColor")
    fills = v.page.evaluate("""() => [...document.querySelectorAll('div.mermaid')].flatMap(h =>
        [...h.shadowRoot.querySelectorAll('marker[id$="arrowhead"] path, marker[id$="filled-head"] path, marker[id*="pointEnd"] path')]
          .map(p => getComputedStyle(p).fill))""")
    ARTIFACTS.mkdir(exist_ok=True)
    v.page.screenshot(path=str(ARTIFACTS / ("dark-diagrams-unfixed.png" if block_fix else "dark-diagrams.png")), full_page=True)
    v.close()
    background = _parse(bg, (0, 0, 0))
    return scheme, [(_contrast(_parse(f, background), background), f) for f in fills if f != "none"], v.problems


def test_dark_scheme_diagrams_have_visible_arrowheads(browser, diagram_site):
    scheme, contrasts, problems = _arrowheads(browser, diagram_site)
    assert scheme == "slate" and not problems, (scheme, problems)
    assert len(contrasts) >= 3, contrasts
    low = [c for c in contrasts if c[0] < 3]
    assert not low, f"arrowheads with contrast below 3:1 on the dark scheme: {low}"


def test_dark_arrowhead_check_fails_without_the_fix(browser, diagram_site):
    """Without docs/assets/javascripts/mermaid-theme.js the sequence arrowheads are dark on dark."""
    _scheme, contrasts, _ = _arrowheads(browser, diagram_site, block_fix=True)
    assert [c for c in contrasts if c[0] < 3], contrasts


def test_line_breaks_in_diagram_labels_survive(browser, diagram_site):
    """`<br/>` in a label must reach Mermaid as text (see escape_mermaid_sources in overrides/hooks/book.py)."""
    v = Visit(browser, diagram_site)
    v.open("", 2)
    html = v.page.evaluate("document.querySelectorAll('div.mermaid')[1].shadowRoot.querySelector('svg').innerHTML")
    v.close()
    assert re.search(r"first line<br\s*/?>second line", html), html[:2000]


def test_code_blocks_have_copy_buttons(browser, diagram_site):
    v = Visit(browser, diagram_site)
    v.open("", 2)
    assert v.page.locator(".md-code__button[data-md-type='copy'], .md-clipboard").count() >= 1
    v.close()


def test_keyboard_reaches_search_and_navigation(browser, online_build, server):
    v = Visit(browser, server)
    v.open("", 0)
    reached = set()
    for _ in range(40):
        v.page.keyboard.press("Tab")
        reached.add(v.page.evaluate("""() => { const e = document.activeElement;
            if (e.closest('.md-search')) return 'search';
            if (e.closest('.md-nav')) return 'nav';
            if (e.closest('.md-skip') || e.classList.contains('md-skip')) return 'skip';
            if (e.closest('.md-header')) return 'header';
            return e.tagName }"""))
    v.close()
    assert {"skip", "nav"} <= reached, reached
    v = Visit(browser, server)
    v.open("", 0)
    v.page.keyboard.press("/")
    assert v.page.evaluate("document.activeElement.classList.contains('md-search__input')")
    v.close()
