"""Exercise: keep the running count outside the class, and the attribute loads specialise
again on every version."""
import dis
import itertools

import _testcapi

CREATED = itertools.count()       # the count lives in a module global now


class Counter:
    def __init__(self, value):
        next(CREATED)
        self.value = value

    def get(self):
        return self.value


def use(n):
    total = 0
    for i in range(n):
        total += Counter(i).get()
    return total


use(2000)
print("has a version tag:", _testcapi.type_get_version(Counter) != 0)
print("in use():        ", [i.opname for i in dis.get_instructions(use, adaptive=True)
                            if i.opname.startswith("LOAD_ATTR")])
print("in Counter.get():", [i.opname for i in dis.get_instructions(Counter.get, adaptive=True)
                            if i.opname.startswith("LOAD_ATTR")])
