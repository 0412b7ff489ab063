"""Lab: an object inspector for the running CPython (64-bit default build).

    python objinspect.py                 inspect a few sample objects
    python -c "import objinspect; objinspect.show([1, 2])"

For any object it prints what Part I explains: the header read from memory (reference
count field, type pointer, ob_size), immortality, the type's flags decoded, the sizes that
sys.getsizeof adds up, whether the garbage collector tracks it, and which operations its
type implements in C (slot wrappers) or in Python.

It reads raw memory with ctypes at id(obj), which is only meaningful on CPython's default
(GIL) build on a 64-bit machine; it refuses to run anywhere else. test_objinspect.py
checks it on every interpreter the book records, and checks the flag values below against
each version's Include/object.h.
"""
from __future__ import annotations

import ctypes
import gc
import struct
import sys
import sysconfig

# Type flags (tp_flags bits), as defined in Include/object.h of 3.12 to 3.15.
FLAGS = {
    "MANAGED_WEAKREF": 1 << 3,
    "MANAGED_DICT": 1 << 4,
    "SEQUENCE": 1 << 5,
    "MAPPING": 1 << 6,
    "IMMUTABLETYPE": 1 << 8,
    "HEAPTYPE": 1 << 9,
    "BASETYPE": 1 << 10,
    "HAVE_GC": 1 << 14,
    "LONG_SUBCLASS": 1 << 24,
    "LIST_SUBCLASS": 1 << 25,
    "TUPLE_SUBCLASS": 1 << 26,
    "UNICODE_SUBCLASS": 1 << 28,
    "DICT_SUBCLASS": 1 << 29,
    "TYPE_SUBCLASS": 1 << 31,
}
OPERATIONS = ("__add__", "__mul__", "__len__", "__getitem__", "__iter__", "__hash__",
              "__eq__", "__lt__", "__bool__", "__call__", "__repr__")


def check_build() -> None:
    if sys.implementation.name != "cpython":
        raise SystemExit("objinspect reads CPython's object layout; this is " + sys.implementation.name)
    if struct.calcsize("P") != 8:
        raise SystemExit("objinspect expects a 64-bit build")
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        raise SystemExit("objinspect reads the default build's header; the free-threaded header differs")


def header(obj) -> dict:
    """The object's header, read from memory at id(obj)."""
    address = id(obj)
    word = ctypes.c_uint64.from_address(address).value
    low32 = word & 0xFFFF_FFFF
    return {
        "refcount_field": word,
        "refcount": low32,
        "immortal": ctypes.c_int32(low32).value < 0,   # the test _Py_IsImmortal uses on 64-bit
        "type_matches": ctypes.c_void_p.from_address(address + 8).value == id(type(obj)),
    }


def ob_size(obj) -> int | None:
    """ob_size for variable-size objects whose length lives there (not int: it uses lv_tag)."""
    if isinstance(obj, (tuple, list, bytes)):
        return ctypes.c_ssize_t.from_address(id(obj) + 16).value
    return None


def flags(cls: type) -> list[str]:
    return [name for name, bit in FLAGS.items() if cls.__flags__ & bit]


def preheader(cls: type) -> int:
    """Bytes CPython allocates in front of an instance: GC links, then dict/weakref pointers."""
    size = 16 if cls.__flags__ & FLAGS["HAVE_GC"] else 0
    if cls.__flags__ & (FLAGS["MANAGED_DICT"] | FLAGS["MANAGED_WEAKREF"]):
        size += 16
    return size


def implemented(cls: type) -> dict[str, str]:
    """Where each operation comes from: a C slot of some class in the MRO, or Python code."""
    found = {}
    for name in OPERATIONS:
        for klass in cls.__mro__:
            if name not in klass.__dict__:
                continue
            attr = klass.__dict__[name]
            if attr is None:  # e.g. list.__hash__ = None: the operation is switched off
                found[name] = f"disabled ({klass.__name__})"
                break
            kind = type(attr).__name__
            where = "C" if kind in ("wrapper_descriptor", "method_descriptor", "builtin_function_or_method") else "Python"
            found[name] = f"{where} ({klass.__name__})"
            break
    return found


def inspect(obj) -> dict:
    cls = type(obj)
    info = header(obj)
    info.update(
        type=cls.__name__,
        ob_size=ob_size(obj),
        basicsize=cls.__basicsize__,
        itemsize=cls.__itemsize__,
        sizeof=obj.__sizeof__(),
        getsizeof=sys.getsizeof(obj),
        preheader=preheader(cls),
        gc_tracked=gc.is_tracked(obj),
        flags=flags(cls),
        operations=implemented(cls),
    )
    return info


def show(obj) -> None:
    info = inspect(obj)
    count = f"{info['refcount_field']:#x} (immortal)" if info["immortal"] else str(info["refcount"])
    shown = repr(obj) if " at 0x" not in repr(obj) else f"<a {info['type']} instance>"
    print(f"{info['type']}: {shown:.40}")
    print(f"  header      refcount field {count}; ob_type is type(obj): {info['type_matches']}"
          + (f"; ob_size {info['ob_size']}" if info["ob_size"] is not None else ""))
    print(f"  sizes       basicsize {info['basicsize']}, itemsize {info['itemsize']}, "
          f"__sizeof__ {info['sizeof']}, getsizeof {info['getsizeof']} (pre-header {info['preheader']})")
    print(f"  gc tracked  {info['gc_tracked']}")
    print(f"  type flags  {' '.join(info['flags']) or '-'}")
    ops = ", ".join(f"{k} {v}" for k, v in info["operations"].items())
    print(f"  operations  {ops}")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


if __name__ == "__main__":
    check_build()
    for sample in (None, 42, "text", (1, 2), [1, 2, 3], Point(1, 2)):
        show(sample)
