"""Both builds are strict and clean, nothing in them loads a resource from outside the site,
and the vendored front-end files are the ones manifest.json records."""
from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import vendor  # noqa: E402

from browser_util import built_pages  # noqa: E402

# http://, https://, //host (and any other scheme://): somewhere other than the site itself.
EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
# (tag, attribute) pairs that make a browser fetch something; <a href> only navigates, so it may leave the site.
FETCHING = {("script", "src"), ("link", "href"), ("img", "src"), ("img", "srcset"), ("iframe", "src"),
            ("frame", "src"), ("source", "src"), ("source", "srcset"), ("video", "src"), ("video", "poster"),
            ("audio", "src"), ("track", "src"), ("object", "data"), ("embed", "src"), ("input", "src"),
            ("image", "href"), ("image", "xlink:href"), ("use", "href"), ("use", "xlink:href"),
            ("feimage", "href"), ("feimage", "xlink:href")}
# <link rel=...> values that make the browser fetch (rel=canonical/alternate/next/prev do not).
LINK_RELS_THAT_FETCH = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "preconnect",
                        "dns-prefetch", "apple-touch-icon", "shortcut", "mask-icon", "prerender"}
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""", re.I)
LOG_PROBLEM = re.compile(r"^\s*(WARNING|ERROR)\b")


class ResourceScanner(HTMLParser):
    """Collects every URL that an HTML page makes the browser fetch: tag attributes, style attributes,
    and url()/@import inside <style> elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.resources: list[tuple[int, str, str]] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): v for k, v in attrs if v is not None}
        for (t, a) in FETCHING:
            if t != tag or not attrs.get(a):
                continue
            if tag == "link" and not (set(attrs.get("rel", "").lower().split()) & LINK_RELS_THAT_FETCH):
                continue
            values = [part.strip().split(" ")[0] for part in attrs[a].split(",")] if a == "srcset" else [attrs[a]]
            self.resources += [(self.getpos()[0], f"<{tag} {a}>", v) for v in values if v]
        for url in CSS_URL.findall(attrs.get("style", "")):
            self.resources.append((self.getpos()[0], f"<{tag} style>", url))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.resources += [(self.getpos()[0], "<style>", url) for url in CSS_URL.findall(data)]


def page_resources(path: Path) -> list[tuple[int, str, str]]:
    scanner = ResourceScanner()
    scanner.feed(path.read_text(encoding="utf-8"))
    scanner.close()
    return scanner.resources


def external_resources(site: Path) -> list[str]:
    problems = []
    for rel in built_pages(site, whole_book=True):
        problems += [f"{rel}:{line}: {what} loads {url}" for line, what, url in page_resources(site / rel)
                     if EXTERNAL.match(url) or url.lower().startswith("data:text/html")]
    for css in sorted(site.rglob("*.css")):
        for url in CSS_URL.findall(css.read_text(encoding="utf-8", errors="replace")):
            if EXTERNAL.match(url):
                problems.append(f"{css.relative_to(site).as_posix()}: CSS loads {url}")
    return problems


def log_problems(proc) -> list[str]:
    return [ln for ln in (proc.stdout + "\n" + proc.stderr).splitlines() if LOG_PROBLEM.match(ln)]


def test_online_build_is_strict_and_clean(online_build):
    site, proc = online_build
    assert not log_problems(proc), "\n".join(log_problems(proc))
    assert (site / "index.html").is_file() and (site / "search" / "search_index.json").is_file()


def test_offline_build_is_strict_and_clean(offline_build):
    site, proc = offline_build
    assert not log_problems(proc), "\n".join(log_problems(proc))
    assert (site / "index.html").is_file() and (site / "search" / "search_index.js").is_file()
    # scripts/offline.py leaves out what only a web server uses (404.html links its assets from the site root).
    assert not (site / "404.html").exists() and not (site / "sitemap.xml").exists()


def test_log_check_catches_a_warning():
    class Proc:
        stdout = "INFO    -  Building documentation\nWARNING -  Doc file 'a.md' contains a link 'b.md', but the target is not found"
        stderr = ""
    assert len(log_problems(Proc())) == 1


def test_no_page_loads_anything_from_outside_the_site(online_build, offline_build):
    problems = external_resources(online_build[0]) + external_resources(offline_build[0])
    assert not problems, "\n".join(problems)


def test_the_scan_catches_external_resources(tmp_path):
    (tmp_path / "index.html").write_text(
        '<html><head><link rel="stylesheet" href="https://fonts.example/x.css">'
        '<link rel="canonical" href="https://book.example/">'
        '<style>@import url("https://fonts.example/z.css"); .a{background:url(img/ok.png)}</style></head>'
        '<body><script src="//cdn.example/m.js"></script><a href="https://ok.example">a link is fine</a>'
        '<img srcset="img/a.png 1x, https://img.example/b.png 2x" alt="">'
        '<div style="background:url(\'http://img.example/c.png\')"></div>'
        '<svg><use xlink:href="https://img.example/sprite.svg#i"></use></svg></body></html>')
    (tmp_path / "a.css").write_text("@import 'https://fonts.example/y.css'; .x{background:url(/local.png)}")
    problems = external_resources(tmp_path)
    assert len(problems) == 7, "\n".join(problems)
    assert not [p for p in problems if "book.example" in p or "ok.example" in p or "local.png" in p or "ok.png" in p]


def test_offline_pages_load_only_files_inside_the_bundle(offline_build):
    """From file:// every resource must be a relative path to a file that is in the unzipped bundle."""
    site = offline_build[0]
    problems = []
    for rel in built_pages(site, whole_book=True):
        for line, what, url in page_resources(site / rel):
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob"):
                continue
            if parts.scheme or parts.netloc or url.startswith("/"):
                problems.append(f"{rel}:{line}: {what} {url} is not a relative path")
                continue
            target = ((site / rel).parent / unquote(parts.path)).resolve()
            if not target.is_file() or not target.is_relative_to(site.resolve()):
                problems.append(f"{rel}:{line}: {what} {url} is not a file in the bundle")
    assert not problems, "\n".join(problems)


def test_offline_bundle_uses_the_vendored_search_shim(offline_build):
    """Every offline page lists the vendored search shim and the Mermaid loader, and no <script src> points at a CDN."""
    site = offline_build[0]
    problems = []
    for rel in built_pages(site, whole_book=True):
        scripts = [url for _, what, url in page_resources(site / rel) if what == "<script src>"]
        if not any(s.endswith("assets/vendor/iframe-worker/shim.js") for s in scripts):
            problems.append(f"{rel}: no assets/vendor/iframe-worker/shim.js among {scripts}")
        loader = [s for s in scripts if s.endswith("assets/javascripts/mermaid-loader.js")]
        if not loader:
            problems.append(f"{rel}: no assets/javascripts/mermaid-loader.js among {scripts}")
        elif not ((site / rel).parent / loader[0]).resolve().parent.joinpath(
                "../vendor/mermaid/mermaid.min.js").resolve().is_file():
            problems.append(f"{rel}: mermaid-loader.js would not find ../vendor/mermaid/mermaid.min.js")
        problems += [f"{rel}: <script src={s}> loads Mermaid on every page; mermaid-loader.js defers it"
                     for s in scripts if s.endswith("mermaid.min.js")]
        problems += [f"{rel}: <script src={s}>" for s in scripts if "unpkg" in s.lower() or EXTERNAL.match(s)]
    assert not problems, "\n".join(problems)


def test_vendored_files_match_their_recorded_versions():
    problems = vendor.check()
    assert not problems, "\n".join(problems)


def test_vendor_check_detects_a_changed_file(tmp_path, monkeypatch):
    import shutil

    copy = tmp_path / "vendor"
    shutil.copytree(vendor.VENDOR, copy)
    (copy / "iframe-worker" / "shim.js").write_text("tampered")
    (copy / "stray.js").write_text("unlisted")
    problems = vendor.check([copy])
    assert len(problems) == 2, problems
    assert any("iframe-worker/shim.js: does not match iframe-worker@" in p for p in problems)
    assert any("stray.js: not listed in manifest.json" in p for p in problems)


def test_fonts_are_not_fetched_from_google(online_build):
    for rel in built_pages(online_build[0], whole_book=True):
        html = (online_build[0] / rel).read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, rel


# Page-weight budgets: what a reader's browser downloads to show one page (the HTML, its
# stylesheets and scripts, and Mermaid where the page draws a diagram). "gzip" is the
# transfer size a gzip-serving host such as GitHub Pages sends. The search index, fetched by
# the search worker, and the favicon are left out. Measured figures are in the README.
BUDGET_HTML_RAW = 450_000           # one page's HTML, uncompressed
BUDGET_PAGE_GZIP = 180_000          # HTML + CSS + JS, gzip, without Mermaid
BUDGET_DIAGRAM_PAGE_GZIP = 1_200_000  # the same plus Mermaid, on pages with diagrams
MERMAID = "assets/vendor/mermaid/mermaid.min.js"


def page_weight(site: Path, rel: str) -> dict:
    """Bytes a browser loads for the page `rel` of the built `site` (raw and gzip)."""
    import gzip

    from conftest import _site_prefix  # "/book/": 404.html links its assets from the site root

    page = site / rel
    html = page.read_bytes()
    weight = {"html": len(html), "raw": len(html), "gzip": len(gzip.compress(html, 9)), "missing": []}
    for _line, what, url in page_resources(page):
        if what not in ("<script src>", "<link href>") or url.endswith((".ico", ".png", ".svg")):
            continue
        path = unquote(urlsplit(url).path)
        target = (site / path.removeprefix(_site_prefix())) if path.startswith("/") else (page.parent / path)
        if not target.resolve().is_file():
            weight["missing"].append(url)
            continue
        data = target.resolve().read_bytes()
        weight["raw"] += len(data)
        weight["gzip"] += len(gzip.compress(data, 9))
    if 'class="mermaid"' in html.decode("utf-8"):  # mermaid-loader.js fetches it on such pages
        data = (site / MERMAID).read_bytes()
        weight["mermaid_gzip"] = len(gzip.compress(data, 9))
    return weight


def over_budget(site: Path) -> list[str]:
    problems = []
    for rel in built_pages(site):
        w = page_weight(site, rel)
        problems += [f"{rel}: loads {u}, which is not in the build" for u in w["missing"]]
        if w["html"] > BUDGET_HTML_RAW:
            problems.append(f"{rel}: HTML is {w['html']:,} bytes, budget {BUDGET_HTML_RAW:,} "
                            "(split the page, or move long outputs into collapsed answers)")
        if w["gzip"] > BUDGET_PAGE_GZIP:
            problems.append(f"{rel}: HTML + CSS + JS is {w['gzip']:,} bytes gzipped, budget {BUDGET_PAGE_GZIP:,}")
        total = w["gzip"] + w.get("mermaid_gzip", 0)
        if "mermaid_gzip" in w and total > BUDGET_DIAGRAM_PAGE_GZIP:
            problems.append(f"{rel}: with Mermaid the page loads {total:,} bytes gzipped, "
                            f"budget {BUDGET_DIAGRAM_PAGE_GZIP:,}")
    return problems


def test_every_page_is_within_its_weight_budget(online_build):
    site = online_build[0]
    problems = over_budget(site)
    assert not problems, "\n".join(problems)


def test_the_weight_budget_catches_a_heavy_page(tmp_path):
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    import random

    (site / "assets" / "big.js").write_bytes(random.Random(0).randbytes(512_000))  # gzip cannot shrink it
    (site / "script-heavy.html").write_text('<html><script src="assets/big.js"></script></html>')
    (site / "heavy.html").write_text("<html>" + "<p>x</p>" * 60_000 + "</html>")
    problems = "\n".join(over_budget(site))
    assert "script-heavy.html: HTML + CSS + JS is" in problems, problems
    assert "heavy.html: HTML is" in problems, problems


OFFLINE_LINK = re.compile(
    r"\[[^\]]+\]\((?P<url>https://github\.com/[^)]+/releases/latest/download/python-under-the-hood-offline\.zip)\)"
    r"[^.]*?about (?P<mb>\d+(?:\.\d+)?) MB")


def test_the_home_page_links_the_offline_zip_with_its_real_size(offline_build, tmp_path):
    """docs/index.md states the offline zip's size; it must stay within 15% of the zip built now."""
    import offline

    m = OFFLINE_LINK.search((ROOT / "docs" / "index.md").read_text(encoding="utf-8"))
    assert m, "docs/index.md must link releases/latest/download/python-under-the-hood-offline.zip and say 'about N MB'"
    size = offline.pack(offline_build[0], tmp_path / "again.zip") / 1e6
    stated = float(m.group("mb"))
    assert abs(stated - size) <= 0.15 * size, \
        f"docs/index.md says the offline zip is about {stated} MB; it is {size:.1f} MB now: update the figure"
