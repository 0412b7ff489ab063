"""Exercise: the probe model for a 16-slot table and keys that all start at slot 0."""
import ctypes

def word(address):
    return ctypes.c_ssize_t.from_address(address).value

def byte(address):
    return ctypes.c_uint8.from_address(address).value

def probes(h, mask):
    perturb = h & 0xFFFF_FFFF_FFFF_FFFF
    i = perturb & mask
    while True:
        yield i
        perturb >>= 5
        i = (i * 5 + perturb + 1) & mask

gen = probes(0, 15)
print("hash 0, 16 slots:", [next(gen) for _ in range(17)])

keys = [0, 16, 32, 48, 64, 80]                    # the sixth key grows the table to 16
d = dict.fromkeys(keys)                           # the resize re-inserts in entry order
ks = word(id(d) + 32)
mask = (1 << byte(ks + 8)) - 1
indices = [ctypes.c_int8.from_address(ks + 32 + i).value for i in range(mask + 1)]
taken, model = set(), {}
for key in keys:
    slot = next(s for s in probes(key, mask) if s not in taken)
    taken.add(slot)
    model[key] = slot
first = ks + 32 + (1 << byte(ks + 9))
real = {}
for slot, ix in enumerate(indices):
    if ix >= 0:
        real[ctypes.cast(word(first + 24 * ix + 8), ctypes.py_object).value] = slot
print("table slots:", mask + 1, " model:", model)
print("real:", real, " match:", model == real)
