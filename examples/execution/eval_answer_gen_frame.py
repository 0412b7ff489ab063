"""Exercise answer: a generator's frame outlives each call and leaves the chain."""
import sys

# --8<-- [start:main]
def gen():
    me = sys._getframe()
    yield me.f_back.f_code.co_name       # who resumed us?
    yield me.f_back.f_code.co_name

def driver_one(g):
    return next(g)

def driver_two(g):
    return next(g)

g = gen()
print("created, frame started:", g.gi_frame.f_lasti >= 0, "| suspended:", g.gi_suspended)
print("resumed by:", driver_one(g))
print("suspended:", g.gi_suspended, "| f_back while suspended:", g.gi_frame.f_back)
print("resumed by:", driver_two(g))
g.close()
print("after close, gi_frame:", g.gi_frame)
# --8<-- [end:main]
