"""Build a throwaway site with the book's real configuration and hooks, for bad-input fixtures.

The fixture config INHERITs the book's mkdocs.yml and replaces only what must point
elsewhere (docs_dir, site_dir, nav; hooks and theme folder as absolute paths), so a
fixture fails or passes exactly as a contributor's page would.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def build(tmp: Path, pages: dict[str, str], nav: list | None = None, offline: bool = False) -> subprocess.CompletedProcess:
    docs = tmp / "docs"
    for rel, text in pages.items():
        p = docs / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    # the book's assets (vendored Mermaid, the book's scripts and styles), shared, not copied
    (docs / "assets").symlink_to(ROOT / "docs" / "assets", target_is_directory=True)
    if nav is None:
        nav = sorted(pages)
    nav_yaml = "\n".join(f"  - {entry}" for entry in nav)
    hooks = f"  - {ROOT / 'overrides' / 'hooks' / 'book.py'}"
    config = tmp / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / ('mkdocs-offline.yml' if offline else 'mkdocs.yml')}\n"
        f"docs_dir: {docs}\n"
        f"site_dir: {tmp / 'site'}\n"
        f"theme:\n  name: material\n  custom_dir: {ROOT / 'overrides'}\n"
        f"hooks:\n{hooks}\n"
        f"nav:\n{nav_yaml}\n",
        encoding="utf-8",
    )
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=300,
    )


def page(body: str, description: str = "A fixture page.") -> str:
    return f"---\ndescription: {description}\n---\n\n{body}\n"


class serve:
    """Serve a built site over http://127.0.0.1 for the duration of a with-block."""

    def __init__(self, directory: Path):
        import functools
        import http.server
        import threading

        handler = functools.partial(_QuietHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        return self.url

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _quiet_handler_base():
    import http.server
    return http.server.SimpleHTTPRequestHandler


class _QuietHandler(_quiet_handler_base()):
    def log_message(self, *args) -> None:
        pass
