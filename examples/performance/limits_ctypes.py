"""Calling C through ctypes: what it converts, and whether it lets go of the GIL."""
import ctypes
import ctypes.util

# --8<-- [start:calls]
libc = ctypes.CDLL(ctypes.util.find_library("c"))
print("libc abs(-42):", libc.abs(-42))                 # default: int in, int out

strlen = libc.strlen
strlen.argtypes = [ctypes.c_char_p]                    # declare what C expects...
strlen.restype = ctypes.c_size_t                       # ...and what it returns
print("strlen(b'hello, world'):", strlen(b"hello, world"))
try:
    strlen("hello")                                    # a str is not a char *
except ctypes.ArgumentError as exc:
    print("strlen('hello'):", type(exc).__name__, "-", exc)
# --8<-- [end:calls]

# --8<-- [start:flags]
FUNCFLAG_PYTHONAPI = ctypes._FUNCFLAG_PYTHONAPI
for cls in (ctypes.CDLL, ctypes.PyDLL):
    holds = bool(cls._func_flags_ & FUNCFLAG_PYTHONAPI)
    print(f"{cls.__name__:<5} calls keep the GIL: {holds}")
# --8<-- [end:flags]
