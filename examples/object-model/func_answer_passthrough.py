"""Exercise answer: a middle function carries a free variable it never uses."""

# --8<-- [start:main]
def a():
    x = "from a"
    def b():
        def c():
            return x
        return c
    return b

for name, code in (("a", a.__code__), ("b", a().__code__), ("c", a()().__code__)):
    print(f"{name}: co_cellvars={code.co_cellvars} co_freevars={code.co_freevars}")
mid = a()
inner = mid()
print("b's cell is c's cell:", mid.__closure__[0] is inner.__closure__[0])
print(a()()())
# --8<-- [end:main]
