"""Strong and borrowed references in the C API, called through ctypes."""
import ctypes
import sys

api = ctypes.pythonapi
api.PyList_GetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
api.PyList_GetItem.restype = ctypes.c_void_p        # the raw pointer, untouched by ctypes
api.PySequence_GetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
api.PySequence_GetItem.restype = ctypes.c_void_p
api.Py_DecRef.argtypes = [ctypes.c_void_p]
api.Py_DecRef.restype = None


def exact(address):
    return ctypes.c_uint64.from_address(address).value & 0xFFFF_FFFF


# --8<-- [start:main]
items = [object()]
address = id(items[0])
print("count at the start                   ", exact(address))
pointer = api.PyList_GetItem(items, 0)             # returns a borrowed reference
print("after PyList_GetItem (borrowed)      ", exact(address))
pointer = api.PySequence_GetItem(items, 0)         # returns a new, strong reference
print("after PySequence_GetItem (strong)    ", exact(address))
api.Py_DecRef(pointer)                             # the caller owns it: give it back
print("after Py_DecRef                      ", exact(address))
print("same object both times:", pointer == address)
# --8<-- [end:main]
