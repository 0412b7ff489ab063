"""What starting the interpreter imports: -X importtime, read for module names only (no times)."""
import os
import shlex
import subprocess
import sys

PYTHON = shlex.split(os.environ["BENCH_PYTHON"]) if os.environ.get("BENCH_PYTHON") else [sys.executable]


# --8<-- [start:main]
def imported(*args):
    """Names of the modules a fresh interpreter imports while running `python <args>`."""
    err = subprocess.run(PYTHON + ["-X", "importtime", *args], capture_output=True, text=True).stderr
    rows = [line.split("|") for line in err.splitlines() if line.startswith("import time:")]
    return [r[2].strip() for r in rows[1:]]          # rows[0] is the column header


base = imported("-I", "-S", "-c", "pass")            # isolated, and no site module
print("python -I -S -c pass imports", len(base), "modules")
for stmt in ("import json", "import asyncio"):
    extra = [m for m in imported("-I", "-S", "-c", stmt) if m not in base]
    print(f"python -I -S -c {stmt!r:16} imports {len(extra)} more")
# --8<-- [end:main]
print("imported before any code runs:", ", ".join(sorted(base)))
