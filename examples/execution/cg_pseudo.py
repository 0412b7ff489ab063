"""Pseudo-instructions: compiler-only opcodes that never reach a code object."""
import dis
import opcode
import sys

# --8<-- [start:main]
if hasattr(opcode, "_pseudo_ops"):                  # 3.12 keeps a table of them
    pseudo = sorted(opcode._pseudo_ops)
else:                                               # 3.13+: numbers from 256 up
    pseudo = sorted(name for name, num in opcode.opmap.items() if num >= 256)
print(f"{sys.version_info[:2]}: {len(pseudo)} pseudo-instructions")
for name in pseudo:
    print("  ", name, opcode.opmap[name])
print("dis.hasjump exists:", hasattr(dis, "hasjump"))
# --8<-- [end:main]
