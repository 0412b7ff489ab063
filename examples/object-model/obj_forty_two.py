"""What 42 physically is: one element of a static array of small ints inside the runtime.

Reads raw memory with ctypes. Safe here because every address read belongs to a live
int; on a 64-bit default (GIL) build an int is ob_refcnt, ob_type, lv_tag, ob_digit[].
"""
import ctypes
import sys
import tracemalloc

# --8<-- [start:main]
def read(address, ctype=ctypes.c_size_t):
    return ctype.from_address(address).value

n = 42
print("sys.getsizeof(42):", sys.getsizeof(n), " int.__basicsize__:", int.__basicsize__,
      " int.__itemsize__:", int.__itemsize__, " bits per digit:", sys.int_info.bits_per_digit)

lv_tag = read(id(n) + 16)                       # the field after ob_type
print(f"lv_tag = {lv_tag}: {lv_tag >> 3} digit(s), sign bits {lv_tag & 3}, "
      f"small-int bit {lv_tag >> 2 & 1}")
print("ob_digit[0] =", read(id(n) + 24, ctypes.c_uint32))

print("id(43) - id(42) =", id(43) - id(42), "bytes")
runtime = ctypes.addressof(ctypes.c_char.in_dll(ctypes.pythonapi, "_PyRuntime"))
print("42 sits inside the _PyRuntime structure, at offset", id(n) - runtime)

base = id(-5)
in_array = [i for i in range(-10, 2000) if id(int(str(i))) == base + 32 * (i + 5)]
print("ints that live in that array:", in_array[0], "to", in_array[-1])
# --8<-- [end:main]

# --8<-- [start:heap]
cells = [None] * 100
tracemalloc.start()
for i in range(100):
    cells[i] = 10**6 + i                      # one-digit ints outside the cache  <- measured
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
line = next(n for n, text in enumerate(open(__file__), 1) if text.rstrip().endswith("<- measured"))
sizes = {trace.size for trace in snapshot.traces if trace.traceback[0].lineno == line}
print("sys.getsizeof(10**6):", sys.getsizeof(10**6), "  bytes requested per new int:", sorted(sizes))
# --8<-- [end:heap]
