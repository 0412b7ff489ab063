"""Exercise: dicts sized from a known count, and after deletions, per version."""
import ctypes
import sys

def word(address):
    return ctypes.c_ssize_t.from_address(address).value

def slots(d):
    return 1 << ctypes.c_uint8.from_address(word(id(d) + 32) + 8).value

src = set(range(21))
d = dict.fromkeys(src)                       # presized for 21 items
print("dict.fromkeys(set of 21): slots", slots(d), " getsizeof", sys.getsizeof(d))

d = dict.fromkeys(range(5))                  # 8 slots, 5 usable
for k in range(4):
    del d[k]
for k in range(5, 9):
    d[k] = None                              # the 5th insertion into the entries array resizes
print("1 survivor + 4 new keys: slots", slots(d), " getsizeof", sys.getsizeof(d))

mixed = {"a": 1}
mixed[2] = "b"                               # str table converted for an int key
print("{'a': 1} then [2]: slots", slots(mixed), " getsizeof", sys.getsizeof(mixed))
