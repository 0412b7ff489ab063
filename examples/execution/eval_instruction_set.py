"""How big is the instruction set the generator produces?"""
import dis

# --8<-- [start:main]
base = [name for name in dis.opmap]
instrumented = [name for name in base if name.startswith("INSTRUMENTED_")]
specialized = getattr(dis, "_specialized_opmap", None)
if specialized is None:                    # 3.12 keeps them elsewhere
    import opcode
    specialized = {n: 0 for fam in opcode._specializations.values() for n in fam}
print("opcodes in dis.opmap:", len(base))
print("  of which INSTRUMENTED_*:", len(instrumented))
print("specialised instructions:", len(specialized))
print("BINARY_OP family:", sorted(n for n in specialized if n.startswith("BINARY_OP_"))[:4], "...")
# --8<-- [end:main]
