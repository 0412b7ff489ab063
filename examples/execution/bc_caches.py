"""Inline cache entries: the dis listing with show_caches, and how many each opcode reserves."""
import dis
import opcode

# --8<-- [start:listing]
def f(a, b, c):
    return a + b * c

dis.dis(f, show_caches=True)
# --8<-- [end:listing]

# --8<-- [start:table]
entries = opcode._inline_cache_entries
if isinstance(entries, list):  # 3.12: a list indexed by opcode number
    entries = {opcode.opname[op]: n for op, n in enumerate(entries)}
sizes = {name: entries[name] for name in entries if entries[name]}
print(f"{len(sizes)} opcodes reserve cache entries:")
for name in sorted(sizes):
    print(f"  {name:<22} {sizes[name]}")
# --8<-- [end:table]
