"""BINARY_OP specialises after warm-up; what each version accepts, and what a miss costs."""
import dis


def fresh_add():
    # exec compiles a new code object each time, so every adder starts unspecialised.
    namespace = {}
    exec("def add(a, b):\n    return a + b\n", namespace)
    return namespace["add"]


def binary_op(func):
    return next(i.opname for i in dis.get_instructions(func, adaptive=True)
                if i.opname.startswith("BINARY_OP"))


# --8<-- [start:warm]
CASES = [("small ints", 3, 4), ("2**62 + 2**62", 2**62, 2**62),
         ("True + 1", True, 1), ("floats", 1.5, 2.5), ("int + float", 1, 2.5)]
for label, a, b in CASES:
    add = fresh_add()
    before = binary_op(add)
    for _ in range(10):
        add(a, b)
    print(f"{label:<14} {before} -> {binary_op(add)}")
# --8<-- [end:warm]

# --8<-- [start:dis]
add = fresh_add()
for _ in range(10):
    add(3, 4)
dis.dis(add, adaptive=True)
# --8<-- [end:dis]


# --8<-- [start:miss]
def calls_until_change(add, a, b, limit=200):
    start = binary_op(add)
    for calls in range(1, limit + 1):
        add(a, b)
        if binary_op(add) != start:
            return f"changed to {binary_op(add)} after {calls} calls"
    return f"still {start} after {limit} calls"


for label, a, b in [("floats", 1.5, 2.5), ("2**62 + 2**62", 2**62, 2**62),
                    ("2**29 + 2**29", 2**29, 2**29)]:
    add = fresh_add()
    for _ in range(10):
        add(3, 4)                      # warm up on small ints
    print(f"{binary_op(add)}, then {label}: {calls_until_change(add, a, b)}")
# --8<-- [end:miss]
