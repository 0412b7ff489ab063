"""The UTF-8 cache: utf8_length and utf8 in PyCompactUnicodeObject."""
import ctypes
import sys

api = ctypes.pythonapi
api.PyUnicode_AsUTF8AndSize.restype = ctypes.c_char_p
api.PyUnicode_AsUTF8AndSize.argtypes = [ctypes.py_object, ctypes.POINTER(ctypes.c_ssize_t)]
# The same C function, declared to return the raw address instead of bytes.
utf8_address = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.py_object, ctypes.c_void_p)(
    ("PyUnicode_AsUTF8AndSize", api))


def word(address):
    return ctypes.c_ssize_t.from_address(address).value


def cache(s):
    """utf8_length (offset 40) and whether utf8 (offset 48) is set."""
    return f"utf8_length={word(id(s) + 40):2}  utf8 set={word(id(s) + 48) != 0}"


# --8<-- [start:main]
s = "".join(["ca", "fé"]) * 3            # 12 characters, one byte each (latin-1)
print("new:        ", sys.getsizeof(s), "bytes ", cache(s))

size = ctypes.c_ssize_t()
utf8 = api.PyUnicode_AsUTF8AndSize(s, ctypes.byref(size))   # what C extensions call
print("after C API:", sys.getsizeof(s), "bytes ", cache(s), " ->", utf8)

t = "".join(["ca", "fé"]) * 3
"x".encode("utf-8", t)                   # the 'errors' argument is converted to char *
print("after encode(errors=t):", sys.getsizeof(t), "bytes ", cache(t))

a = "".join(["ca", "fe"]) * 3            # ASCII: the characters already are UTF-8
before = sys.getsizeof(a)
address = utf8_address(a, None)
print("ASCII: size before and after:", before, sys.getsizeof(a),
      "| the UTF-8 pointer is the data at offset 40:", address == id(a) + 40)
# --8<-- [end:main]
