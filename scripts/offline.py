#!/usr/bin/env python3
"""Build the offline bundle (mkdocs-offline.yml) and pack it as a zip that works wherever it is unzipped.

    python scripts/offline.py [--zip dist/python-under-the-hood-offline.zip] [--site-dir DIR]

The zip holds one folder, python-under-the-hood/, whose index.html opens the book from
file:// with search and diagrams working.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = "python-under-the-hood"


def build(site_dir: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs-offline.yml"),
                    "--site-dir", str(site_dir)], cwd=ROOT, env=env, check=True)


# Files only a web server uses: 404.html links its assets from the site's root URL (it
# must work at any missing path), so from file:// it could only show a broken page.
SERVER_ONLY = {"404.html", "sitemap.xml", "sitemap.xml.gz"}


def pack(site_dir: Path, zip_path: Path) -> int:
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file() and path.relative_to(site_dir).as_posix() not in SERVER_ONLY:
                zf.write(path, f"{FOLDER}/{path.relative_to(site_dir).as_posix()}")
    return zip_path.stat().st_size


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--site-dir", default=str(ROOT / "site-offline"))
    ap.add_argument("--zip", default=str(ROOT / "dist" / "python-under-the-hood-offline.zip"))
    args = ap.parse_args()
    site = Path(args.site_dir).resolve()
    build(site)
    size = pack(site, Path(args.zip).resolve())
    print(f"offline bundle: {args.zip} ({size / 1e6:.1f} MB); unzip it anywhere and open {FOLDER}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
