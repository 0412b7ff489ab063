"""The instructions of the harness's empty loop, after the interpreter has specialised them."""
import dis


# --8<-- [start:main]
def empty_loop(loops):
    for _ in range(loops):
        pass
    return loops


for _ in range(100):      # warm up: let the adaptive instructions specialise
    empty_loop(100)
for ins in dis.get_instructions(empty_loop, adaptive=True):
    if ins.opname not in ("CACHE", "RESUME", "RESUME_CHECK", "NOT_TAKEN"):
        print(f"{ins.offset:3} {ins.opname}")
# --8<-- [end:main]
