"""The whole book on one page (print/index.html, overrides/hooks/print_book.py), online and offline.

It must hold every page in nav order, keep every link working inside the page, keep ids
unique, open the worked answers, render every diagram without the reader scrolling, print
every version's output, pass axe in both schemes, stay out of search, and stay within its
own weight budget.
"""
from __future__ import annotations

import collections
import gzip
import json
import re
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "overrides" / "hooks"))
import print_book  # noqa: E402
from browser_util import WHOLE_BOOK, Visit, built_pages, count_diagrams  # noqa: E402
from test_a11y import axe_violations  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUDGET_WHOLE_BOOK_GZIP = 2_500_000  # the print page's HTML, gzip (it is every chapter at once)
LOAD_TIMEOUT = 180_000


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def nav_sources() -> list[str]:
    nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)["nav"]
    out = []

    def walk(items):
        for item in items:
            if isinstance(item, str):
                out.append(item)
            elif isinstance(item, dict):
                for value in item.values():
                    walk(value) if isinstance(value, list) else out.append(value)
    walk(nav)
    return out


def article(html: str) -> str:
    return print_book.ARTICLE.search(html).group(2)


@pytest.fixture(scope="module", params=["online", "offline"])
def built(request, online_build, offline_build):
    site = (online_build if request.param == "online" else offline_build)[0]
    return request.param, site, (site / WHOLE_BOOK).read_text(encoding="utf-8")


def test_every_page_in_nav_order(built):
    """(Every built page is in nav: test_content.py checks that.)"""
    _kind, _site, html = built
    keys = re.findall(r'<section class="print-chapter" id="([^"]+)"', html)
    assert keys == [print_book.key_for(src) for src in nav_sources()]


def test_links_stay_inside_the_page_and_ids_are_unique(built):
    kind, site, html = built
    ids = re.findall(r'\bid="([^"]+)"', html)
    dups = [i for i, n in collections.Counter(ids).items() if n > 1]
    assert not dups, f"{kind}: duplicate ids on the print page: {dups[:10]}"
    body = article(html)
    dangling = sorted({h for h in re.findall(r'href="#([^"]+)"', body) if h not in set(ids)})
    assert not dangling, f"{kind}: links to no element of the print page: {dangling[:10]}"
    to_pages = [h for h in re.findall(r'href="([^"#]+)', body) if not re.match(r"[a-z]+:", h)]
    assert not to_pages, f"{kind}: relative links left pointing outside the print page: {to_pages[:10]}"
    for src in re.findall(r'\bsrc="([^"]+)"', html):
        if not re.match(r"[a-z]+:", src):
            assert (site / "print" / src.split("?")[0]).resolve().is_file(), f"{kind}: {src} does not exist"


def test_answers_open_and_all_diagrams_present(built):
    kind, site, html = built
    body = article(html)
    assert not re.search(r'<details class="success"(?![^>]*\bopen)', body), f"{kind}: a worked answer is closed"
    expected = sum(count_diagrams((site / rel).read_text(encoding="utf-8")) for rel in built_pages(site))
    assert count_diagrams(html) == expected > 0, f"{kind}: {count_diagrams(html)} diagrams, the pages have {expected}"


def test_not_in_search_or_sitemap(online_build):
    site = online_build[0]
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if d["location"].startswith("print")]
    assert "print/" not in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_within_its_weight_budget(online_build):
    size = len(gzip.compress((online_build[0] / WHOLE_BOOK).read_bytes(), 6))
    assert size <= BUDGET_WHOLE_BOOK_GZIP, f"print page is {size:,} bytes gzipped, budget {BUDGET_WHOLE_BOOK_GZIP:,}"


def test_the_home_page_links_it():
    assert 'href="print/index.html"' in (ROOT / "docs" / "index.md").read_text(encoding="utf-8")


PRINT_STATE = """() => {
  const hidden = [...document.querySelectorAll('.tabbed-block')].filter(b => getComputedStyle(b).display === 'none').length;
  const closed = [...document.querySelectorAll('details.success')].filter(d => !d.open).length;
  return {blocks: document.querySelectorAll('.tabbed-block').length, hidden, closed,
          chapters: document.querySelectorAll('section.print-chapter').length};
}"""


def _render_and_check(v: Visit, html: str, scheme: str) -> list[str]:
    expected = count_diagrams(html)
    v.page.set_default_navigation_timeout(LOAD_TIMEOUT)
    v.open(v.base_rel, settle=False)
    # no scrolling: the page asks for every diagram at once
    v.page.wait_for_function("() => document.querySelectorAll('pre.mermaid').length === 0", timeout=LOAD_TIMEOUT)
    v.check_diagrams(expected)
    v.page.emulate_media(media="print")
    state = v.page.evaluate(PRINT_STATE)
    problems = list(v.problems)
    if state["hidden"] or state["closed"]:
        problems.append(f"printed, {state['hidden']} of {state['blocks']} version tabs stay hidden and "
                        f"{state['closed']} answers closed")
    v.page.emulate_media(media="screen")
    # Every rule but colour contrast: the same content is audited page by page, in both
    # schemes, by test_a11y.py, and this page adds no colour of its own; what assembling the
    # page could break (duplicate ids, labels of tab inputs, ARIA references, landmarks,
    # headings, link names) is checked here. Contrast on a 4 MB page took minutes.
    problems += axe_violations(v, f"{WHOLE_BOOK} ({scheme})", disable=["color-contrast"])
    return problems


@pytest.mark.parametrize("scheme", ["light"])
def test_renders_prints_and_passes_axe_online(browser, online_build, server, scheme):
    html = (online_build[0] / WHOLE_BOOK).read_text(encoding="utf-8")
    v = Visit(browser, server, color_scheme=scheme)
    v.base_rel = "print/"
    problems = _render_and_check(v, html, scheme)
    v.close()
    assert not problems, "\n".join(problems)


def test_renders_offline_from_file(browser, offline_build):
    site = offline_build[0]
    v = Visit(browser, site.as_uri() + "/")
    v.base_rel = WHOLE_BOOK
    html = (site / WHOLE_BOOK).read_text(encoding="utf-8")
    expected = count_diagrams(html)
    v.page.set_default_navigation_timeout(LOAD_TIMEOUT)
    v.open(WHOLE_BOOK, settle=False)
    v.page.wait_for_function("() => document.querySelectorAll('pre.mermaid').length === 0", timeout=LOAD_TIMEOUT)
    v.check_diagrams(expected)
    problems = list(v.problems)
    v.close()
    assert not problems, "\n".join(problems)


def test_make_pdf_prints_the_page_with_its_diagrams(browser, tmp_path):
    """scripts/pdf.py (make pdf) on a small fixture book: a PDF with the diagram drawn."""
    import fixture_site

    sys.path.insert(0, str(ROOT / "scripts"))
    import pdf

    chapter = ("# A chapter\n\n## A section\n\nSee [the home page](index.md).\n\n"
               '<figure class="diagram" markdown>\n\n```mermaid\nflowchart LR\n    A["one"] --> B["two"]\n```\n\n'
               "<figcaption>Figure 1. Two boxes.</figcaption>\n"
               '<details class="text-alternative" markdown><summary>Text description</summary>\nTwo boxes.\n</details>\n'
               "</figure>\n\n??? success \"Answer\"\n\n    The answer.\n")
    proc = fixture_site.build(tmp_path, {"index.md": fixture_site.page("# Home\n\nWelcome.\n"),
                                         "chapter.md": fixture_site.page(chapter)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    html = (tmp_path / "site" / WHOLE_BOOK).read_text(encoding="utf-8")
    assert re.findall(r'<section class="print-chapter" id="([^"]+)"', html) == ["chapter", "home"]  # nav order
    assert 'href="#home"' in html and '<details class="success" open' in html
    out = tmp_path / "book.pdf"
    drawn = pdf.render(tmp_path / "site", out, browser=browser)
    data = out.read_bytes()
    assert drawn == 1 and data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 2, "expected a page per chapter"
