"""Exercise: ints and floats alternate on every call. What does the instruction do?"""
import dis


def add(a, b):
    return a + b


def form():
    return next(i.opname for i in dis.get_instructions(add, adaptive=True)
                if i.opname.startswith("BINARY_OP"))


changes = []
last = form()
for call in range(1, 1001):
    if call % 2:
        add(1, 2)
    else:
        add(1.5, 2.5)
    if form() != last:
        last = form()
        changes.append((call, last))
print(changes[:8])
print("changes in 1000 calls:", len(changes))
