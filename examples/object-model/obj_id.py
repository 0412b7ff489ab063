"""id() on CPython: the address of the object's header, announced to audit hooks."""
import ctypes
import sys

# --8<-- [start:main]
print(id.__doc__.splitlines()[-1])

answer = 42
address = id(answer)
back = ctypes.cast(address, ctypes.py_object).value   # the address, turned back into a reference
print("the object at address id(answer) is answer:", back is answer)

events = []
sys.addaudithook(lambda event, args: events.append(event) if event == "builtins.id" else None)
id(answer)
print("audit events raised by one call to id():", events)

# An id is unique only among objects that are alive at the same time.
print("two short-lived objects, same id:", id(object()) == id(object()))
# --8<-- [end:main]
