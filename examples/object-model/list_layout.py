"""Where the items live: inside a tuple, but in a separate array for a list."""
import ctypes

# --8<-- [start:main]
def word(address):
    """Read one 8-byte word of memory (a pointer or a Py_ssize_t)."""
    return ctypes.c_ssize_t.from_address(address).value

a, b, c = "alpha", "beta", "gamma"
t = (a, b, c)
lst = [a, b, c]

# A tuple: header, ob_size, (3.14+: ob_hash), then the item pointers themselves.
first = type(t).__basicsize__               # offset of ob_item[0]
print("tuple basicsize:", type(t).__basicsize__, " itemsize:", type(t).__itemsize__)
print("tuple ob_size (offset 16):", word(id(t) + 16))
print("tuple items stored inside the tuple:",
      [word(id(t) + first + 8 * i) == id(x) for i, x in enumerate(t)])

# A list: header, ob_size, then a pointer to a separate array, then allocated.
print("list basicsize:", type(lst).__basicsize__, " itemsize:", type(lst).__itemsize__)
array = word(id(lst) + 24)                  # ob_item
print("list ob_size (offset 16):", word(id(lst) + 16), " allocated (offset 32):", word(id(lst) + 32))
print("list items stored in the separate array:",
      [word(array + 8 * i) == id(x) for i, x in enumerate(lst)])

# Growing the list moves the array, never the list object.
list_id, arrays = id(lst), {array}
for i in range(100):
    lst.append(i)
    arrays.add(word(id(lst) + 24))
print("after 100 appends: same list object:", id(lst) == list_id,
      " distinct arrays seen:", len(arrays) > 1)
# --8<-- [end:main]
