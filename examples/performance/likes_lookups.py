"""Reading names: a local, a global, a builtin, an attribute and a module attribute, in the
adaptive bytecode of a warm function."""
import dis
import math

SCALE = 3


class Config:
    def __init__(self):
        self.factor = 2


def names(cfg, x):
    return x * SCALE + len("ab") + cfg.factor + math.pi


# --8<-- [start:dis]
for _ in range(10):
    names(Config(), 1.0)
dis.dis(names, adaptive=True)
# --8<-- [end:dis]
