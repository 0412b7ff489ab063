"""PEP 393: one string, three possible widths, three possible layouts."""
import ctypes
import sys


def state(s):
    """Decode the 32-bit `state` bit-field at offset 32 (64-bit default build)."""
    bits = ctypes.c_uint32.from_address(id(s) + 32).value
    return {
        "interned": bits & 0b11,          # 2 bits
        "kind": (bits >> 2) & 0b111,      # 3 bits: 1, 2 or 4 bytes per character
        "compact": (bits >> 5) & 1,       # 1: header and characters in one block
        "ascii": (bits >> 6) & 1,         # 1: every character below 128
    }


class MyStr(str):
    pass


# --8<-- [start:main]
# Built at run time, so that none of them is a shared constant.
samples = {
    "ascii":   "".join(["plain", " text"]),
    "latin-1": "".join(["ca", "fé au lait"]),
    "ucs-2":   "".join(["price: 5 ", "€"]),
    "ucs-4":   "".join(["snake ", "🐍"]),
    "subclass": MyStr("plain text"),
}
for label, s in samples.items():
    st = state(s)
    print(f"{label:8} len={len(s):2}  kind={st['kind']}  compact={st['compact']}  "
          f"ascii={st['ascii']}  max code point=U+{max(map(ord, s)):04X}")

print("str.__basicsize__ =", str.__basicsize__, "(sizeof(PyUnicodeObject))")
# --8<-- [end:main]

# --8<-- [start:where]
def word(address):
    return ctypes.c_ssize_t.from_address(address).value

a = samples["ascii"]
print("ASCII: length at offset 16 =", word(id(a) + 16),
      "| first bytes at offset 40:", ctypes.string_at(id(a) + 40, 5))
l1 = samples["latin-1"]
print("latin-1: first bytes at offset 56:", ctypes.string_at(id(l1) + 56, 4))
sub = samples["subclass"]
data = word(id(sub) + 56)                  # PyUnicodeObject.data.any
print("subclass: data pointer at offset 56 points outside the object:",
      not (id(sub) <= data < id(sub) + sys.getsizeof(sub)),
      "| bytes there:", ctypes.string_at(data, 5))
# --8<-- [end:where]
