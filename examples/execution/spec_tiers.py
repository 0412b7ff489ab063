"""Tier 2 and the JIT in these builds: what is compiled in, what is switched on."""
import dis
import opcode
import os
import sys
import sysconfig

# --8<-- [start:build]
jit_flags = [arg.strip("'") for arg in (sysconfig.get_config_var("CONFIG_ARGS") or "").split()
             if "experimental-jit" in arg]
print("configure JIT option:", jit_flags or "none")
print("PYTHON_JIT set:", "PYTHON_JIT" in os.environ)
if hasattr(sys, "_jit"):                               # 3.14+
    print("sys._jit.is_available():", sys._jit.is_available())
    print("sys._jit.is_enabled():  ", sys._jit.is_enabled())
else:
    print("sys._jit: absent")
print("pystats build (sys._stats_on):", hasattr(sys, "_stats_on"))
# --8<-- [end:build]

# --8<-- [start:loop]
BITS = 3 if sys.version_info >= (3, 15) else 4


def total(n):
    t = 0
    for i in range(n):
        t += i
    return t


def backward_jump(func):
    code = func.__code__
    for ins in dis.get_instructions(code, adaptive=True):
        if ins.opname.startswith(("JUMP_BACKWARD", "ENTER_EXECUTOR")):
            if ins.opname.startswith("JUMP_BACKWARD") and "JUMP_BACKWARD" in opcode._cache_format:
                word = int.from_bytes(code._co_code_adaptive[ins.offset + 2: ins.offset + 4],
                                      sys.byteorder)
                return f"{ins.opname}, counter {word >> BITS}, backoff {word & ((1 << BITS) - 1)}"
            return f"{ins.opname}, no inline cache"


print("before any call:   ", backward_jump(total))
total(1_000_000)
print("after 10**6 loops: ", backward_jump(total))
names = {ins.opname for ins in dis.get_instructions(total, adaptive=True)}
print("ENTER_EXECUTOR in the code:", "ENTER_EXECUTOR" in names)
# --8<-- [end:loop]
