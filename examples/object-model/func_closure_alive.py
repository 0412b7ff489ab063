"""A closure keeps its cells alive after the defining call has returned."""
import gc
import weakref

class Payload:
    """A small object we can watch with a weak reference."""

# --8<-- [start:alive]
watch = {}

def outer():
    kept = Payload()         # used by inner(): becomes a cell
    dropped = Payload()      # an ordinary local
    watch["kept"] = weakref.ref(kept)
    watch["dropped"] = weakref.ref(dropped)
    def inner():
        return kept
    return inner

fn = outer()                 # outer's frame is finished and gone
print("after outer() returned: kept alive?", watch["kept"]() is not None,
      "| dropped alive?", watch["dropped"]() is not None)
cell = fn.__closure__[0]
print("path: fn.__closure__ is a", type(fn.__closure__).__name__,
      "-> its item is a", type(cell).__name__,
      "-> cell_contents is kept:", cell.cell_contents is watch["kept"]())
del fn, cell
print("after del fn: kept alive?", watch["kept"]() is not None)
# --8<-- [end:alive]

# --8<-- [start:cycle]
gc.disable()                 # no automatic collection: only gc.collect() below
def make_countdown():
    data = Payload()
    watch["data"] = weakref.ref(data)
    def countdown(n):
        return data if n == 0 else countdown(n - 1)   # refers to itself
    return countdown

f = make_countdown()
print("countdown's free variables:", f.__code__.co_freevars)
print("its own cell holds it:", f.__closure__[0].cell_contents is f)
del f
print("after del f: data alive?", watch["data"]() is not None)
print("gc.collect() found something:", gc.collect() > 0,
      "| data alive?", watch["data"]() is not None)
gc.enable()
# --8<-- [end:cycle]
