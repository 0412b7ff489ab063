"""Both builds are strict and clean, and nothing in them loads a resource from outside the site."""
from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import vendor  # noqa: E402

from conftest import built_pages  # noqa: E402

EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)
# (tag, attribute) pairs that make a browser fetch something; <a href> only navigates.
FETCHING = {("script", "src"), ("link", "href"), ("img", "src"), ("img", "srcset"), ("iframe", "src"),
            ("source", "src"), ("source", "srcset"), ("video", "src"), ("video", "poster"), ("audio", "src"),
            ("object", "data"), ("embed", "src"), ("input", "src"), ("image", "href"), ("use", "href")}
LINK_RELS_THAT_FETCH = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "preconnect",
                        "dns-prefetch", "apple-touch-icon", "shortcut"}


class ResourceScanner(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[int, str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for (t, a) in FETCHING:
            if t != tag or not attrs.get(a):
                continue
            if tag == "link" and not (set((attrs.get("rel") or "").lower().split()) & LINK_RELS_THAT_FETCH):
                continue  # rel=canonical and the like are not fetched
            for url in re.split(r",\s*", attrs[a]) if a == "srcset" else [attrs[a]]:
                url = url.strip().split(" ")[0]
                if EXTERNAL.match(url) or url.startswith("data:text/html"):
                    self.found.append((self.getpos()[0], f"<{tag} {a}>", url))
        style = attrs.get("style") or ""
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", style):
            if EXTERNAL.match(url):
                self.found.append((self.getpos()[0], f"<{tag} style>", url))


def external_resources(site: Path) -> list[str]:
    problems = []
    for rel in built_pages(site):
        scanner = ResourceScanner()
        scanner.feed((site / rel).read_text(encoding="utf-8"))
        problems += [f"{rel}:{line}: {what} loads {url}" for line, what, url in scanner.found]
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"(?:url\(\s*['\"]?|@import\s+['\"])([^'\")]+)", text):
            if EXTERNAL.match(m.group(1)):
                problems.append(f"{css.relative_to(site)}: CSS loads {m.group(1)}")
    return problems


def assert_clean(proc):
    warnings = [ln for ln in (proc.stdout + proc.stderr).splitlines() if re.match(r"^(WARNING|ERROR)\b", ln)]
    assert not warnings, "\n".join(warnings)


def test_online_build_is_strict_and_clean(online_build):
    site, proc = online_build
    assert_clean(proc)
    assert (site / "index.html").is_file() and (site / "search" / "search_index.json").is_file()


def test_offline_build_is_strict_and_clean(offline_build):
    site, proc = offline_build
    assert_clean(proc)
    assert (site / "index.html").is_file() and (site / "search" / "search_index.js").is_file()


def test_no_page_loads_anything_from_outside_the_site(online_build, offline_build):
    problems = external_resources(online_build[0]) + external_resources(offline_build[0])
    assert not problems, "\n".join(problems)


def test_the_scan_catches_an_external_resource(tmp_path):
    (tmp_path / "index.html").write_text('<html><head><link rel="stylesheet" href="https://fonts.example/x.css">'
                                         '<link rel="canonical" href="https://book.example/"></head>'
                                         '<body><script src="//cdn.example/m.js"></script><a href="https://ok.example">ok</a></body></html>')
    (tmp_path / "a.css").write_text("@import 'https://fonts.example/y.css'; .x{background:url(/local.png)}")
    problems = external_resources(tmp_path)
    assert len(problems) == 3, problems


def test_offline_bundle_uses_the_vendored_search_shim(offline_build):
    site, _ = offline_build
    html = (site / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', html)
    assert "assets/vendor/iframe-worker/shim.js" in scripts, scripts
    assert not [s for s in scripts if "unpkg" in s or EXTERNAL.match(s)], scripts
    assert "assets/vendor/mermaid/mermaid.min.js" in scripts


def test_vendored_files_match_their_recorded_versions():
    problems = vendor.check()
    assert not problems, "\n".join(problems)


def test_vendor_check_detects_a_changed_file(tmp_path, monkeypatch):
    import shutil

    copy = tmp_path / "vendor"
    shutil.copytree(vendor.VENDOR, copy)
    (copy / "iframe-worker" / "shim.js").write_text("tampered")
    monkeypatch.setattr(vendor, "VENDOR", copy)
    monkeypatch.setattr(vendor, "MANIFEST", copy / "manifest.json")
    problems = vendor.check()
    assert len(problems) == 1 and "iframe-worker/shim.js: does not match iframe-worker@" in problems[0]


def test_fonts_are_not_fetched_from_google(online_build):
    html = (online_build[0] / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
