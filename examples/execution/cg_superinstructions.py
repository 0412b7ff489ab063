"""Instructions the CFG optimiser rewrites: fused loads, checked loads, borrowed loads."""
import dis

# --8<-- [start:main]
def add(a, b):
    return a + b

def maybe(flag):
    if flag:
        value = 1
    return value          # value may be unbound here

def after_del(a):
    del a
    return a              # certainly unbound: always raises

for func in (add, maybe, after_del):
    loads = [f"{i.opname} {i.argrepr}" for i in dis.get_instructions(func)
             if "LOAD_FAST" in i.opname]
    print(f"{func.__name__:9}", loads)
# --8<-- [end:main]
