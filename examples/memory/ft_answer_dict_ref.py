"""Exercise answer: PyDict_GetItem lends, PyDict_GetItemRef (3.13+) gives, on the
default build through ctypes."""
import ctypes
import sys

api = ctypes.pythonapi
api.Py_DecRef.argtypes = [ctypes.c_void_p]
api.PyDict_GetItem.restype = ctypes.c_void_p
api.PyDict_GetItem.argtypes = [ctypes.py_object, ctypes.py_object]

# --8<-- [start:main]
value = object()
d = {"key": value}
before = sys.getrefcount(value)
ptr = api.PyDict_GetItem(d, "key")
print("PyDict_GetItem: found:", ptr == id(value),
      "| count change:", sys.getrefcount(value) - before)
if hasattr(api, "PyDict_GetItemRef"):
    f = api.PyDict_GetItemRef
    f.restype = ctypes.c_int
    f.argtypes = [ctypes.py_object, ctypes.py_object, ctypes.POINTER(ctypes.c_void_p)]
    out = ctypes.c_void_p()
    found = f(d, "key", ctypes.byref(out))
    print("PyDict_GetItemRef returned", found, "| found:", out.value == id(value),
          "| count change:", sys.getrefcount(value) - before)
    api.Py_DecRef(out)
    print("after Py_DecRef: count change:", sys.getrefcount(value) - before)
    found = f(d, "missing", ctypes.byref(out))
    print("missing key: returned", found, "| result is NULL:", out.value is None)
else:
    print("PyDict_GetItemRef: absent")
# --8<-- [end:main]
