"""PEP 709: list, dict and set comprehensions are inlined into their function."""
import dis

# --8<-- [start:scope]
def squares(n):
    x = "outer x"
    result = [x * x for x in range(n)]
    gen = (x * x for x in range(n))
    return result, list(gen), x

print(squares(4))
nested = [c.co_name for c in squares.__code__.co_consts if hasattr(c, "co_name")]
print("nested code objects in squares:", nested)

def lambdas():
    return [lambda: x for x in range(3)]

print("lambdas() cellvars:", lambdas.__code__.co_cellvars,
      "| nested:", [c.co_name for c in lambdas.__code__.co_consts if hasattr(c, "co_name")])
print("each lambda returns:", [f() for f in lambdas()])

def peek():
    y = 1
    return [sorted(locals()) for _ in range(1)][0]
print("locals() inside a comprehension:", peek())
# --8<-- [end:scope]

# --8<-- [start:dis]
def doubled(items):
    return [i * 2 for i in items]

dis.dis(doubled)
# --8<-- [end:dis]
