"""Every instruction name this interpreter knows: real, pseudo and specialised.

The book's build reads the recorded output to check opcode names in the prose, and
the "What changed" appendix compares it across versions.
"""
import dis
import json
import opcode

names = set(dis.opmap)
specialized = set()
for family, members in getattr(opcode, "_specializations", {}).items():
    specialized.update(members)
try:  # 3.13+: the generated metadata module
    import _opcode_metadata

    specialized.update(_opcode_metadata._specialized_opmap)
except ImportError:  # 3.12 keeps the list in opcode itself
    specialized.update(getattr(opcode, "_specialized_instructions", []))

print(json.dumps({"opmap": sorted(names), "specialized": sorted(specialized - names)}, indent=0))
