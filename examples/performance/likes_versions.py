"""A class modified at run time: each change invalidates its version tag, and from 3.13 a
class gets at most a limited number of them."""
import dis

import _testcapi


def attr_forms(func):
    return [ins.opname for ins in dis.get_instructions(func, adaptive=True)
            if ins.opname.startswith("LOAD_ATTR")]


# --8<-- [start:churn]
def churn(cls, times):
    for i in range(times):
        cls.counter = i           # modify the class ...
        cls.counter               # ... and look something up in it again


for times in (999, 1000, 1001):
    cls = type(f"C{times}", (), {})
    churn(cls, times)
    print(f"{times:>5} modifications: has a version tag: {_testcapi.type_get_version(cls) != 0}")
# --8<-- [end:churn]


# --8<-- [start:counter]
class Counter:
    created = 0

    def __init__(self, value):
        Counter.created += 1      # a class attribute used as a running count
        self.value = value

    def get(self):
        return self.value


def use(n):
    total = 0
    for i in range(n):
        total += Counter(i).get()
    return total


use(2000)
print("in use():        ", attr_forms(use))
print("in Counter.get():", attr_forms(Counter.get))
# --8<-- [end:counter]
