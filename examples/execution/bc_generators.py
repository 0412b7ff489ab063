"""A generator: RETURN_GENERATOR, YIELD_VALUE and the RESUME that follows each yield."""
import dis

# --8<-- [start:main]
def countdown(n):
    yield n
    yield n - 1

dis.dis(countdown)

def delegate(xs):
    yield from xs

prep = ("GET_YIELD_FROM_ITER", "GET_ITER")  # what prepares the iterator of yield from
print("yield from:", [(i.opname, i.arg) for i in dis.get_instructions(delegate)
                      if i.opname in prep])
# --8<-- [end:main]
