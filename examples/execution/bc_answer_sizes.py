"""Answer: how many bytes each instruction of len(s) occupies, caches included."""
import dis

# --8<-- [start:main]
def size(s):
    return len(s)

real = [i for i in dis.get_instructions(size) if i.opname != "CACHE"]
ends = [i.offset for i in real[1:]] + [len(size.__code__.co_code)]
for ins, end in zip(real, ends):
    print(f"offset {ins.offset:>2}  {ins.opname:<18} {end - ins.offset:>2} bytes")
# --8<-- [end:main]
