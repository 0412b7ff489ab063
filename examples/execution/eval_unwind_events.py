"""Watch an exception unwind through three frames with sys.monitoring."""
import sys

# --8<-- [start:main]
mon = sys.monitoring
TOOL = mon.DEBUGGER_ID
E = mon.events
mon.use_tool_id(TOOL, "unwind-demo")

def report(event):
    def callback(code, offset, exc):
        if code.co_name in ("level1", "level2", "level3"):
            print(f"{event:17} in {code.co_name} at offset {offset}: {exc!r}")
    return callback

for name in ("RAISE", "PY_UNWIND", "EXCEPTION_HANDLED", "RERAISE"):
    mon.register_callback(TOOL, getattr(E, name), report(name))

def level3():
    raise KeyError("missing")

def level2():
    level3()

def level1():
    try:
        level2()
    except KeyError:
        return "handled"

mon.set_events(TOOL, E.RAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED | E.RERAISE)
print("result:", level1())
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
# --8<-- [end:main]
