"""Exercise: why is the one-character string 'é' 61 bytes, but 'éé' only 59?"""
import ctypes
import sys


def utf8_cache(s):
    length = ctypes.c_ssize_t.from_address(id(s) + 40).value
    pointer = ctypes.c_void_p.from_address(id(s) + 48).value
    return length, pointer is not None


e_acute = chr(0xE9)                           # the shared latin-1 singleton
pair = "".join([e_acute, e_acute])            # a fresh two-character string
print("'é':  size", sys.getsizeof(e_acute), " (utf8_length, utf8 set) =", utf8_cache(e_acute))
print("'éé': size", sys.getsizeof(pair), " (utf8_length, utf8 set) =", utf8_cache(pair))
print("56 + (1 + 1) + (2 + 1) =", 56 + 2 + 3, "| 56 + (2 + 1) =", 56 + 3)
