"""Exercise: keys i << 16 share their low 15 bits; perturbation spreads them anyway."""
def probe_count(keys, log2_size):
    """Insert keys into a model index table; return the average number of probes."""
    mask, taken, total = (1 << log2_size) - 1, set(), 0
    for key in keys:
        perturb = hash(key) & 0xFFFF_FFFF_FFFF_FFFF
        i = perturb & mask
        total += 1
        while i in taken:
            perturb >>= 5
            i = (i * 5 + perturb + 1) & mask
            total += 1
        taken.add(i)
    return total / len(keys)

n = 20_000
for label, keys in (("range(n)", list(range(n))), ("i << 16", [i << 16 for i in range(n)])):
    print(f"{label:<9} distinct (hash & mask): {len({k & (2**15 - 1) for k in keys}):>5}"
          f"   average probes in 2**15 slots: {probe_count(keys, 15):.2f}")
