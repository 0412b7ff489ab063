"""Where set elements land: linear probing in big tables, not in the 8-slot smalltable."""
import ctypes

def word(address):
    return ctypes.c_ssize_t.from_address(address).value

def real_slots(s):
    """Read the setentry table (key, hash: 16 bytes each) and map key -> slot."""
    table, mask = word(id(s) + 40), word(id(s) + 32)
    slots = {}
    for i in range(mask + 1):
        key = word(table + 16 * i)
        if key:
            slots[ctypes.cast(key, ctypes.py_object).value] = i
    return slots

# --8<-- [start:main]
LINEAR_PROBES, PERTURB_SHIFT = 9, 5

def set_probes(h, mask):
    """Yield the slots set_add_entry visits for hash h (mask + 1 slots)."""
    perturb = h & 0xFFFF_FFFF_FFFF_FFFF
    i = perturb & mask
    while True:
        steps = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
        for j in range(steps + 1):                  # slot i, then up to 9 neighbours
            yield i + j
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + 1 + perturb) & mask

def predict(keys, mask):
    taken, where = set(), {}
    for key in keys:
        where[key] = next(s for s in set_probes(hash(key), mask) if s not in taken)
        taken.add(where[key])
    return where

small = {0, 8, 16}                                   # 8 slots: mask 7
big = set(range(100, 110)) | {0, 32, 64, 96}          # 32 slots: mask 31
big -= set(range(100, 110))                          # keep the 32-slot table
for name, s, keys in (("small", small, [0, 8, 16]), ("big", big, [0, 32, 64, 96])):
    mask = word(id(s) + 32)
    print(f"{name}: {mask + 1} slots, real slots {real_slots(s)}")
    print(f"{'':>{len(name) + 2}}model predicts  {predict(keys, mask)}")
print("iteration follows the slots:", list(big))
# --8<-- [end:main]
