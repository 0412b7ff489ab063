"""CPython's probe sequence, in Python, checked against a real dict's index table."""
import ctypes

def word(address):
    return ctypes.c_ssize_t.from_address(address).value

def byte(address):
    return ctypes.c_uint8.from_address(address).value

def real_slots(d):
    """Map each key to the index-table slot that points at its entry."""
    k = word(id(d) + 32)
    size, index_bytes = 1 << byte(k + 8), 1 << byte(k + 9)
    first = k + 32 + index_bytes
    slots = {}
    for slot in range(size):
        ix = ctypes.c_int8.from_address(k + 32 + slot).value
        if ix >= 0:
            key = ctypes.cast(word(first + 24 * ix + 8), ctypes.py_object).value
            slots[key] = slot
    return slots

# --8<-- [start:main]
PERTURB_SHIFT = 5

def probes(h, mask):
    """Yield the slots CPython visits for hash h in a table of mask + 1 slots."""
    perturb = h & 0xFFFF_FFFF_FFFF_FFFF           # the hash as an unsigned size_t
    i = perturb & mask
    while True:
        yield i
        perturb >>= PERTURB_SHIFT
        i = (i * 5 + perturb + 1) & mask

def predict(keys, mask):
    """Insert keys into a model table: each takes the first free slot it probes."""
    used, where = set(), {}
    for key in keys:
        for step, slot in enumerate(probes(hash(key), mask)):
            if slot not in used:
                used.add(slot)
                where[key] = (slot, step)
                break
    return where

gen = probes(0, 7)
print("hash 0, 8 slots: ", [next(gen) for _ in range(9)])

keys = [0, 8, 16, 24, 2**40]                      # every hash ends in 000
d = dict.fromkeys(keys)
model = predict(keys, 7)
for key in keys:
    slot, step = model[key]
    print(f"key {key:>13}: hash & 7 = {hash(key) & 7}, slot {slot} after {step} collision(s)")
print("model matches the real index table:", {k: s for k, (s, _) in model.items()} == real_slots(d))
# --8<-- [end:main]
