"""A freed block goes to the front of its pool's free list; the next request of that class gets it."""
import collections

# --8<-- [start:main]
a = bytes(300)                      # asks for 333 bytes: a 336-byte block
old = id(a)
del a                               # the block goes back on its pool's freeblock list
b = bytes(301)                      # 334 bytes: same size class, takes the list's head
print("same class, same address: ", id(b) == old)
del b
c = bytes(200)                      # 233 bytes: a 240-byte block, from another pool
print("other class, same address:", id(c) == old)

row = [bytes(300) for _ in range(100)]
gaps = collections.Counter(id(y) - id(x) for x, y in zip(row, row[1:]))
print("most common gap between consecutive objects:", gaps.most_common(1)[0][0], "bytes")
# --8<-- [end:main]
