"""Which specialised instruction each container operation of bench_containers becomes, per version."""
import dis

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


# --8<-- [start:main]
def ops(lst, d, s, pair):
    lst.append(1)          # list_append
    x = lst[5]             # list_index
    y = d["gamma"]         # dict_get
    d["gamma"] = x         # dict_set
    z = "kappa" in s       # set_membership
    a, b = pair            # tuple_unpack
    return y, z, a, b


for _ in range(100):                                  # warm up
    ops(list(range(10)), dict.fromkeys(WORDS, 1), set(WORDS), (1, 2))

SHOW = ("CALL", "BINARY", "STORE_SUBSCR", "CONTAINS", "UNPACK")
line = None
for ins in dis.get_instructions(ops, adaptive=True):
    if ins.positions.lineno != line:
        line = ins.positions.lineno
    if ins.opname.startswith(SHOW):
        print(f"line {line - ops.__code__.co_firstlineno}: {ins.opname}")
# --8<-- [end:main]
