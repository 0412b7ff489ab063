"""co_code never changes; the adaptive (quickened) code does, once the function is warm."""
import dis

# --8<-- [start:main]
def f(a, b, c):
    return a + b * c

def live(fn):
    return [i.opname for i in dis.get_instructions(fn, adaptive=True)
            if i.opname != "CACHE"]

before = f.__code__.co_code
print("before any call:", live(f))
for _ in range(1000):
    f(1, 2, 3)
print("co_code unchanged:", f.__code__.co_code == before)
print("adaptive:", live(f))
# --8<-- [end:main]
