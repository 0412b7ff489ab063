"""The perf trampoline: which switches turn it on, per version, and what it writes for perf."""
import os
import subprocess
import sys

sys.path.insert(0, "lab")
from harness import python_command  # noqa: E402  (starts this interpreter again)

CHILD = r"""
import sys
def hot():
    return sum(range(10))
hot()
print(sys.is_stack_trampoline_active())
"""


def files_written(pid):
    """What the child left in /tmp for perf (read after it exited, then removed)."""
    found = []
    for kind, path in (("perf map", f"/tmp/perf-{pid}.map"), ("jitdump", f"/tmp/jit-{pid}.dump")):
        if os.path.exists(path):
            with open(path, "rb") as f:
                names_hot = b"py::hot:" in f.read()
            os.remove(path)
            found.append(f"{kind} naming py::hot: {names_hot}")
    return "; ".join(found) or "no file"


# --8<-- [start:main]
ways = [
    ("no option", [], {}),
    ("-X perf", ["-X", "perf"], {}),
    ("PYTHONPERFSUPPORT=1", [], {"PYTHONPERFSUPPORT": "1"}),
    ("-X perf_jit", ["-X", "perf_jit"], {}),
    ("PYTHON_PERF_JIT_SUPPORT=1", [], {"PYTHON_PERF_JIT_SUPPORT": "1"}),
]
for label, opts, extra in ways:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(extra)
    child = subprocess.Popen(python_command() + opts + ["-c", CHILD], env=env,
                             stdout=subprocess.PIPE, text=True)
    active = child.communicate()[0].strip()
    print(f"{label:<26} active={active:<5} {files_written(child.pid)}")
# --8<-- [end:main]

# --8<-- [start:jit]
probe = r"""
import sys
jit = getattr(sys, "_jit", None)
if not (jit and jit.is_enabled()):
    print("JIT not enabled in this build or run")
else:
    try:
        sys.activate_stack_trampoline("perf")
        print("trampoline activated alongside the JIT")
    except ValueError as e:
        print("ValueError:", e)
"""
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
env["PYTHON_JIT"] = "1"
print("PYTHON_JIT=1:", subprocess.run(python_command() + ["-c", probe], env=env,
                                        capture_output=True, text=True).stdout.strip())
# --8<-- [end:jit]
