"""Exercise answer: the instruction that makes an empty loop interruptible."""
import dis

# --8<-- [start:main]
def forever():
    while True:
        pass

def counted():
    for i in range(3):
        pass

for func in (forever, counted):
    print(func.__name__ + ":",
          [i.opname for i in dis.get_instructions(func)
           if i.opname not in ("NOP", "CACHE")])
# --8<-- [end:main]
