"""The empty string and the 256 one-character latin-1 strings are shared."""
import ctypes
import sys


def state(s):
    bits = ctypes.c_uint32.from_address(id(s) + 32).value
    return f"interned={bits & 3} static={(bits >> 7) & 1}"


# --8<-- [start:main]
i_diaeresis = "ï"                          # the constant in this code object
word = "".join(["na", "ïve"])              # built at run time
print("word[2] is i_diaeresis:", word[2] is i_diaeresis,
      "| chr(0xEF) is i_diaeresis:", chr(0xEF) is i_diaeresis)
print("every chr(i) for i < 256 shared:", all(chr(i) is chr(i) for i in range(256)))
print("chr(256) shared:", chr(256) is chr(256), "| chr(0x1F40D) shared:", chr(0x1F40D) is chr(0x1F40D))
print("'Ï'.lower() is i_diaeresis:", "Ï".lower() is i_diaeresis,
      "| ''.join(['ï', '']) is i_diaeresis:", "".join(["ï", ""]) is i_diaeresis)
print("'' from four routes is one object:",
      len({id(x) for x in ["", str(), word[5:5], "".join([])]}) == 1)
print("refcount of 'ï' is the immortal marker:", sys.getrefcount(i_diaeresis) >= 2**30)

for ch in ["", "a", "ï"]:
    print(f"{ch!r:5} {state(ch)}  size={sys.getsizeof(ch)}")
# --8<-- [end:main]
