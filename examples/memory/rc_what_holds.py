"""Who holds a reference? Watch one object's exact count as places start to refer to it."""
import ctypes


def exact(address):
    """The count in the header, read without taking a reference to the object."""
    return ctypes.c_uint64.from_address(address).value & 0xFFFF_FFFF


class Box:
    pass


# --8<-- [start:holders]
obj = object()
addr = id(obj)
print("one global name             ", exact(addr))
alias = obj
print("+ a second name             ", exact(addr))
in_list = [obj, obj]
print("+ two slots of a list       ", exact(addr))
in_dict = {"key": obj}
print("+ a dict value              ", exact(addr))
box = Box()
box.attr = obj
print("+ an instance attribute     ", exact(addr))


def make_closure(value):
    return lambda: value                     # the closure's cell keeps `value`


closure = make_closure(obj)
print("+ a closure cell            ", exact(addr))


def generator(value):
    yield                                    # the suspended frame keeps `value`


gen = generator(obj)
next(gen)
print("+ a suspended frame's local ", exact(addr))
del alias, in_list, in_dict, box, closure, gen
print("after deleting all of those ", exact(addr))
# --8<-- [end:holders]

# --8<-- [start:stack]
# The value stack: an operand waiting on the stack while a call runs.
print("module level, obj on the stack:", [obj, exact(addr)][1])


def inside():
    local = object()
    where = id(local)
    print("function, local on the stack:  ", [local, exact(where)][1])


inside()
# --8<-- [end:stack]
