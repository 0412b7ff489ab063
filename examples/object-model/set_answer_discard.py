"""Exercise: a set never shrinks on discard; it rebuilds when an add crosses 3/5 full."""
import ctypes
import sys

def word(address):
    return ctypes.c_ssize_t.from_address(address).value

def fields(s):
    return {"fill": word(id(s) + 16), "used": word(id(s) + 24), "slots": word(id(s) + 32) + 1}

def slot_of(s, key):
    """The index of the table slot that holds key."""
    table = word(id(s) + 40)
    return next(i for i in range(word(id(s) + 32) + 1)
                if word(table + 16 * i) == id(key))

s = set(range(18))
print("18 items:             ", fields(s), sys.getsizeof(s))
for x in range(15):
    s.discard(x)
print("15 discarded:         ", fields(s), sys.getsizeof(s))
s.add(100)                     # 100 & 31 == 4, a dummy: a dummy is reused, fill stays 18
print("add 100 (home slot 4):", fields(s), sys.getsizeof(s), " stored in slot", slot_of(s, 100))
s.add(50)                      # 50 & 31 == 18: a never-used slot, fill becomes 19
print("add 50 (home slot 18):", fields(s), sys.getsizeof(s))
