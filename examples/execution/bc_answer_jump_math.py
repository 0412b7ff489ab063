"""Answer: recompute every jump target of total() from offset, argument and cache size."""
import dis
import opcode

# --8<-- [start:main]
def total(xs):
    s = 0
    for x in xs:
        if x > 0:
            s += x
    return s

entries = opcode._inline_cache_entries
def caches(name):
    if isinstance(entries, list):          # 3.12: indexed by opcode number
        return entries[dis.opmap[name]]
    return entries.get(name, 0)

for ins in dis.get_instructions(total):
    if ins.opcode in dis.hasjrel:
        sign = -1 if "BACKWARD" in ins.opname else 1
        target = ins.offset + 2 + 2 * caches(ins.opname) + sign * 2 * ins.arg
        print(f"{ins.offset:>2} {ins.opname:<17} arg {ins.arg:>2} "
              f"caches {caches(ins.opname)} -> {target:>2}  dis says {ins.argval}")
# --8<-- [end:main]
