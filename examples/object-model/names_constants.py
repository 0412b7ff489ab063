"""Equal constants in ONE code object are shared; separately compiled code is not."""

# --8<-- [start:main]
def same_code_object():
    x = 100_000
    y = 100_000
    return x is y

print("one code object:   ", same_code_object())
print("its co_consts:     ", same_code_object.__code__.co_consts)

def separately(value):
    # Two compile() calls stand in for two lines typed at the REPL.
    ns = {}
    exec(compile(f"x = {value}", "<input-1>", "exec"), ns)
    exec(compile(f"y = {value}", "<input-2>", "exec"), ns)
    return ns["x"] is ns["y"]

for value in ("256", "1000", "100_000", "2.5", "'hello'", "'hello world'"):
    print(f"two compiles, {value:<14}", separately(value))
# --8<-- [end:main]
