"""sys.getsizeof of a dict as items are added one at a time, with the rule behind it."""
import ctypes
import sys

def word(address):
    return ctypes.c_ssize_t.from_address(address).value

def byte(address):
    return ctypes.c_uint8.from_address(address).value

# --8<-- [start:main]
GC_HEADER, DICT_OBJECT, KEYS_HEADER = 16, dict.__basicsize__, 32

def predicted_size(log2_size, entry_size):
    """GC header + PyDictObject + the keys block that new_keys_object allocates."""
    size = 1 << log2_size
    usable = (size << 1) // 3                         # USABLE_FRACTION
    index_bytes = size * (1 if log2_size < 8 else 2 if log2_size < 16 else 4)
    return GC_HEADER + DICT_OBJECT + KEYS_HEADER + index_bytes + entry_size * usable

for label, make_key, entry_size in (("int keys", int, 24), ("str keys", str, 16)):
    d, last, rows, rule_holds = {}, None, [], True
    for i in range(1000):
        d[make_key(i)] = i
        log2_size = byte(word(id(d) + 32) + 8)        # ma_keys->dk_log2_size
        rule_holds &= sys.getsizeof(d) == predicted_size(log2_size, entry_size)
        if sys.getsizeof(d) != last:
            last = sys.getsizeof(d)
            rows.append((len(d), 1 << log2_size, last))
    print(f"{label}: grew when len became", [n for n, _, _ in rows])
    print("   table slots:", [s for _, s, _ in rows])
    print("   getsizeof:  ", [b for _, _, b in rows])
    print("   size formula holds at every step:", rule_holds)
print("sys.getsizeof({}) =", sys.getsizeof({}))
# --8<-- [end:main]
