"""Shared fixtures: the two builds of the book (online and offline), a local server, and a browser.

- online_build:  `mkdocs build --strict` of mkdocs.yml into a temporary folder, output captured.
- offline_build: `mkdocs build --strict` of mkdocs-offline.yml, packed by scripts/offline.py's own
                 pack() and unzipped into a folder whose path has spaces ("my downloads/book copy"),
                 the way a reader would.
- server:        the online build over http://127.0.0.1:<free port>, under the path of site_url (/book/).
- browser:       one headless Chromium for the whole session. A missing browser is a failure that
                 says how to install it, never a skip.
"""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import browser_util  # noqa: E402
import fixture_site  # noqa: E402
import offline  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", browser_util.CHROMIUM)
CHROMIUM_ARGS = browser_util.CHROMIUM_ARGS
built_pages = browser_util.built_pages  # kept importable from conftest for the other test modules


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
    """The offline zip, unzipped into a folder whose path has spaces, as a reader would. -> (folder, build output)"""
    tmp = tmp_path_factory.mktemp("offline")
    site = tmp / "site-offline"
    # scripts/offline.py's build() lets mkdocs print to the terminal; the tests need the output to
    # count warnings, so they run the same command and then use the script's own pack().
    proc = mkdocs_build(ROOT / "mkdocs-offline.yml", site)
    assert proc.returncode == 0, f"offline build failed:\n{proc.stdout}\n{proc.stderr}"
    zip_path = tmp / "python-under-the-hood-offline.zip"
    offline.pack(site, zip_path)
    target = tmp / "my downloads" / "book copy"
    target.mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        assert names and all(n.startswith(offline.FOLDER + "/") for n in names), \
            f"the zip must hold exactly one folder, {offline.FOLDER}/: {names[:5]}"
        zf.extractall(target)
    folder = target / offline.FOLDER
    assert " " in str(folder)
    return folder, proc


def _site_prefix() -> str:
    """The path part of site_url ("/book/"), read without executing the config's python tags."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    site_url = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader).get("site_url") or "/"
    path = "/" + site_url.split("://", 1)[-1].split("/", 1)[1] if "/" in site_url.split("://", 1)[-1] else "/"
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


@pytest.fixture(scope="session")
def server(online_build, tmp_path_factory):
    """The online build over http://127.0.0.1:<free port>, mounted under site_url's path, as GitHub Pages
    serves it (404.html links its assets from that absolute path). Yields the site's base URL."""
    prefix = _site_prefix()
    if prefix == "/":
        with fixture_site.serve(online_build[0]) as url:
            yield url
        return
    root = tmp_path_factory.mktemp("webroot")
    mount = root / prefix.strip("/")
    mount.parent.mkdir(parents=True, exist_ok=True)
    mount.symlink_to(online_build[0], target_is_directory=True)
    with fixture_site.serve(root) as url:
        yield url + prefix.lstrip("/")


@pytest.fixture(scope="session")
def browser():
    exe = browser_util.chromium_executable(CHROMIUM)
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        except Error as e:
            pytest.fail(f"Chromium at {exe} does not start ({e}); {browser_util.INSTALL_HINT}", pytrace=False)
        yield b
        b.close()
