"""The switch interval: how long a thread waits before it asks the GIL holder to let go."""
import sys
import sysconfig

# --8<-- [start:interval]
print("switch interval:", sys.getswitchinterval(), "seconds")
print("  = microseconds:", round(sys.getswitchinterval() * 1_000_000))

old = sys.getswitchinterval()
sys.setswitchinterval(0.001)          # ask for hand-overs every millisecond instead
print("after setswitchinterval(0.001):", sys.getswitchinterval())
sys.setswitchinterval(old)
# --8<-- [end:interval]

# --8<-- [start:gil]
print("free-threaded build (Py_GIL_DISABLED):", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
if hasattr(sys, "_is_gil_enabled"):   # new in 3.13
    print("GIL enabled at run time:", sys._is_gil_enabled())
else:
    print("sys._is_gil_enabled: not in this version")
# --8<-- [end:gil]
