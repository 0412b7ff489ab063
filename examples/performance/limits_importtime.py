"""What an import pulls in: -X importtime's module tree, without its (varying) times."""
import os
import shlex
import subprocess
import sys

# The command that starts this interpreter again (the recorder sets BENCH_PYTHON).
PYTHON = shlex.split(os.environ.get("BENCH_PYTHON", "")) or [sys.executable]


# --8<-- [start:tree]
def imported_by(statement):
    """Modules that `statement` imports in a bare interpreter (-I -S), as -X importtime nests them."""
    def tree(code):
        err = subprocess.run(PYTHON + ["-I", "-S", "-X", "importtime", "-c", code],
                             capture_output=True, text=True, check=True).stderr
        rows = [line.split("|")[-1] for line in err.splitlines()
                if line.startswith("import time:") and "imported package" not in line]
        return [r[1:] for r in rows]             # "  name" with its nesting depth, times dropped
    startup = set(tree("pass"))
    return [row for row in tree(statement) if row not in startup]


for row in imported_by("import json"):
    print(row)
# --8<-- [end:tree]

# --8<-- [start:counts]
for statement in ("import json", "import asyncio", "import concurrent.futures"):
    print(f"{statement:<26} imports {len(imported_by(statement)):>3} modules")
# --8<-- [end:counts]

# --8<-- [start:lazy]
try:
    compile("lazy import json", "<lazy>", "exec")     # PEP 810 syntax
    print("'lazy import json' compiles: True")
except SyntaxError:
    print("'lazy import json' compiles: False")
# --8<-- [end:lazy]
