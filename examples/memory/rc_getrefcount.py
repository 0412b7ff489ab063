"""What sys.getrefcount reports, next to the exact count read from the object header."""
import ctypes
import sys


def exact(address):
    """The reference count stored in the header, read without taking a reference."""
    return ctypes.c_uint64.from_address(address).value & 0xFFFF_FFFF


def show(label, reported, true_count):
    print(f"{label:34} getrefcount={reported}  header={true_count}  "
          f"difference={reported - true_count:+d}")


# --8<-- [start:main]
x = object()                                   # module level: one global name
show("fresh object, module level", sys.getrefcount(x), exact(id(x)))

items = [object()]                             # only the list refers to the item
show("list item, module level", sys.getrefcount(items[0]), exact(id(items[0])))

print(f"{'temporary, never named':34} getrefcount={sys.getrefcount(object())}  (no name holds it)")


def in_a_function():
    local = object()                           # one local variable
    show("fresh object, local variable", sys.getrefcount(local), exact(id(local)))
    kept = [object()]
    show("list item, inside a function", sys.getrefcount(kept[0]), exact(id(kept[0])))


in_a_function()
# --8<-- [end:main]

# --8<-- [start:two_names]
def callee(param):
    return sys.getrefcount(param), exact(id(param))


def caller():
    obj = object()                             # a local in the caller ...
    reported, true_count = callee(obj)         # ... and a parameter in the callee
    show("two names in two frames", reported, true_count)


caller()
# --8<-- [end:two_names]

# --8<-- [start:bytecode]
import dis


def probe_local():
    local = object()
    return sys.getrefcount(local)


loads = [i.opname for i in dis.get_instructions(probe_local)
         if i.opname.startswith("LOAD") and i.argval == "local"]
print("the argument is pushed by:", loads)
# --8<-- [end:bytecode]
