"""Frames since 3.11: an internal record per call, and a Python frame object only on request."""
import sys


# --8<-- [start:main]
def probe():
    x = 1
    first = sys._getframe()          # asks for this call's frame object
    second = sys._getframe()         # asks again, in the same call
    return first is second, type(first.f_locals).__name__


same, locals_type = probe()
print("same frame object both times:", same)
print("f_locals of a function frame is a", locals_type)
print("the module's frame has no caller:", sys._getframe(0).f_back is None)
# --8<-- [end:main]
