"""Order and memory: a set against a dict holding the same keys."""
import sys

# --8<-- [start:main]
words = ["pear", "fig", "apple", "kiwi", "plum"]
print("dict keeps insertion order:", list(dict.fromkeys(words)) == words)
print("set of small ints iterates by slot:", list({40, 3, 17, 8, 1}))
print("set of words iterates by slot (hash-dependent):", list(set(words)))

for n in (5, 100, 10_000):
    keys = list(range(n))
    print(f"n={n:<6} set {sys.getsizeof(set(keys)):>7} bytes   "
          f"dict.fromkeys {sys.getsizeof(dict.fromkeys(keys)):>7} bytes")
# --8<-- [end:main]
