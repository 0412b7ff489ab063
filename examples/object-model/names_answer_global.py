"""Exercise: fixing the counter with `global`, and a closure with `nonlocal`."""
import dis

# --8<-- [start:main]
counter = 0

def increment():
    global counter            # the name now refers to the module's dict entry
    counter += 1
    return counter

def make_counter():
    count = 0
    def step():
        nonlocal count        # the name refers to make_counter's cell
        count += 1
        return count
    return step

print("increment() twice:", increment(), increment())
step = make_counter()
print("step() twice:     ", step(), step())

for func in (increment, step):
    ops = sorted({i.opname for i in dis.get_instructions(func)
                  if i.argrepr in ("counter", "count")})
    print(f"{func.__name__} uses:", ops)
# --8<-- [end:main]
