"""What -O and -OO remove: compile one module at optimisation levels 0, 1 and 2."""
# --8<-- [start:main]
SOURCE = '''\
"""Module docstring."""
def check(x):
    "Function docstring."
    assert x > 0, "must be positive"
    return x
'''
for level in (0, 1, 2):
    module = compile(SOURCE, "shop.py", "exec", optimize=level)
    func = next(c for c in module.co_consts if hasattr(c, "co_code"))
    docs = [c for c in module.co_consts if isinstance(c, str)]
    print(f"optimize={level}: module strings {docs!r:23}"
          f" check() consts {func.co_consts!r}")
# --8<-- [end:main]
