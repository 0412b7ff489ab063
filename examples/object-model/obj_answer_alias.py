"""Exercise answer: storing an object in a container adds one reference to it."""
import ctypes

# --8<-- [start:main]
def count(obj):
    return ctypes.c_uint64.from_address(id(obj)).value & 0xFFFF_FFFF

data = [1, 2, 3]
before = count(data)
holder = [data, data]
print("references added by holder:", count(data) - before)
holder.clear()
print("after holder.clear()       :", count(data) - before)
# --8<-- [end:main]
