"""Reading a name: a local, a global, a builtin, an attribute, a module attribute, and what
hoisting a lookup out of a loop changes."""
import math
from math import sqrt

from harness import main_for_module, timed

TITLE = "Looking up names"

SCALE = 3


class Config:
    scale = 3

    def __init__(self):
        self.factor = 3


CONFIG = Config()


# --8<-- [start:names]
@timed("read a local variable (total += scale)", check="three")
def local_name(loops):
    scale = 3
    total = 0
    for _ in range(loops):
        total += scale
    return total


@timed("read a module global (total += SCALE)", check="three")
def global_name(loops):
    total = 0
    for _ in range(loops):
        total += SCALE
    return total


@timed("read an instance attribute (total += obj.factor)", check="three")
def instance_attribute(loops):
    obj = CONFIG
    total = 0
    for _ in range(loops):
        total += obj.factor
    return total


@timed("read a class attribute through the class (total += Config.scale)", check="three")
def class_attribute(loops):
    total = 0
    for _ in range(loops):
        total += Config.scale
    return total
# --8<-- [end:names]


# --8<-- [start:sqrt]
@timed("math.sqrt(x): a global, then a module attribute, then the call", check="sqrt")
def module_attribute(loops):
    total = 0.0
    for _ in range(loops):
        total += math.sqrt(4.0)
    return total


@timed("sqrt(x) after `from math import sqrt`: one global, then the call", check="sqrt")
def from_import(loops):
    total = 0.0
    for _ in range(loops):
        total += sqrt(4.0)
    return total


@timed("sqrt(x) with `root = math.sqrt` hoisted into a local before the loop", check="sqrt")
def hoisted_local(loops):
    root = math.sqrt
    total = 0.0
    for _ in range(loops):
        total += root(4.0)
    return total
# --8<-- [end:sqrt]


@timed("len(t): the builtin looked up on every iteration", check="len")
def builtin_len(loops):
    t = (1, 2, 3)
    total = 0
    for _ in range(loops):
        total += len(t)
    return total


@timed("size(t) with `size = len` hoisted into a local", check="len")
def builtin_len_hoisted(loops):
    t = (1, 2, 3)
    size = len
    total = 0
    for _ in range(loops):
        total += size(t)
    return total


if __name__ == "__main__":
    main_for_module(__file__)
