"""Inline caches: how many 16-bit code units follow each specialisable instruction."""
import dis
import opcode
import sys

print(f"{'instruction':<20} units  fields (units each)")
for name, fields in sorted(opcode._cache_format.items()):
    units = sum(fields.values())
    layout = ", ".join(f"{field} {n}" for field, n in fields.items())
    print(f"{name:<20} {units:>5}  {layout}")


# --8<-- [start:size]
def area(shape):
    return shape.w * shape.h


code = area.__code__
n_instructions = sum(1 for i in dis.get_instructions(code) if i.opname != "CACHE")
print("instructions:", n_instructions, "| code units incl. caches:",
      len(code._co_code_adaptive) // 2)
# --8<-- [end:size]
