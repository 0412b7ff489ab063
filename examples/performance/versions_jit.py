"""Start this interpreter twice, with PYTHON_JIT=0 and PYTHON_JIT=1, and ask what a hot loop became."""
import os
import shlex
import subprocess
import sys

# The recorder and scripts/bench.py put the command that starts this interpreter in
# BENCH_PYTHON; sys.executable is the fallback when you run the file yourself.
PYTHON = shlex.split(os.environ["BENCH_PYTHON"]) if os.environ.get("BENCH_PYTHON") else [sys.executable]

# --8<-- [start:child]
CHILD = r'''
import dis, sys
def hot(n):
    total = 0
    for i in range(n):
        total += i
    return total
hot(100_000)                                  # far past every warm-up threshold
jit = getattr(sys, "_jit", None)
print("  sys._jit:", "absent" if jit is None else
      f"available={jit.is_available()} enabled={jit.is_enabled()}")
names = {i.opname for i in dis.get_instructions(hot, adaptive=True)}
print("  loop jump:", sorted(n for n in names if n.startswith("JUMP_BACKWARD")))
# dis shows the instruction an executor replaced; the raw bytes show ENTER_EXECUTOR
code, enter = hot.__code__, dis.opmap.get("ENTER_EXECUTOR")
raw = code._co_code_adaptive
at = [i for i in range(0, len(raw), 2) if raw[i] == enter]
print("  executors:", len(at))
if at:
    import _opcode
    ex = _opcode.get_executor(code, at[0])
    uops = [ex[k][0] for k in range(len(ex))]
    print("  its loop as micro-ops:", " ".join(uops[:uops.index("_JUMP_TO_TOP") + 1]))
'''
# --8<-- [end:child]

for value in ("0", "1"):
    env = {**os.environ, "PYTHON_JIT": value}
    out = subprocess.run(PYTHON + ["-S", "-c", CHILD], env=env, capture_output=True, text=True)
    print(f"PYTHON_JIT={value}")
    print(out.stdout + out.stderr, end="")
