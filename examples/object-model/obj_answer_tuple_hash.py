"""Exercise answer: from 3.14 a tuple caches its hash in ob_hash, after ob_size."""
# record: versions=3.14+
import ctypes
import marshal

# --8<-- [start:main]
def ob_hash(t):
    return ctypes.c_ssize_t.from_address(id(t) + 24).value

t = tuple([1, 2, 3])                   # built at run time
print("before hash(t):", ob_hash(t))
h = hash(t)
print("after hash(t): cached value == hash(t):", ob_hash(t) == h)

code = compile("x = (4, 5, 6)", "<example>", "exec")
literal = [c for c in code.co_consts if isinstance(c, tuple)][0]
print("constant just compiled, hash cached:", ob_hash(literal) != -1)
reloaded = [c for c in marshal.loads(marshal.dumps(code)).co_consts if isinstance(c, tuple)][0]
print("same constant read back by marshal, hash cached:", ob_hash(reloaded) != -1)
# --8<-- [end:main]
