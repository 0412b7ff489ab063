"""Which ints come from the preallocated cache? Measured with `is`, never with addresses."""


# --8<-- [start:main]
def cached(n):
    # Two independent conversions give the same object only for cached ints.
    return int(str(n)) is int(str(n))


hits = [n for n in range(-20, 2000) if cached(n)]
print("cached:", hits[0], "..", hits[-1], f"({len(hits)} values)")

# Arithmetic results are looked up in the same table.
a = int("200")
for b in (56, 57, 824, 825):
    print(f"200 + {b} = {a + b}: same object both times? {(a + b) is (a + b)}")
# --8<-- [end:main]

# --8<-- [start:load]
import dis  # noqa: E402

for source in ["x = 7", "x = 255", "x = 256", "x = -1"]:
    code = compile(source, "<demo>", "exec")
    load = next(i for i in dis.get_instructions(code) if i.opname.startswith("LOAD"))
    print(f"{source:<8} -> {load.opname} {load.argval}   (in co_consts: {load.argval in code.co_consts})")
# --8<-- [end:load]
