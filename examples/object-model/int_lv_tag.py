"""Read lv_tag and the digits of real int objects from memory with ctypes.

Only decoded numbers are printed, never addresses. CPython-specific: id() is the
object's address, and the layout is the one in Include/cpython/longintrepr.h.
"""
import ctypes

# --8<-- [start:main]
TAG_AT = object.__basicsize__     # lv_tag follows ob_refcnt and ob_type
DIGITS_AT = int.__basicsize__     # ob_digit[] follows lv_tag
DIGIT = int.__itemsize__          # 4-byte digits


def read_int(n):
    address = id(n)
    tag = ctypes.c_size_t.from_address(address + TAG_AT).value
    count = tag >> 3
    digits = [ctypes.c_uint32.from_address(address + DIGITS_AT + DIGIT * i).value
              for i in range(count)]
    return tag, digits


# int(str(...)) builds each value at run time, so a value is the cached
# small int exactly when the interpreter's cache covers it.
values = [int(s) for s in ["0", "1", "-5", "256", "257", "1024", "1025"]]
values += [2**40, -(2**40), True, False]
print(f"{'value':>15} {'lv_tag':>6}  sign  small-int bit  digits")
for n in values:
    tag, digits = read_int(n)
    print(f"{n!r:>15} {tag:6}  {tag & 3:4}  {tag >> 2 & 1:13}  {digits}")
# --8<-- [end:main]
