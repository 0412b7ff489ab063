"""Exercise: 1, 1.0 and True are equal and hash alike, so they are one key."""
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
print("len:", len(d), " key type:", type(next(iter(d))).__name__)
print("hashes:", hash(1), hash(1.0), hash(True))
