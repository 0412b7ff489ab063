"""Exercise answer: a finally body is compiled twice."""
import dis

# --8<-- [start:main]
def guarded(work, cleanup):
    try:
        work()
    finally:
        cleanup()

calls = [ins.positions.lineno for ins in dis.get_instructions(guarded)
         if ins.opname.startswith("LOAD_FAST")]
print("lines of the LOAD_FAST* instructions:", calls)
print("exception table entries:", len(dis.Bytecode(guarded).exception_entries))
# --8<-- [end:main]
