"""Why append is amortised O(1): count the resizes and the pointers they may copy."""
import dis
import sys

# --8<-- [start:count]
EMPTY = sys.getsizeof([])

def grow(n):
    lst, capacity, resizes, copied = [], 0, 0, 0
    for _ in range(n):
        lst.append(None)
        new_capacity = (sys.getsizeof(lst) - EMPTY) // 8
        if new_capacity != capacity:        # this append reallocated the array
            resizes += 1
            copied += len(lst) - 1          # pointers a moving realloc copies
            capacity = new_capacity
    return resizes, copied, capacity

for n in (10, 1_000, 100_000, 1_000_000):
    resizes, copied, capacity = grow(n)
    print(f"{n:>9,} appends: {resizes:2} resizes, capacity {capacity:>9,}, "
          f"at most {copied:>9,} pointers copied = {copied / n:.2f} per append")
# --8<-- [end:count]

# --8<-- [start:specialise]
def build(n):
    out = []
    for i in range(n):
        out.append(i)
    return out

for _ in range(3):
    build(100)                              # warm up: let the interpreter specialise
calls = [ins.opname for ins in dis.get_instructions(build, adaptive=True)
         if ins.opname.startswith("CALL")]
print("call instructions in build() after warm-up:", calls)
# --8<-- [end:specialise]
