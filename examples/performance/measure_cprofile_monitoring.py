"""What cProfile is made of on each version: a sys.monitoring tool, and (3.15) a new home."""
import cProfile
import sys

mon = sys.monitoring

# --8<-- [start:tool]
prof = cProfile.Profile()
print("tool before enable():", mon.get_tool(mon.PROFILER_ID))
prof.enable()
name = mon.get_tool(mon.PROFILER_ID)
events = mon.get_events(mon.PROFILER_ID)
prof.disable()
print("tool while enabled:  ", name)
print("tool after disable():", mon.get_tool(mon.PROFILER_ID))
names = sorted(n for n in dir(mon.events)
               if n.isupper() and n != "NO_EVENTS" and getattr(mon.events, n) & events
               and getattr(mon.events, n).bit_count() == 1)
print("events it listens to:", ", ".join(names))
# --8<-- [end:tool]

# --8<-- [start:home]
print("cProfile.Profile is defined in:", cProfile.Profile.__module__)
print("its base class:", cProfile.Profile.__mro__[1].__module__ + "." + cProfile.Profile.__mro__[1].__qualname__)
try:
    import profiling
    print("profiling package:", ", ".join(profiling.__all__))
except ImportError:
    print("profiling package: (not in this version)")
# --8<-- [end:home]
