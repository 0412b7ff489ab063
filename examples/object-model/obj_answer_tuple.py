"""Exercise answer: the size of a 3-tuple, from basicsize, itemsize and the GC header."""
import sys

# --8<-- [start:main]
t = (1, 2, 3)
basic, item = type(t).__basicsize__, type(t).__itemsize__
print(f"basicsize {basic} + 3 x itemsize {item} = {basic + 3 * item}; __sizeof__ = {t.__sizeof__()}")
print(f"sys.getsizeof(t) = {sys.getsizeof(t)}")
# --8<-- [end:main]
