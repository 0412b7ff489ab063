"""Look at the memory just before an instance: GC links, then the dict and weakref slots.

On a 64-bit default build the pre-header of an ordinary class's instance is, from the
object's address downwards: _gc_prev (-8), _gc_next (-16), the managed dict pointer (-24)
and the weak reference list (-32).
"""
import ctypes
import gc
import weakref


class Plain:
    pass


# --8<-- [start:main]
def word(address):
    return ctypes.c_size_t.from_address(address).value

p = Plain()
p.x = 1
a = id(p)
print("tracked by the GC:", gc.is_tracked(p), "  _gc_next at -16 is set:", word(a - 16) != 0)
slot = word(a - 24)
print("slot at -24 before __dict__ is asked for:", f"tagged pointer, low bit {slot & 1}" if slot else "NULL")
d = p.__dict__
print("slot at -24 is now id(p.__dict__):", word(a - 24) == id(d))
print("slot at -32 before any weak reference:", "NULL" if word(a - 32) == 0 else "set")
r = weakref.ref(p)
print("slot at -32 is now id(weakref):", word(a - 32) == id(r))
# --8<-- [end:main]
