"""The order in which a container's deallocator releases its items."""


class Noisy:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child                   # a strong reference to the next object

    def __del__(self):
        print("  freed", self.name)


# --8<-- [start:containers]
print("del a list of a, b, c:")
items = [Noisy("a"), Noisy("b"), Noisy("c")]
del items
print("del a tuple of a, b, c:")
row = (Noisy("a"), Noisy("b"), Noisy("c"))
del row
print("del a dict with values a, b, c:")
table = {1: Noisy("a"), 2: Noisy("b"), 3: Noisy("c")}
del table
# --8<-- [end:containers]

# --8<-- [start:chain]
print("del outer -> middle -> inner:")
outer = Noisy("outer", Noisy("middle", Noisy("inner")))
del outer
print("back in the program")
# --8<-- [end:chain]
