"""Borrowed versus strong references from the C API, called through ctypes on the
default build: PyList_GetItem lends, PyList_GetItemRef (3.13+) gives."""
import ctypes
import sys

api = ctypes.pythonapi
api.PyList_GetItem.restype = ctypes.c_void_p
api.PyList_GetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
api.Py_DecRef.argtypes = [ctypes.c_void_p]


def count(obj):
    return sys.getrefcount(obj)


# --8<-- [start:main]
item = object()
lst = [item]
before = count(item)

ptr = api.PyList_GetItem(lst, 0)
print("PyList_GetItem: same object:", ptr == id(item),
      "| count change:", count(item) - before)

if hasattr(api, "PyList_GetItemRef"):
    api.PyList_GetItemRef.restype = ctypes.c_void_p
    api.PyList_GetItemRef.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
    ptr = api.PyList_GetItemRef(lst, 0)
    print("PyList_GetItemRef: same object:", ptr == id(item),
          "| count change:", count(item) - before)
    api.Py_DecRef(ptr)            # the caller owns that reference: give it back
    print("after Py_DecRef: count change:", count(item) - before)
else:
    print("PyList_GetItemRef: absent")

for name in ("PyDict_GetItemRef", "PyWeakref_GetRef", "PyImport_AddModuleRef"):
    print(f"{name}:", "present" if hasattr(api, name) else "absent")
# --8<-- [end:main]
