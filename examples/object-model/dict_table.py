"""The index table and the entries array of a small dict, read from memory."""
import ctypes

def word(address):
    return ctypes.c_ssize_t.from_address(address).value

def byte(address):
    return ctypes.c_uint8.from_address(address).value

# --8<-- [start:main]
def table(d):
    """Return (indices, entries) of a combined dict with non-str keys."""
    k = word(id(d) + 32)                          # ma_keys
    size = 1 << byte(k + 8)                       # dk_log2_size
    index_bytes = 1 << byte(k + 9)                # dk_log2_index_bytes
    indices = [ctypes.c_int8.from_address(k + 32 + i).value for i in range(size)]
    entries, first = [], k + 32 + index_bytes     # dk_entries follows dk_indices
    for i in range(word(k + 24)):                 # dk_nentries
        me_hash, me_key = word(first + 24 * i), word(first + 24 * i + 8)
        key = ctypes.cast(me_key, ctypes.py_object).value if me_key else None
        entries.append((me_hash, key))
    return indices, entries, word(k + 16)         # dk_usable

def show(label, d):
    indices, entries, usable = table(d)
    print(label)
    print("  dk_indices:", indices)
    print("  dk_entries:", entries, " usable:", usable, " len:", len(d))

d = {10: "ten", 3: "three", 21: "twenty-one"}
show("after inserting 10, 3, 21:", d)
del d[3]
show("after del d[3]:", d)
d[5] = "five"
show("after d[5] = 'five':", d)
print("iteration order:", list(d))
# --8<-- [end:main]
