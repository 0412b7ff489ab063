"""Exercise answer: sys.getsizeof is shallow; add the referenced objects yourself."""
import sys

# --8<-- [start:main]
words = ["alpha", "beta", "gamma"]
shallow = sys.getsizeof(words)
deep = shallow + sum(sys.getsizeof(w) for w in words)
print("list alone        :", shallow)
print("list + its strings:", deep)
# --8<-- [end:main]
