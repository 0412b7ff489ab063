"""Exercise: insert and delete forever; the dict does not grow without bound."""
import ctypes
import sys

def word(address):
    return ctypes.c_ssize_t.from_address(address).value

d = dict.fromkeys(range(3))
sizes = set()
for i in range(3, 10_003):
    d[i] = None                                   # a new entry at the end
    del d[i]                                      # leaves a dummy in the index table
    sizes.add(sys.getsizeof(d))
keys = word(id(d) + 32)
print("len:", len(d), " sizes seen:", sorted(sizes))
print("dk_usable:", word(keys + 16), " dk_nentries:", word(keys + 24))

big = dict.fromkeys(range(1000))
for i in range(990):
    del big[i]
print("1000 keys, 990 deleted: getsizeof", sys.getsizeof(big),
      " copy:", sys.getsizeof(big.copy()), " dict():", sys.getsizeof(dict(big)))
