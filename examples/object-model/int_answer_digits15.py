"""Exercise answer: the same decomposition with 15-bit digits (the other build option)."""
for shift in (30, 15):
    mask = (1 << shift) - 1
    for n in (2**40, 12345678901234567890):
        m, digits = n, []
        while m:
            digits.append(m & mask)
            m >>= shift
        print(f"{shift}-bit digits of {n}: {digits} ({len(digits)} digits)")
