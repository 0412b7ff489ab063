"""How many bytecode instructions each way of summing executes: Python loop vs one call into C."""
import math
import sys

mon = sys.monitoring
TOOL = mon.PROFILER_ID
DATA = [float(i) for i in range(1_000)]


# --8<-- [start:ways]
def loop_sum(data):
    total = 0.0
    for x in data:
        total += x
    return total

def builtin_sum(data):
    return sum(data)

def fsum(data):
    return math.fsum(data)
# --8<-- [end:ways]


def instructions(func, arg):
    """Run func(arg) once with an INSTRUCTION event on its code object; count the events."""
    count = 0

    def on_instruction(code, offset):
        nonlocal count
        count += 1

    mon.use_tool_id(TOOL, "counter")
    mon.register_callback(TOOL, mon.events.INSTRUCTION, on_instruction)
    mon.set_local_events(TOOL, func.__code__, mon.events.INSTRUCTION)
    try:
        result = func(arg)
    finally:
        mon.set_local_events(TOOL, func.__code__, 0)
        mon.register_callback(TOOL, mon.events.INSTRUCTION, None)
        mon.free_tool_id(TOOL)
    return count, result


for n in (10, 1_000):
    for func in (loop_sum, builtin_sum, fsum):
        count, result = instructions(func, DATA[:n])
        print(f"{func.__name__:<12} {n:>5} floats: {count:>5} instructions, result {result}")
