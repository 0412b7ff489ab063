#!/usr/bin/env python3
"""Vendor the few front-end files the site and its tests need, so that no page ever loads
anything off the site and the tests run without a network.

    python3 scripts/vendor.py           # fetch the pinned versions from npm (`npm pack`), write them
    python3 scripts/vendor.py --check   # verify the committed files against the manifests (offline)

Two folders, each with its manifest.json (package, version, and for each file its path inside
the npm tarball and its SHA-256):
    docs/assets/vendor/   served with the book (Mermaid, the offline search shim)
    tests/vendor/         used only by the test suite (axe-core), never published
To upgrade, change a version in a manifest and run this script; review the diff. The test
suite runs --check.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "docs" / "assets" / "vendor"
MANIFEST = VENDOR / "manifest.json"
FOLDERS = [VENDOR, ROOT / "tests" / "vendor"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check(folders: list[Path] | None = None) -> list[str]:
    problems = []
    for folder in folders or FOLDERS:
        problems += check_folder(folder)
    return problems


def check_folder(vendor_dir: Path) -> list[str]:
    manifest = json.loads((vendor_dir / "manifest.json").read_text())
    shown = vendor_dir.relative_to(ROOT).as_posix() if vendor_dir.is_relative_to(ROOT) else str(vendor_dir)
    problems = []
    listed = set()
    for name, pkg in manifest["packages"].items():
        for dest, meta in pkg["files"].items():
            listed.add(dest)
            path = vendor_dir / dest
            if not path.is_file():
                problems.append(f"{shown}/{dest}: missing (package {name}@{pkg['version']}); run `make vendor`")
            elif sha256(path) != meta["sha256"]:
                problems.append(
                    f"{shown}/{dest}: does not match {name}@{pkg['version']} {meta['from']} "
                    f"(sha256 {sha256(path)[:12]}..., manifest {meta['sha256'][:12]}...); run `make vendor`")
    for path in vendor_dir.rglob("*"):
        rel = path.relative_to(vendor_dir).as_posix()
        if path.is_file() and rel != "manifest.json" and rel not in listed:
            problems.append(f"{shown}/{rel}: not listed in manifest.json")
    return problems


def fetch() -> None:
    for folder in FOLDERS:
        fetch_folder(folder)


def fetch_folder(vendor_dir: Path) -> None:
    manifest_path = vendor_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    shown = vendor_dir.relative_to(ROOT).as_posix()
    with tempfile.TemporaryDirectory() as tmp:
        for name, pkg in manifest["packages"].items():
            spec = f"{name}@{pkg['version']}"
            out = subprocess.run(["npm", "pack", "--silent", spec], cwd=tmp, capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"npm pack {spec} failed:\n{out.stderr}")
            tgz = Path(tmp) / out.stdout.strip().splitlines()[-1]
            with tarfile.open(tgz) as tar:
                for dest, meta in pkg["files"].items():
                    member = tar.extractfile(f"package/{meta['from']}")
                    if member is None:
                        sys.exit(f"{spec} has no file {meta['from']}")
                    target = vendor_dir / dest
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(member.read())
                    meta["sha256"] = sha256(target)
                    print(f"  {spec}: {meta['from']} -> {shown}/{dest}")
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        problems = check()
        for p in problems:
            print(f"error: {p}", file=sys.stderr)
        print(f"vendored files: {len(problems)} problems")
        return 1 if problems else 0
    fetch()
    return 0


if __name__ == "__main__":
    sys.exit(main())
