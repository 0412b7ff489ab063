"""Exercise: does an interned string outlive its last reference?"""
import sys

x = sys.intern("".join(["ephemeral", "_key"]))
first = id(x)
del x                                          # the last reference outside the interned table

y = "".join(["ephemeral", "_key"])             # a fresh, equal string
z = sys.intern(y)
print("sys.intern(y) returned y itself:", z is y)
print("so the earlier interned copy was", "gone" if z is y else "still there")
