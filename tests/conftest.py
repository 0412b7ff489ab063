"""Shared fixtures: the two builds of the book (online and offline), a local server, and a browser.

A missing browser is a failure that says how to install it, never a skip.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import fixture_site  # noqa: E402
import offline  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


def mkdocs_build(config: Path, site_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "--site-dir", str(site_dir)],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="session")
def online_build(tmp_path_factory):
    site = tmp_path_factory.mktemp("online") / "site"
    proc = mkdocs_build(ROOT / "mkdocs.yml", site)
    assert proc.returncode == 0, f"mkdocs build --strict failed:\n{proc.stdout}\n{proc.stderr}"
    return site, proc


@pytest.fixture(scope="session")
def offline_build(tmp_path_factory):
    """The offline zip, unzipped into a folder whose path has spaces, as a reader would."""
    tmp = tmp_path_factory.mktemp("offline")
    site = tmp / "site-offline"
    proc = mkdocs_build(ROOT / "mkdocs-offline.yml", site)
    assert proc.returncode == 0, f"offline build failed:\n{proc.stdout}\n{proc.stderr}"
    zip_path = tmp / "book.zip"
    offline.pack(site, zip_path)
    target = tmp / "my downloads" / "book copy"
    target.mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(target)
    return target / offline.FOLDER, proc


@pytest.fixture(scope="session")
def server(online_build, tmp_path_factory):
    """The online build served under the path of its site_url (404.html links assets absolutely)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    site_url = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=Loader)["site_url"]
    prefix = "/" + site_url.split("://", 1)[1].split("/", 1)[1] if site_url.count("/") > 3 else "/"
    root = tmp_path_factory.mktemp("webroot")
    mount = root / prefix.strip("/") if prefix.strip("/") else root
    if mount != root:
        mount.parent.mkdir(parents=True, exist_ok=True)
        mount.symlink_to(online_build[0], target_is_directory=True)
        with fixture_site.serve(root) as url:
            yield url + prefix.strip("/") + "/"
    else:
        with fixture_site.serve(online_build[0]) as url:
            yield url


@pytest.fixture(scope="session")
def browser():
    exe = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not exe:
        pytest.fail("the browser tests need Chromium: install it with `apt-get install chromium` "
                    "(or set CHROMIUM=/path/to/chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


def built_pages(site: Path) -> list[str]:
    """Every HTML page of a build, relative to the site root (404.html included: readers land on it)."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
