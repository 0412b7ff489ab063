"""Exercise: the same class with __getattr__, but x stored on the instance. The fallback is
only consulted when normal lookup fails, so the load specialises."""
import dis


class Fallback:
    def __init__(self):
        self.x = 1                # stored: normal lookup finds it

    def __getattr__(self, name):  # only for names that are not found
        return 0


def get_x(o):
    return o.x


def get_y(o):
    return o.y                    # never stored: always falls back


obj = Fallback()
for _ in range(1000):
    get_x(obj)
    get_y(obj)
for func in (get_x, get_y):
    print(func.__name__, [i.opname for i in dis.get_instructions(func, adaptive=True)
                          if i.opname.startswith("LOAD_ATTR")])
