"""The two object headers as ctypes structures, transcribed from Include/object.h.

The default-build model is checked against a live object. The free-threaded model
(declared under #ifdef Py_GIL_DISABLED) is only a model: no free-threaded
interpreter records this book, so its layout is computed, not observed."""
import ctypes
import sys


class DefaultHeader(ctypes.Structure):
    # 64-bit default build: 8 bytes of count (split into fields from 3.14), then ob_type
    _fields_ = [("ob_refcnt", ctypes.c_ssize_t),
                ("ob_type", ctypes.c_void_p)]


class PyMutex(ctypes.Structure):
    _fields_ = [("_bits", ctypes.c_uint8)]


class FreeThreadedHeader(ctypes.Structure):
    _fields_ = [("ob_tid", ctypes.c_size_t),        # uintptr_t
                ("ob_flags", ctypes.c_uint16),      # "_padding" in 3.13
                ("ob_mutex", PyMutex),
                ("ob_gc_bits", ctypes.c_uint8),
                ("ob_ref_local", ctypes.c_uint32),
                ("ob_ref_shared", ctypes.c_ssize_t),
                ("ob_type", ctypes.c_void_p)]


def show(cls):
    print(f"{cls.__name__}: {ctypes.sizeof(cls)} bytes")
    for name, _ in cls._fields_:
        field = getattr(cls, name)
        print(f"  offset {field.offset:2}  size {field.size}  {name}")


# --8<-- [start:main]
show(DefaultHeader)
show(FreeThreadedHeader)

# Check the default model against a live, mortal object of this interpreter.
obj = object()
live = DefaultHeader.from_address(id(obj))
print("model ob_type == id(object):", live.ob_type == id(object))
refs_before = live.ob_refcnt & 0xFFFFFFFF   # low 32 bits: the count on 3.14+
alias = obj
print("one more reference adds 1 to the count:",
      (live.ob_refcnt & 0xFFFFFFFF) - refs_before == 1)
print("object.__basicsize__ == sizeof(DefaultHeader):",
      object.__basicsize__ == ctypes.sizeof(DefaultHeader))
# --8<-- [end:main]
