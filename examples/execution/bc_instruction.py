"""The fields of dis.Instruction, and the extra properties of 3.13 and later."""
import dis

# --8<-- [start:main]
def clamp(x):
    if x > 9:
        return 9
    return x

print(dis.Instruction._fields)
jump = next(i for i in dis.get_instructions(clamp) if i.opname.startswith("POP_JUMP"))
for field in jump._fields:
    print(f"  {field:<14} {getattr(jump, field)!r}")
for prop in ("baseopname", "oparg", "jump_target", "cache_offset", "end_offset"):
    if hasattr(jump, prop):
        print(f"  .{prop:<13} {getattr(jump, prop)!r}")
# --8<-- [end:main]
