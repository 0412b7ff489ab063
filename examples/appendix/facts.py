"""Facts about this interpreter that the book compares across versions.

Everything printed here is measured, not looked up: the "What changed in each
version" appendix is generated from the recorded output of this file.
"""
import gc
import importlib.util
import json
import sys


def small_int_range():
    """The ints CPython hands out from its preallocated cache.

    int(str(n)) builds a fresh int each time unless n is cached, so two calls
    return the same object exactly for the cached values.
    """
    cached = [n for n in range(-20, 2000) if int(str(n)) is int(str(n))]
    return [min(cached), max(cached)]


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


facts = {
    "version": sys.version.split()[0],
    "pyc_magic": int.from_bytes(importlib.util.MAGIC_NUMBER[:2], "little"),
    "gc_threshold": list(gc.get_threshold()),
    "small_int_cache": small_int_range(),
    "refcount_of_None": sys.getrefcount(None),
    "refcount_of_small_int": sys.getrefcount(7),
    "getsizeof": {
        "object()": sys.getsizeof(object()),
        "None": sys.getsizeof(None),
        "True": sys.getsizeof(True),
        "0": sys.getsizeof(0),
        "1": sys.getsizeof(1),
        "2**30": sys.getsizeof(2**30),
        "2**60": sys.getsizeof(2**60),
        "1.0": sys.getsizeof(1.0),
        "''": sys.getsizeof(""),
        "'a'": sys.getsizeof("a"),
        "'\u00e9'": sys.getsizeof("\u00e9"),
        "'\u20ac'": sys.getsizeof("\u20ac"),
        "b''": sys.getsizeof(b""),
        "()": sys.getsizeof(()),
        "(1,)": sys.getsizeof((1,)),
        "[]": sys.getsizeof([]),
        "{}": sys.getsizeof({}),
        "{'a': 1}": sys.getsizeof({"a": 1}),
        "set()": sys.getsizeof(set()),
        "Plain()": sys.getsizeof(Plain()),
        "Slotted()": sys.getsizeof(Slotted()),
    },
}
print(json.dumps(facts, indent=1, ensure_ascii=False))
