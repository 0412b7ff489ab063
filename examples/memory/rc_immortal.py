"""Which objects are immortal? The header's sign rule, and sys._is_immortal where it exists."""
import ctypes
import sys


def looks_immortal(obj):
    """_Py_IsImmortal on a 64-bit default build: the low 32 bits of the count, read as signed, are negative."""
    low32 = ctypes.c_uint64.from_address(id(obj)).value & 0xFFFF_FFFF
    return ctypes.c_int32(low32).value < 0


def function():
    pass


# --8<-- [start:main]
candidates = {
    "None": None,
    "True": True,
    "42 (small int)": 42,
    "1000": 1000,
    "10**6": 10**6,
    "() (empty tuple)": (),
    "'' (empty str)": "",
    "'a' (one-char str)": "a",
    "'hello' (literal)": "hello",
    "sys.intern(built at run time)": sys.intern("".join(["run", "time"])),
    "int (static type)": int,
    "a class statement": type("Made", (), {}),
    "a function": function,
    "its code object": function.__code__,
    "the sys module": sys,
}
has_flag = hasattr(sys, "_is_immortal")
for label, obj in candidates.items():
    line = f"{label:31} immortal by the header rule: {looks_immortal(obj)!s:5}"
    if has_flag:
        line += f"  sys._is_immortal: {sys._is_immortal(obj)}"
    print(line)
print("sys._is_immortal exists:", has_flag)
# --8<-- [end:main]
