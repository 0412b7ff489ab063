"""The empty tuple: one static, immortal object that every empty tuple expression returns."""
import gc
import sys

# --8<-- [start:main]
def show(label, value):
    print(f"{label:26} {value}")

show("() is ():", eval("() is ()"))         # the compiler warns, then answers
empty = ()
t = tuple(range(3))
zero = 0
show("tuple() is ():", tuple() is empty)
show("tuple([]) is ():", tuple([]) is empty)
show("t[3:] is ():", t[3:] is empty)
show("t * 0 is ():", t * zero is empty)
show("sys.getrefcount(()):", f"{sys.getrefcount(empty)} = {sys.getrefcount(empty):#x}")
if hasattr(sys, "_is_immortal"):            # new in 3.14
    show("sys._is_immortal(()):", sys._is_immortal(empty))
else:
    show("sys._is_immortal(()):", "(no such function before 3.14)")
show("gc.is_tracked(()):", gc.is_tracked(empty))
show("sys.getsizeof(()):", sys.getsizeof(empty))
# Tuples are immutable, so some operations hand back the very same object:
show("tuple(t) is t:", tuple(t) is t)
show("t[:] is t:", t[:] is t)
show("t + () is t:", t + empty is t)
# ...but only the empty tuple is shared; equal non-empty tuples are separate objects:
show("tuple([1]) is tuple([1]):", tuple([1]) is tuple([1]))
# --8<-- [end:main]
