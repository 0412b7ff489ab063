"""The two blocks behind every dict: the PyDictObject and its PyDictKeysObject."""
import ctypes

# --8<-- [start:main]
def word(address):
    """One 8-byte field (a pointer or a Py_ssize_t)."""
    return ctypes.c_ssize_t.from_address(address).value

def byte(address):
    """One uint8_t field."""
    return ctypes.c_uint8.from_address(address).value

KINDS = {0: "GENERAL", 1: "UNICODE", 2: "SPLIT"}

def keys_of(d):
    """The ma_keys pointer, at offset 32 of the PyDictObject."""
    return word(id(d) + 32)

def describe(label, d):
    k = keys_of(d)
    print(f"{label:<20} ma_used={word(id(d) + 16)}"
          f"  log2_size={byte(k + 8)}  log2_index_bytes={byte(k + 9)}"
          f"  kind={KINDS[byte(k + 10)]:<8} usable={word(k + 16)}"
          f"  nentries={word(k + 24)}  values={'yes' if word(id(d) + 40) else 'no'}")

class Point:
    def __init__(self):
        self.x, self.y = 1, 2

print("dict.__basicsize__ =", dict.__basicsize__)
p, q = Point(), Point()
mixed = {"a": 1}
mixed[2] = "b"                      # a non-str key converts the table
describe("{}", {})
describe("{'a': 1}", {"a": 1})
describe("{1: 'a'}", {1: "a"})
describe("{'a': 1, 2: 'b'}", mixed)
describe("Point().__dict__", p.__dict__)
print("all empty dicts share one keys object:", keys_of({}) == keys_of(dict()))
print("two Points share one keys object:", keys_of(p.__dict__) == keys_of(q.__dict__))
# --8<-- [end:main]
