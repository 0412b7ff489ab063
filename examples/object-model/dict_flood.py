"""Why hash quality matters: equal hashes turn every insertion into a linear search."""

# --8<-- [start:main]
class Key:
    """A key that counts how often the dict has to compare it."""
    compares = 0

    def __init__(self, n, h):
        self.n, self.h = n, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.compares += 1
        return self.n == other.n

for label, same_hash in (("distinct hashes", False), ("all hashes equal", True)):
    for n in (100, 200, 400):
        Key.compares = 0
        d = {Key(i, 7 if same_hash else i): None for i in range(n)}
        print(f"{label:<17} n={n:<4} __eq__ calls while inserting: {Key.compares}")
# --8<-- [end:main]
