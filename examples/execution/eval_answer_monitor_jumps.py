"""Exercise answer: count the backward jumps of a loop with sys.monitoring."""
import sys

# --8<-- [start:main]
mon = sys.monitoring
TOOL = mon.OPTIMIZER_ID
mon.use_tool_id(TOOL, "jump-counter")
jumps = []

def on_jump(code, src, dest):
    if code.co_name == "loop":
        jumps.append((src, dest))

mon.register_callback(TOOL, mon.events.JUMP, on_jump)

def loop():
    total = 0
    for i in range(5):
        total += i
    return total

mon.set_events(TOOL, mon.events.JUMP)
loop()
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
print("JUMP events:", len(jumps), "| backward:", all(d < s for s, d in jumps))
# --8<-- [end:main]
