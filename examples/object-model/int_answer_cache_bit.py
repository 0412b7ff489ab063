"""Exercise answer: find the small-int cache from lv_tag's bit 2 alone, without `is`."""
import ctypes

TAG_AT = object.__basicsize__


def small_int_bit(n):
    return ctypes.c_size_t.from_address(id(n) + TAG_AT).value >> 2 & 1


flagged = [n for n in range(-20, 2000) if small_int_bit(int(str(n)))]
if flagged:
    print(f"bit 2 set for {flagged[0]} .. {flagged[-1]} ({len(flagged)} values)")
else:
    print("bit 2 is never set: this version does not mark its small ints in lv_tag")
print("True:", small_int_bit(True), " False:", small_int_bit(False))
