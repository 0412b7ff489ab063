#!/usr/bin/env python3
"""Measure the built book with Lighthouse, as a reader's phone and laptop would load it.

    python3 scripts/lighthouse.py            # build, serve, audit, print the table
    python3 scripts/lighthouse.py --check    # ... and fail below the budgets (make lighthouse)

Method: the online build (mkdocs.yml) is served from 127.0.0.1 under the site_url path with
gzip, as GitHub Pages serves it; Lighthouse (pinned below, installed with npm into the cache
folder of scripts/pythons.py) audits each representative page with its default mobile
profile (simulated slow 4G and a 4x slower CPU) and with its desktop preset, in the system
Chromium. Scores vary from run to run by a point or two; each page is audited RUNS times
and the median score is kept.

Budgets (issue: reader experience): mobile performance >= 95 and accessibility 100 on a text
page, on a diagram-heavy page and on the book's longest page.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import pythons  # noqa: E402  (the cache folder the interpreters use)
LIGHTHOUSE = "13.5.0"
PREFIX = "/book/"
PAGES = {
    "text page": "appendix/glossary/",
    "diagram-heavy page": "object-model/everything-is-an-object/",
    # the largest chapter (340 KB of HTML: benchmark charts and tables, 22 code blocks, 25 answers)
    "longest page": "performance/code-the-interpreter-likes/",
}
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))
BUDGET = {"mobile": {"performance": 95, "accessibility": 100}}


def lighthouse_bin() -> Path:
    folder = pythons.cache_dir() / "lighthouse" / LIGHTHOUSE
    exe = folder / "node_modules" / ".bin" / "lighthouse"
    if not exe.exists():
        folder.mkdir(parents=True, exist_ok=True)
        print(f"installing lighthouse@{LIGHTHOUSE} into {folder}", file=sys.stderr)
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(folder),
                        f"lighthouse@{LIGHTHOUSE}"], check=True)
    return exe


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files under PREFIX, gzip-compressed when the browser accepts it."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if not path.startswith(PREFIX):
            self.send_error(404)
            return
        rel = path[len(PREFIX):]
        target = Path(self.directory) / rel
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            self.send_error(404)
            return
        data = target.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(target)))
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            data = gzip.compress(data, 6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(data)


def audit(exe: Path, url: str, preset: str, out: Path) -> dict:
    cmd = [str(exe), url, "--quiet", "--output=json", f"--output-path={out}",
           "--only-categories=performance,accessibility,best-practices,seo",
           "--chrome-flags=--headless=new --no-sandbox"]
    if preset == "desktop":
        cmd.append("--preset=desktop")
    env = dict(os.environ, CHROME_PATH=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    subprocess.run(cmd, check=True, env=env)
    report = json.loads(out.read_text())
    scores = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
    metrics = {k: report["audits"][k]["numericValue"] for k in
               ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")}
    failing = [a for a in report["audits"].values()
               if a.get("score") is not None and a["score"] < 1 and a["id"] in
               {r["id"] for r in report["categories"]["accessibility"]["auditRefs"]}]
    return {"scores": scores, "metrics": metrics, "a11y_failures": [a["id"] for a in failing]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="fail when a page is below its budget")
    ap.add_argument("--site", type=Path, help="an online build to audit (default: build one)")
    ap.add_argument("--json", type=Path, help="write the results here")
    args = ap.parse_args()
    if not shutil.which("npm"):
        sys.exit("lighthouse.py needs Node.js and npm (apt-get install nodejs npm)")
    exe = lighthouse_bin()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                           cwd=ROOT, check=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        handler = functools.partial(GzipHandler, directory=str(site))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}{PREFIX}"
        results, problems = {}, []
        try:
            for label, rel in PAGES.items():
                for preset in ("mobile", "desktop"):
                    runs = [audit(exe, base + rel, preset, Path(tmp) / "report.json") for _ in range(RUNS)]
                    scores = {k: statistics.median(r["scores"][k] for r in runs) for k in runs[0]["scores"]}
                    metrics = {k: statistics.median(r["metrics"][k] for r in runs) for k in runs[0]["metrics"]}
                    results[f"{label} ({preset})"] = {"page": rel, "scores": scores, "metrics": metrics,
                                                      "a11y_failures": sorted({f for r in runs for f in r["a11y_failures"]})}
                    for cat, minimum in BUDGET.get(preset, {}).items():
                        if scores[cat] < minimum:
                            problems.append(f"{rel} ({preset}): {cat} {scores[cat]:g} < {minimum} "
                                            f"{results[f'{label} ({preset})']['a11y_failures'] if cat == 'accessibility' else ''}")
        finally:
            httpd.shutdown()
    chromium = subprocess.run([os.environ.get("CHROMIUM", "/usr/bin/chromium"), "--version"],
                              capture_output=True, text=True).stdout.strip()
    print(f"Lighthouse {LIGHTHOUSE}, {chromium}, median of {RUNS} runs, served with gzip from 127.0.0.1")
    print(f"{'page':42} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'FCP ms':>7} {'LCP ms':>7} {'TBT ms':>7} {'CLS':>5}")
    for name, r in results.items():
        s, m = r["scores"], r["metrics"]
        print(f"{name:42} {s['performance']:5g} {s['accessibility']:5g} {s['best-practices']:5g} {s['seo']:5g} "
              f"{m['first-contentful-paint']:7.0f} {m['largest-contentful-paint']:7.0f} "
              f"{m['total-blocking-time']:7.0f} {m['cumulative-layout-shift']:5.2f}")
    if args.json:
        args.json.write_text(json.dumps({"lighthouse": LIGHTHOUSE, "chromium": chromium, "runs": RUNS,
                                         "results": results}, indent=2) + "\n")
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    return 1 if (args.check and problems) else 0


if __name__ == "__main__":
    sys.exit(main())
