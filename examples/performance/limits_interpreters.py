"""Subinterpreters: which module each version has, and what an interpreter created by it gets."""
import importlib.util
import sys

# --8<-- [start:modules]
names = ["_xxsubinterpreters", "_interpreters", "concurrent.interpreters"]
for name in names:
    try:
        found = importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:          # the package concurrent.interpreters is missing
        found = False
    print(f"{name:<26}", "present" if found else "absent")
# --8<-- [end:modules]

if sys.version_info < (3, 14):
    print("(no public API on this version: the rest needs 3.14)")
    raise SystemExit(0)

# --8<-- [start:isolated]
from concurrent import interpreters
import _interpreters                     # the C module behind it, for get_config()

interp = interpreters.create()
config = _interpreters.get_config(interp.id)
print("own GIL:", config.gil, "| shares the main allocator:", config.use_main_obmalloc)
print("may fork:", config.allow_fork, "| may start threads:", config.allow_threads)

counter = 0                                      # a global of this __main__
interp.exec("import sys; sys.setswitchinterval(0.05); counter = 100")
print("interval there:", interp.call(sys.getswitchinterval), "| here:", sys.getswitchinterval())
print("counter here is still", counter)
# --8<-- [end:isolated]

# --8<-- [start:sharing]
for value in (7, b"bytes", "text", (1, 2), [1, 2], {"a": 1}):
    print(f"{type(value).__name__:<6} shareable without pickling: {interpreters.is_shareable(value)}")


def stateless(n):                        # no closure, no globals: sent without pickling
    return sum(range(n))


print("a stateless function of this __main__, called there:", interp.call(stateless, 10))
interp.close()
# --8<-- [end:sharing]
