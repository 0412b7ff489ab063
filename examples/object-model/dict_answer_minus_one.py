"""Exercise: a __hash__ that returns -1 is turned into -2."""
class Stubborn:
    def __hash__(self):
        return -1

print("hash(Stubborn()):", hash(Stubborn()))
print("hash(-1):", hash(-1), " hash(-1.0):", hash(-1.0))
print("hash((-1,)) == hash((-2,)):", hash((-1,)) == hash((-2,)))
