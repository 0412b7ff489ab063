"""Exercise: predict sys.getsizeof for four five-character strings."""
import sys

for word in ["hello", "héllo", "h€llo", "h🐍llo"]:
    s = "".join(list(word))                 # a fresh copy, no cached UTF-8
    print(f"{word!r}: {sys.getsizeof(s)} bytes")
