"""One array for locals, cells and free variables: the localsplus layout."""
# --8<-- [start:main]
def outer(a, b):
    total = a + b          # 'total' is local to outer and read by inner: a cell
    def inner():
        return total + b   # 'total' and 'b' are free variables of inner
    return inner

def slots(code):
    """Name of each slot in the frame's localsplus array (a private helper)."""
    n = len(code.co_varnames) + len(code.co_cellvars) + len(code.co_freevars)
    names = []
    for i in range(n):
        try:
            names.append(code._varname_from_oparg(i))
        except IndexError:
            break
    return names

for code in (outer.__code__, outer(1, 2).__code__):
    print(code.co_qualname)
    print("  co_varnames :", code.co_varnames)
    print("  co_cellvars :", code.co_cellvars)
    print("  co_freevars :", code.co_freevars)
    print("  slots       :", slots(code))
# --8<-- [end:main]
