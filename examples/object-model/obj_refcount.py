"""What sys.getrefcount reports for an object that has exactly one name."""
import ctypes
import sys

# --8<-- [start:main]
def count_in_header(obj):
    return ctypes.c_uint64.from_address(id(obj)).value & 0xFFFF_FFFF

x = object()                      # one reference: the module global x
print("sys.getrefcount(x):", sys.getrefcount(x))
print("header of x       :", count_in_header(x))
y = x                             # a second name for the same object
print("after y = x       :", sys.getrefcount(x))
del y
print("after del y       :", sys.getrefcount(x))
# --8<-- [end:main]

# --8<-- [start:function]
def inside_a_function():
    local = object()              # one reference: the local variable
    return sys.getrefcount(local)

print("inside a function :", inside_a_function())
# --8<-- [end:function]
