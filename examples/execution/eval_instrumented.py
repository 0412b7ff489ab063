"""sys.monitoring rewrites instructions into INSTRUMENTED_* variants, and back."""
import dis
import sys

# --8<-- [start:main]
def work(x):
    return x + 1

def opnames(func):
    raw = func.__code__._co_code_adaptive
    return [dis._all_opname[raw[i]] for i in range(0, len(raw), 2)
            if not dis._all_opname[raw[i]].startswith("<")]

def instrumented(func):
    return sorted({name for name in opnames(func) if "INSTRUMENTED" in name})

mon = sys.monitoring
mon.use_tool_id(mon.PROFILER_ID, "demo")
mon.register_callback(mon.PROFILER_ID, mon.events.PY_START, lambda code, off: None)
mon.register_callback(mon.PROFILER_ID, mon.events.PY_RETURN, lambda code, off, ret: None)

work(1)
print("before:", instrumented(work))
mon.set_events(mon.PROFILER_ID, mon.events.PY_START | mon.events.PY_RETURN)
work(1)
print("during:", instrumented(work))
mon.set_events(mon.PROFILER_ID, 0)
work(1)
print("after: ", instrumented(work))
mon.free_tool_id(mon.PROFILER_ID)
# --8<-- [end:main]
