"""One attribute load, o.x, fed objects of different shapes: what the site becomes, and how
many times it has to change its mind."""
import dis
import sys
import types

BITS = 3 if sys.version_info >= (3, 15) else 4   # backoff bits of the counter


def site(func):
    """The LOAD_ATTR of func: its form, its counter, and the type version it has cached."""
    code = func.__code__
    for ins in dis.get_instructions(code, adaptive=True):
        if ins.opname.startswith("LOAD_ATTR"):
            raw = code._co_code_adaptive
            counter = int.from_bytes(raw[ins.offset + 2:ins.offset + 4], sys.byteorder)
            return ins.opname, counter >> BITS, raw[ins.offset + 4:ins.offset + 8]


def get_x(o):
    return o.x


def fresh():
    """A new function with its own copy of get_x's code, so its own inline caches."""
    return types.FunctionType(get_x.__code__.replace(), globals())


class P:
    def __init__(self):
        self.x = 1


class Q:
    def __init__(self):
        self.x = 1


class Either:
    def __init__(self, flip):
        if flip:
            self.y = 2
            self.x = 1
        else:
            self.x = 1
            self.y = 2


class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1


class Fallback:
    def __getattr__(self, name):
        return 1


class WithProperty:
    @property
    def x(self):
        return 1


def crowded():
    o = P()
    for i in range(40):
        setattr(o, f"a{i}", i)
    return o


def wide(n):
    """An instance of a class statement whose __init__ itself sets x and n - 1 more."""
    body = "".join(f"        self.a{i} = {i}\n" for i in range(n - 1))
    namespace = {}
    exec(f"class Wide:\n    def __init__(self):\n        self.x = 1\n{body}", namespace)
    return namespace["Wide"]()


def later():
    o = P()
    o.extra = 0                   # one attribute added after __init__
    return o


# --8<-- [start:shapes]
CASES = {
    "one class":               [P()],
    "one class, two orders":   [Either(False), Either(True)],
    "attribute added later":   [later(), P()],
    "41, added after __init__": [crowded()],
    "30, set in __init__":     [wide(30)],
    "31, set in __init__":     [wide(31)],
    "__slots__":               [Slotted()],
    "property":                [WithProperty()],
    "__getattr__ fallback":    [Fallback()],
    "two classes, alternating": [P(), Q()],
}
print(f"{'objects':<25} {'form after 1,000 loads':<26} changes  misses left")
for label, objs in CASES.items():
    get_x = fresh()
    changes, last = 0, None
    for i in range(1000):
        get_x(objs[i % len(objs)])
        form, counter, version = site(get_x)
        if form != "LOAD_ATTR" and (form, version) != last:
            changes += 1          # a (re-)specialisation: new form or new cached type
            last = form, version
    left = counter if form != "LOAD_ATTR" else "-"
    print(f"{label:<25} {form:<26} {changes:>7}  {left:>11}")
# --8<-- [end:shapes]
