"""Equal strings built at run time are separate objects until sys.intern() shares them."""
import sys
import tracemalloc

N = 10_000


def field_name(i):
    return "".join(["sta", "tus"])   # built at run time, like text read from a file


# --8<-- [start:share]
a, b = field_name(0), field_name(1)
print("equal:", a == b, "- same object:", a is b)
a, b = sys.intern(a), sys.intern(b)
print("after sys.intern, same object:", a is b, "- and the literal:", a is sys.intern("status"))


def traced(make):
    tracemalloc.start()
    result = make()
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return result, size


plain, plain_size = traced(lambda: [field_name(i) for i in range(N)])
shared, shared_size = traced(lambda: [sys.intern(field_name(i)) for i in range(N)])
print("distinct objects:", len({id(s) for s in plain}), "vs", len({id(s) for s in shared}))
print("bytes per string (list slot included):", plain_size // N, "vs", shared_size // N)
# --8<-- [end:share]
