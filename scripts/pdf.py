#!/usr/bin/env python3
"""Print the whole book to one PDF: the site's print/index.html, rendered by Chromium.

    python3 scripts/pdf.py                        # build the site, write dist/python-under-the-hood.pdf (= make pdf)
    python3 scripts/pdf.py --site site --out x.pdf   # use an existing online build

The page (overrides/hooks/print_book.py) holds every chapter in nav order with the answers
open and every version's output; this script serves the build on 127.0.0.1, waits until
every Mermaid diagram has been drawn (the page asks for all of them at once), then prints
with the print stylesheet: A4, backgrounds on, a PDF outline from the headings, and a
tagged (accessible) PDF. Needs the test requirements (Playwright) and Chromium
(`apt-get install chromium`, or CHROMIUM=/path/to/chrome).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
PAGE = "print/index.html"
TIMEOUT_MS = 300_000


def render(site: Path, out: Path, chromium: str | None = None, browser=None) -> int:
    """Write the PDF; return the number of diagrams drawn.

    Pass a running Playwright `browser` (the tests do), or the path of a Chromium to launch."""
    if not (site / PAGE).is_file():
        raise SystemExit(f"{site / PAGE} does not exist: build the site first")
    from fixture_site import serve

    with serve(site) as base:
        url = base + PAGE
        if browser is not None:
            return _print(browser, url, out)
        from playwright.sync_api import sync_playwright
        with sync_playwright() as pw:
            own = pw.chromium.launch(executable_path=chromium, args=["--headless=new", "--no-sandbox"])
            try:
                return _print(own, url, out)
            finally:
                own.close()


def _print(browser, url: str, out: Path) -> int:
    page = browser.new_page()
    try:
        page.set_default_timeout(TIMEOUT_MS)
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url, wait_until="load")
        page.wait_for_function("() => document.querySelectorAll('pre.mermaid').length === 0")
        drawn = page.evaluate("document.querySelectorAll('div.mermaid').length")
        if errors:
            raise SystemExit(f"the print page raised errors: {errors[:3]}")
        out.parent.mkdir(parents=True, exist_ok=True)
        page.pdf(path=str(out), format="A4", print_background=True, outline=True, tagged=True,
                 margin={"top": "15mm", "bottom": "15mm", "left": "12mm", "right": "12mm"})
        return drawn
    finally:
        page.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, help="an online build (default: build one)")
    ap.add_argument("--out", type=Path, default=ROOT / "dist" / "python-under-the-hood.pdf")
    args = ap.parse_args()
    from browser_util import CHROMIUM, chromium_executable
    chromium = chromium_executable(os.environ.get("CHROMIUM", CHROMIUM))
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                           cwd=ROOT, check=True, env=env)
        drawn = render(site, args.out, chromium)
    print(f"{args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {drawn} diagrams)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
