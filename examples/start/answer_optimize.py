"""Exercise answer: what compile(..., optimize=2) leaves out of the bytecode."""
import dis

# --8<-- [start:main]
source = '''
def check(x):
    "Return x, after checking it."
    assert x > 0
    return x
'''
for level in (0, 2):
    namespace = {}
    exec(compile(source, "check.py", "exec", optimize=level), namespace)
    check = namespace["check"]
    ops = [i.opname for i in dis.get_instructions(check) if i.opname != "CACHE"]
    print(f"optimize={level}: docstring={check.__doc__!r}, {len(ops)} instructions,",
          "assert kept" if "RAISE_VARARGS" in ops else "assert removed")
# --8<-- [end:main]
