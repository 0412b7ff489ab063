"""The built book in a real browser: online (http://127.0.0.1) and offline (file://, unzipped into a path with spaces).

1. Every built page, in both builds: no console error, no page error, no request that leaves the
   site (recorded for every request, also from workers; external ones are also blocked, so the
   run is hermetic), no failed request; every Mermaid diagram rendered to an SVG that is not
   Mermaid's error picture, and every arrowhead it draws visible (contrast >= 3 with the page);
   every highlighted code block gets its copy button once the reader reaches it. The online pass uses the light scheme and the
   offline pass the dark one (slate), so every real diagram is checked in both schemes.
2. Search finds a word that occurs in one page only (picked from the built index at run time),
   over http and from file:// (which needs the vendored iframe-worker shim).
3. Dark scheme, on a fixture page with every arrow kind: arrowheads contrast with the background
   (the Mermaid 11 marker-id regression, fixed by docs/assets/javascripts/mermaid-theme.js), also
   after switching the palette with the toggle; the check fails without the fix; class-diagram
   markers keep their meaning (hollow aggregation, filled composition). Screenshots go to tests/artifacts/.
4. Copy buttons copy; the keyboard reaches the skip link, search and navigation.
5. The colour-scheme toggle: the system scheme applied before the theme's script runs, the
   system -> light -> dark cycle, the choice remembered across pages, Enter from the keyboard,
   a change of the system setting followed; no page mounting Material's own component, nor a
   tooltip for each section link and citation.

Each guard has a test that shows it can fail.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import fixture_site
from browser_util import (BACKGROUND, REVEAL_CODE_BLOCKS, USED_MARKERS, Visit, built_pages,
                          count_code_blocks, count_diagrams, invisible_markers, page_url, paint_contrasts,
                          parse_color, pick_search_term)
from conftest import ROOT
from fixture_site import page

ARTIFACTS = ROOT / "tests" / "artifacts"
COPY_BUTTONS = ".md-code__button[data-md-type='copy'], .md-clipboard"


# ------------------------------------------------------------------------------------------------
# 1. every page
# ------------------------------------------------------------------------------------------------
def check_every_page(browser, site: Path, base: str, directory_urls: bool, scheme: str) -> list[str]:
    """Visit every built page of `site` at `base` in the given colour scheme; return the problems."""
    v = Visit(browser, base, color_scheme="dark" if scheme == "slate" else "light")
    pages = built_pages(site)
    assert len(pages) >= 3, f"only {pages} built in {site}"
    for rel in pages:
        html = (site / rel).read_text(encoding="utf-8")
        diagrams, code = count_diagrams(html), count_code_blocks(html)
        before = len(v.requests)
        v.open(page_url(rel, directory_urls), diagrams)
        # Mermaid (3.5 MB) is downloaded where a page draws a diagram, and only there
        mermaid_loaded = any(r.endswith("/assets/vendor/mermaid/mermaid.min.js") for r in v.requests[before:])
        if diagrams and not mermaid_loaded:
            v.problems.append(f"{rel}: {diagrams} diagrams but the vendored Mermaid was not loaded")
        if not diagrams and mermaid_loaded:
            v.problems.append(f"{rel}: no diagram, yet Mermaid was downloaded (mermaid-loader.js should defer it)")
        got = v.page.evaluate(BACKGROUND)
        if got["scheme"] != scheme:
            v.problems.append(f"{rel}: colour scheme {got['scheme']!r}, expected {scheme!r}")
        if diagrams:
            v.check_diagrams(diagrams)
            background = parse_color(got["color"])
            v.problems += [f"{rel}: {p}" for p in invisible_markers(v.page.evaluate(USED_MARKERS), background)]
        if code:
            v.page.evaluate(REVEAL_CODE_BLOCKS)
            buttons = v.page.locator(COPY_BUTTONS).count()
            if buttons != code:
                v.problems.append(f"{rel}: {code} code blocks but {buttons} copy buttons")
    v.page.wait_for_timeout(200)  # anything late from the last page
    v.close()
    # the request log is not blind: the site's own files were seen (from file:// too)
    loaded = [r for r in v.requests if r.startswith(base)]
    assert any(r.endswith("/assets/vendor/mermaid/mermaid.min.js") for r in loaded), loaded[:20]
    return v.problems


def test_every_page_online_light(browser, online_build, server):
    site = online_build[0]
    assert (site / "404.html").is_file()
    # 404.html is visited too: on the published site readers land on it, and its asset links are
    # absolute (/book/...), which only this server, mounted like GitHub Pages, can prove.
    problems = check_every_page(browser, site, server, directory_urls=True, scheme="default")
    assert not problems, "\n".join(problems)


def test_every_page_offline_dark_from_a_path_with_spaces(browser, offline_build):
    site = offline_build[0]
    assert " " in str(site), "the offline bundle must be tested from a path with spaces"
    # (404.html is not in the bundle: scripts/offline.py leaves it out, see test_build.py)
    problems = check_every_page(browser, site, site.as_uri() + "/", directory_urls=False, scheme="slate")
    assert not problems, "\n".join(problems)


def test_the_request_guard_reports_external_and_outside_requests(browser, tmp_path):
    site = tmp_path / "bundle folder"
    site.mkdir()
    (tmp_path / "outside.png").write_bytes(b"")
    (site / "worker.js").write_text('fetch("https://worker.example.invalid/x").catch(() => {});')
    (site / "index.html").write_text(
        '<html><body><img src="https://example.invalid/x.png" alt="x"><img src="../outside.png" alt="y">'
        '<script>new Worker("worker.js")</script></body></html>')
    # file:// cannot start workers; the worker's request is checked over http below
    v = Visit(browser, site.as_uri() + "/")
    v.open("index.html")
    v.close()
    text = "\n".join(v.problems)
    assert "request outside the site: https://example.invalid/x.png" in text, text
    assert "request outside the site: " + (tmp_path / "outside.png").as_uri() in text, text
    with fixture_site.serve(site) as url:
        v = Visit(browser, url)
        v.open("index.html")
        v.page.wait_for_timeout(300)
        v.close()
    assert any("request outside the site: https://worker.example.invalid/x" in p for p in v.problems), v.problems


@pytest.fixture(scope="session")
def diagram_site(tmp_path_factory):
    """A fixture book (the real config, hooks and assets) with every arrow kind the book's diagrams may use,
    a code block, and a page with a broken diagram."""
    tmp = tmp_path_factory.mktemp("diagrams")
    body = """# Diagrams

```mermaid
sequenceDiagram
    autonumber
    participant A as Reader
    participant B as CPython
    A->>B: solid arrow
    B-->>A: dotted arrow
    A-xB: cross
    B--xA: dotted cross
    A-)B: async
    A<<->>B: both ways
    Note over A,B: a note
```

```mermaid
flowchart LR
    A["first line<br/>second line"] --> B[two]
    B --o C[three]
    C --x D[four]
    D <--> E[five]
    E -.-> F[six]
    F ==> G[seven]
```

```mermaid
classDiagram
    object <|-- int
    Frame *-- Stack
    Module o-- Function
    Function --> Code
```

```mermaid
stateDiagram-v2
    [*] --> Tracked
    Tracked --> Freed
    Freed --> [*]
```

```python
print('copy me')
```
"""
    broken = "# Broken\n\n```mermaid\nflowchart LR\n    A[unclosed --> B\n```\n"
    proc = fixture_site.build(tmp, {"index.md": page(body), "broken.md": page(broken)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with fixture_site.serve(tmp / "site") as url:
        yield url


def test_a_broken_diagram_is_reported(browser, diagram_site):
    v = Visit(browser, diagram_site)
    v.open("broken/", 1, diagram_timeout=3000)
    v.check_diagrams(1)
    v.close()
    assert any("1 Mermaid diagram(s) in the HTML; rendered hosts: []" in p for p in v.problems), v.problems


# ------------------------------------------------------------------------------------------------
# 2. search
# ------------------------------------------------------------------------------------------------
def search(v: Visit, start: str, query: str, expected_url: str) -> list[str]:
    """Type `query` in the search box of `start`; wait until a result links to `expected_url`; return result links."""
    v.open(start)
    v.page.keyboard.press("/")
    assert v.page.evaluate("document.activeElement.classList.contains('md-search__input')"), "'/' did not focus search"
    v.page.keyboard.type(query, delay=20)  # Material reacts to key events, not to a value set by script
    links = """() => [...document.querySelectorAll('.md-search-result__link')].map(a => {
        const u = new URL(a.href); u.search = ''; u.hash = ''; return u.href; })"""
    try:
        v.page.wait_for_function(f"expected => ({links})().includes(new URL(expected).href)", arg=expected_url,
                                 timeout=20000)
    except Exception:
        pass
    return v.page.evaluate(links)


@pytest.mark.parametrize("mode", ["online", "offline"])
def test_search_finds_the_page_with_a_rare_word(browser, online_build, offline_build, server, mode):
    if mode == "online":
        site, base, start = online_build[0], server, ""
    else:
        site, base, start = offline_build[0], offline_build[0].as_uri() + "/", "index.html"
    term, location = pick_search_term(site)
    v = Visit(browser, base)
    results = search(v, start, term, base + location)
    v.close()
    assert not v.problems, "\n".join(v.problems)
    assert results, f"searching {term!r} ({mode}) showed no results"
    expected = base + location
    assert any(r == expected or r.replace("%20", " ") == expected.replace("%20", " ") for r in results), \
        f"searching {term!r} ({mode}) did not list {location}: {results}"


# ------------------------------------------------------------------------------------------------
# 3. dark scheme and arrowheads
# ------------------------------------------------------------------------------------------------
FILLED_HEADS = re.compile(r"(-arrowhead|-filled-head|pointEnd|pointStart|barbEnd)$")


def markers_on(v: Visit) -> tuple[list[dict], tuple[float, ...], str]:
    got = v.page.evaluate(BACKGROUND)
    return v.page.evaluate(USED_MARKERS), parse_color(got["color"]), got["scheme"]


def fill_contrasts(markers: list[dict], background, pattern=FILLED_HEADS) -> list[tuple[str, float]]:
    """(marker id, contrast of its fill) for every filled arrowhead marker in use."""
    out = []
    for m in markers:
        if pattern.search(m["id"]):
            for s in m["shapes"]:
                out.append((m["id"], paint_contrasts(s, background).get("fill", 1.0)))
    return out


def open_diagrams(browser, url, scheme: str, without_fix: bool = False) -> Visit:
    v = Visit(browser, url, color_scheme=scheme)
    if without_fix:
        v.context.route("**/mermaid-theme.js", lambda r: r.fulfill(body="", content_type="text/javascript"))
    v.open("", 4)
    v.check_diagrams(4)
    return v


def test_dark_scheme_arrowheads_are_visible(browser, diagram_site):
    v = open_diagrams(browser, diagram_site, "dark")
    markers, background, scheme = markers_on(v)
    ARTIFACTS.mkdir(exist_ok=True)
    v.page.screenshot(path=str(ARTIFACTS / "dark-diagrams.png"), full_page=True)
    v.close()
    assert scheme == "slate" and not v.problems, (scheme, v.problems)
    types = {m["type"] for m in markers}
    assert {"sequence", "classDiagram", "stateDiagram"} <= types and any(t.startswith("flowchart") for t in types), types
    heads = fill_contrasts(markers, background)
    ids = {i for i, _ in heads}
    assert any(i.endswith("-arrowhead") for i in ids) and any(i.endswith("-filled-head") for i in ids), ids
    low = [(i, round(c, 2)) for i, c in heads if c < 3]
    assert not low, f"arrowhead fills with contrast below 3:1 on the dark scheme: {low}"
    assert not invisible_markers(markers, background), "\n".join(invisible_markers(markers, background))


def test_the_arrowhead_check_fails_without_the_fix(browser, diagram_site):
    """Without docs/assets/javascripts/mermaid-theme.js the sequence arrowheads are dark on dark."""
    v = open_diagrams(browser, diagram_site, "dark", without_fix=True)
    markers, background, _ = markers_on(v)
    v.page.screenshot(path=str(ARTIFACTS / "dark-diagrams-unfixed.png"), full_page=True)
    v.close()
    low = [i for i, c in fill_contrasts(markers, background) if c < 3]
    assert any(i.endswith("-arrowhead") for i in low), fill_contrasts(markers, background)
    assert invisible_markers(markers, background)


def test_switching_to_dark_with_the_toggle_keeps_arrowheads_visible(browser, diagram_site):
    """A reader on the light scheme clicks the palette toggle: the drawn diagrams follow without a reload."""
    v = open_diagrams(browser, diagram_site, "light")
    v.page.evaluate("window.__notReloaded = true")
    for _ in range(3):  # system -> light -> dark
        if v.page.evaluate(BACKGROUND)["scheme"] == "slate":
            break
        v.page.locator("form[data-puth-palette] label:not([hidden])").first.click()
    # Material fades the background between schemes: wait until it stops changing
    v.page.wait_for_function("""() => { const c = getComputedStyle(document.body).backgroundColor;
        const same = c === window.__lastBackground; window.__lastBackground = c; return same; }""", polling=150)
    markers, background, scheme = markers_on(v)
    still = v.page.evaluate("window.__notReloaded === true")
    v.close()
    assert scheme == "slate" and still, (scheme, still)
    low = [(i, round(c, 2)) for i, c in fill_contrasts(markers, background) if c < 3]
    assert not low and not invisible_markers(markers, background), (low, invisible_markers(markers, background))
    assert not v.problems, v.problems


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_class_diagram_markers_keep_their_meaning(browser, diagram_site, scheme):
    """UML: aggregation is a hollow diamond, composition a filled one. A marker fix that fills every
    "...Start"/"...End" marker would make the two look the same."""
    v = open_diagrams(browser, diagram_site, scheme)
    markers, background, _ = markers_on(v)
    v.close()
    fills = {}
    for m in markers:
        kind = re.search(r"(aggregation|composition)(Start|End)$", m["id"])
        if kind:
            fills[kind.group(1)] = max(paint_contrasts(s, background).get("fill", 1.0) for s in m["shapes"])
    assert set(fills) == {"aggregation", "composition"}, markers
    assert not invisible_markers(markers, background), "\n".join(invisible_markers(markers, background))
    assert fills["composition"] >= 3 and fills["aggregation"] < 1.5, \
        f"{scheme}: fill contrast composition {fills['composition']:.2f} (filled), aggregation {fills['aggregation']:.2f} (hollow)"


def test_line_breaks_in_diagram_labels_survive(browser, diagram_site):
    """`<br/>` in a label must reach Mermaid as text (see escape_mermaid_sources in overrides/hooks/book.py)."""
    v = open_diagrams(browser, diagram_site, "light")
    html = v.page.evaluate("[...document.querySelectorAll('div.mermaid')].map(h => h.shadowRoot.querySelector('svg').innerHTML).join('')")
    v.close()
    assert re.search(r"first line<br\s*/?>second line", html), html[:2000]


# ------------------------------------------------------------------------------------------------
# 4. copy buttons and keyboard
# ------------------------------------------------------------------------------------------------
def test_the_copy_button_copies_the_code(browser, diagram_site):
    v = Visit(browser, diagram_site, permissions=["clipboard-read", "clipboard-write"])
    v.open("", 4)
    buttons = v.page.locator(COPY_BUTTONS)
    assert buttons.count() == 1
    buttons.first.click()
    copied = v.page.evaluate("navigator.clipboard.readText()")
    v.close()
    assert copied.strip() == "print('copy me')" and not v.problems, (copied, v.problems)


LAYOUT_SHIFTS = """() => new Promise(resolve => {
  const shifts = [];
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push({value: e.value,
      moved: e.sources.map(s => s.node ? s.node.nodeName + '.' + (s.node.className || '') : '?')});
  }).observe({type: 'layout-shift', buffered: true});
  setTimeout(() => resolve(shifts), 1500);
})"""


@pytest.mark.parametrize("viewport", [{"width": 1350, "height": 940}, {"width": 412, "height": 823}],
                         ids=["desktop", "phone"])
def test_pages_do_not_shift_while_they_load(browser, online_build, server, viewport):
    """Nothing on the first screen moves while the page loads (Lighthouse's CLS is 0): the header,
    the colour-scheme toggle, lazily mounted code blocks and diagrams keep their place."""
    v = Visit(browser, server, viewport=viewport)
    shifts = {}
    for rel in ("", "appendix/glossary/", "object-model/everything-is-an-object/",
                "performance/code-the-interpreter-likes/"):
        v.open(rel, settle=False)
        got = v.page.evaluate(LAYOUT_SHIFTS)
        if got:
            shifts[rel or "(home)"] = got
    v.close()
    assert not shifts, shifts
    assert not v.problems, v.problems


@pytest.fixture(scope="session")
def wide_site(tmp_path_factory):
    """A long page with a code block too wide for the column far below the first screen, and a
    closed answer holding a wide table and a wide code block."""
    tmp = tmp_path_factory.mktemp("wide")
    long_line = "x = [" + ", ".join(str(n) for n in range(120)) + "]"
    row = "| " + " | ".join(f"column_{n}_with_a_long_name" for n in range(14)) + " |"
    filler = "\n\n".join(f"Paragraph {n} " + "of filler text " * 30 for n in range(40))
    body = f"""# Wide

{filler}

```python
{long_line}
```

??? note "Answer"

    {row}
    |{"---|" * 14}
    {row}

    ```python
    {long_line}
    ```
"""
    proc = fixture_site.build(tmp, {"index.md": page(body)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with fixture_site.serve(tmp / "site") as url:
        yield url


def test_scrolling_regions_are_keyboard_reachable_before_they_are_seen(browser, wide_site):
    """A code block that scrolls sideways is focusable before Material mounts it (it mounts blocks
    only as they come into view), and the wide table and code in an answer become focusable
    when the answer is opened (scroll-regions.js)."""
    v = Visit(browser, wide_site)
    v.open("")  # waits for scroll-regions.js's first pass (browser_util.SCROLL_REGIONS_DONE)
    state = """() => {
      const code = [...document.querySelectorAll('.highlight pre > code')];
      const wrap = document.querySelector('.md-typeset__scrollwrap');
      return {outside: code[0].getAttribute('tabindex'), mounted: !!code[0].closest('pre').querySelector('.md-code__nav'),
              inside: code[1].getAttribute('tabindex'), table: wrap && wrap.getAttribute('tabindex'),
              role: wrap && wrap.getAttribute('role'), open: document.querySelector('details').open};
    }"""
    before = v.page.evaluate(state)
    v.page.locator("details > summary").click()
    v.page.wait_for_function("() => document.querySelector('.md-typeset__scrollwrap').hasAttribute('tabindex')",
                             timeout=3000)
    after = v.page.evaluate(state)
    v.close()
    assert before["outside"] == "0" and not before["mounted"], before
    assert not before["open"] and before["inside"] is None and before["table"] is None, before
    assert after["open"] and after["inside"] == "0" and after["table"] == "0" and after["role"] == "region", after
    assert not v.problems, v.problems


def test_keyboard_reaches_skip_link_search_and_navigation(browser, online_build, server):
    v = Visit(browser, server)
    v.open("")
    order = []
    for _ in range(40):
        v.page.keyboard.press("Tab")
        where = v.page.evaluate("""() => { const e = document.activeElement;
            if (e.classList.contains('md-skip')) return 'skip';
            if (e.classList.contains('md-search__input')) return 'search';
            if (e.closest('.md-sidebar--primary .md-nav')) return 'nav';
            return 'other'; }""")
        if where != "other" and where not in order:
            order.append(where)
        if "nav" in order:
            break
    v.page.keyboard.press("Escape")
    v.open("")
    v.page.keyboard.press("/")
    slash = v.page.evaluate("document.activeElement.classList.contains('md-search__input')")
    v.close()
    assert order == ["skip", "search", "nav"], f"Tab order from the top: {order}"
    assert slash, "'/' does not focus the search box"
    assert not v.problems, v.problems


def test_mermaid_waits_until_a_diagram_comes_near_the_screen(browser, online_build, server):
    """A chapter whose first diagram is several screens down opens without Mermaid; the library
    arrives, and the diagram renders, once the reader scrolls there (mermaid-loader.js)."""
    import browser_util

    site = online_build[0]
    rel = "object-model/everything-is-an-object/index.html"
    assert count_diagrams((site / rel).read_text(encoding="utf-8")) >= 2
    v = Visit(browser, server, viewport={"width": 412, "height": 823})
    v.open(page_url(rel, True))  # no scrolling
    mermaid = [r for r in v.requests if r.endswith("/assets/vendor/mermaid/mermaid.min.js")]
    top = v.page.evaluate("document.querySelector('pre.mermaid').getBoundingClientRect().top")
    assert top > 2 * 823, f"the first diagram is at {top}px; pick a page whose first diagram is further down"
    assert not mermaid, "Mermaid was downloaded before any diagram came near the screen"
    v.page.evaluate("document.querySelector('pre.mermaid').scrollIntoView()")
    v.page.wait_for_function(f"() => ({browser_util.RENDERED_COUNT})() >= 1", timeout=20000)
    assert any(r.endswith("/assets/vendor/mermaid/mermaid.min.js") for r in v.requests)
    v.close()
    assert not v.problems, "\n".join(v.problems)


def test_keyboard_operates_answers_and_version_tabs(browser, online_build, server):
    """From the keyboard alone a reader can open a collapsed answer (Tab to its summary, Enter)
    and switch version tabs (Tab into the tab set, arrow key)."""
    v = Visit(browser, server)
    v.open(page_url("object-model/lists-and-tuples/index.html", True))

    def tab_until(js_test: str, limit: int = 40) -> bool:
        for _ in range(limit):
            v.page.keyboard.press("Tab")
            if v.page.evaluate(js_test):
                return True
        return False

    # answers: start at the Exercises heading's permalink, Tab to the first summary
    v.page.evaluate("document.querySelector('#exercises .headerlink, #exercises a').focus()")
    on_summary = tab_until("() => document.activeElement.tagName === 'SUMMARY'")
    assert on_summary, "Tab from the Exercises heading never reached an answer's summary"
    v.page.keyboard.press("Enter")
    opened = v.page.evaluate("document.activeElement.parentElement.open")
    assert opened, "Enter on a focused summary did not open the answer"

    # version tabs: start just before the first tab set with more than one tab
    found = v.page.evaluate("""() => {
        const set = [...document.querySelectorAll('.tabbed-set')].find(s => s.querySelectorAll(':scope > input').length > 1);
        if (!set) return false;
        let prev = set.previousElementSibling;
        while (prev && !prev.querySelector('a, summary, button') && !prev.matches('a, summary, button')) prev = prev.previousElementSibling;
        const target = prev && (prev.matches('a, summary, button') ? prev : [...prev.querySelectorAll('a, summary, button')].pop());
        if (!target) return false;
        window.__set = set; target.focus(); return true; }""")
    assert found, "no multi-tab version set with a focusable element before it"
    in_set = tab_until("() => window.__set.contains(document.activeElement) && document.activeElement.matches('input')",
                       limit=15)
    assert in_set, "Tab never reached the version tabs (the tab set's radio inputs)"
    before = v.page.evaluate("[...window.__set.querySelectorAll(':scope > input')].findIndex(i => i.checked)")
    v.page.keyboard.press("ArrowRight")
    after = v.page.evaluate("[...window.__set.querySelectorAll(':scope > input')].findIndex(i => i.checked)")
    v.close()
    assert after != before, f"ArrowRight in the tab set left tab {before} selected"
    assert not v.problems, v.problems


# ------------------------------------------------------------------------------------------------
# 5. the colour-scheme toggle (overrides/partials/palette.html replaces Material's component)
# ------------------------------------------------------------------------------------------------
PALETTE = """() => {
  const inputs = [...document.querySelectorAll('form[data-puth-palette] input[name=__palette]')];
  const meta = n => (document.head.querySelector(`meta[name="${n}"]`) || {}).content || null;
  return {
    shown: inputs.map(i => i.nextElementSibling).map(l => l && !l.hidden && getComputedStyle(l).display !== 'none'),
    checked: inputs.findIndex(i => i.checked),
    scheme: document.body.getAttribute('data-md-color-scheme'),
    media: document.body.getAttribute('data-md-color-media'),
    switching: document.body.hasAttribute('data-md-color-switching'),
    colorScheme: meta('color-scheme'), themeColor: meta('theme-color'),
    saved: __md_get('__palette'),
    focused: document.activeElement && document.activeElement.id,
  };
}"""
SYSTEM, LIGHT, DARK = "(prefers-color-scheme)", "(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"


def click_toggle(v: Visit) -> dict:
    v.page.locator("form[data-puth-palette] label:not([hidden])").click()
    v.page.wait_for_function("() => !document.body.hasAttribute('data-md-color-switching')")
    return v.page.evaluate(PALETTE)


@pytest.mark.parametrize("system", ["light", "dark"])
def test_the_palette_follows_the_system_before_the_theme_script_runs(browser, diagram_site, system):
    """On a first visit the page is drawn in the reader's system scheme from the start: the
    inline script resolves "follow the system" while the header is parsed, with Material's
    bundle not even loaded (it is blocked here), so a dark system never flashes the light scheme."""
    v = Visit(browser, diagram_site, color_scheme=system)
    v.page.route(re.compile(r"/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$"), lambda r: r.abort())
    v.open("", settle=False)
    got = v.page.evaluate(PALETTE)
    v.close()
    assert got["scheme"] == ("slate" if system == "dark" else "default"), got
    assert got["media"] == SYSTEM and got["checked"] == 0 and got["shown"] == [True, False, False], got
    assert got["colorScheme"] == system and re.fullmatch(r"#[0-9a-f]{6}", got["themeColor"] or ""), got
    assert got["saved"]["index"] == 0 and got["saved"]["color"]["scheme"] == got["scheme"], got


def test_the_palette_cycles_remembers_and_works_from_the_keyboard(browser, diagram_site):
    v = Visit(browser, diagram_site, color_scheme="light")
    v.open("")
    steps = [v.page.evaluate(PALETTE)]
    for _ in range(2):
        steps.append(click_toggle(v))
    # system -> light -> dark: one toggle shown at a time, the one that leads to the next choice
    assert [s["media"] for s in steps] == [SYSTEM, LIGHT, DARK], steps
    assert [s["scheme"] for s in steps] == ["default", "default", "slate"], steps
    assert [s["shown"].index(True) for s in steps] == [0, 1, 2] and all(sum(s["shown"]) == 1 for s in steps), steps
    assert steps[-1]["colorScheme"] == "dark" and steps[-1]["saved"]["index"] == 2, steps[-1]
    # the choice survives a reload (and another page of the site)
    v.open("broken/", settle=False)
    again = v.page.evaluate(PALETTE)
    assert again["scheme"] == "slate" and again["media"] == DARK and again["shown"] == [False, False, True], again
    # keyboard: Tab reaches the checked toggle; Enter moves on to the next choice and keeps the focus
    v.page.focus("#__palette_2")
    v.page.keyboard.press("Enter")
    v.page.wait_for_function("() => !document.body.hasAttribute('data-md-color-switching')")
    keyed = v.page.evaluate(PALETTE)
    v.close()
    assert keyed["media"] == SYSTEM and keyed["scheme"] == "default" and keyed["focused"] == "__palette_0", keyed
    assert not v.problems, v.problems


def test_following_the_system_tracks_a_change_of_the_system_setting(browser, diagram_site):
    v = Visit(browser, diagram_site, color_scheme="light")
    v.open("")
    before = v.page.evaluate(PALETTE)
    v.page.emulate_media(color_scheme="dark")
    v.page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=3000)
    after = v.page.evaluate(PALETTE)
    v.close()
    assert before["scheme"] == "default" and after["scheme"] == "slate" and after["media"] == SYSTEM, (before, after)
    assert after["colorScheme"] == "dark" and not after["switching"], after
    assert not v.problems, v.problems


def test_no_page_brings_back_the_start_up_work_the_book_removed(online_build):
    """Material mounts its palette component (four full restyles of the page after it is parsed)
    on any form with data-md-component="palette", and a tooltip component for every element with
    a title; section links and citations carry none (overrides/hooks/book.py, render_citations.py)."""
    offenders = []
    for p in online_build[0].rglob("*.html"):
        html = p.read_text(encoding="utf-8")
        rel = p.relative_to(online_build[0])
        if 'data-md-component="palette"' in html:
            offenders.append(f"{rel}: Material's palette component")
        for m in re.finditer(r'<a\b[^>]*\bclass="(headerlink|cpython-cite)"[^>]*>', html):
            if re.search(r'\stitle="', m.group(0)):
                offenders.append(f"{rel}: {m.group(0)}")
    assert not offenders, "\n".join(offenders[:20])
