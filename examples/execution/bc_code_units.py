"""The raw bytes of a small function, read two at a time: opcode, then argument."""
import dis

# --8<-- [start:main]
def f(a, b, c):
    return a + b * c

code = f.__code__.co_code
print(f"{len(code)} bytes = {len(code) // 2} code units")
for offset in range(0, len(code), 2):
    op, arg = code[offset], code[offset + 1]
    print(f"offset {offset:>2}: byte {op:>3} ({dis.opname[op]}), argument byte {arg}")
# --8<-- [end:main]
