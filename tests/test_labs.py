"""Each part's lab (examples/<part>/lab/) passes its own tests on every declared interpreter."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import pythons  # noqa: E402

LABS = sorted(p for p in (ROOT / "examples").glob("*/lab") if p.is_dir())


def test_there_is_a_lab():
    assert LABS, "no lab found under examples/<part>/lab/"


@pytest.mark.parametrize("lab", LABS, ids=lambda p: p.relative_to(ROOT).as_posix())
@pytest.mark.parametrize("version", pythons.declared_versions())
def test_lab_passes_its_tests(lab, version):
    info = pythons.manifest(require=True)[version]
    # BENCH_PYTHON: how a lab starts the interpreter again (sys.executable is not enough
    # for the Debian builds, which run through their own loader; see scripts/pythons.py).
    proc = subprocess.run([info["command"], "-B", "-m", "unittest", "discover", "-s", str(lab), "-p", "test_*.py", "-v"],
                          cwd=lab, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "BENCH_PYTHON": info["command"]})
    assert proc.returncode == 0, f"{lab.relative_to(ROOT)} under CPython {info['exact']}:\n{proc.stderr}{proc.stdout}"
    assert "Ran 0 tests" not in proc.stderr, f"{lab.relative_to(ROOT)} has no tests"
