"""Exercise answer: a descending run with repeated values, sorted stably."""

# --8<-- [start:main]
class Item:
    __slots__ = ("key", "tag")
    compares = 0

    def __init__(self, key, tag):
        self.key, self.tag = key, tag

    def __lt__(self, other):
        Item.compares += 1
        return self.key < other.key

# 500, 500, 499, 499, ..., 1, 1 : each pair tagged first/second in input order
items = [Item(k, tag) for k in range(500, 0, -1) for tag in ("first", "second")]
result = sorted(items)
stable = all(result[i].tag == "first" and result[i + 1].tag == "second"
             for i in range(0, len(result), 2))
print("sorted:", [r.key for r in result[:6]], "...")
print("equal keys kept their input order:", stable)
print("comparisons:", Item.compares)
# --8<-- [end:main]
