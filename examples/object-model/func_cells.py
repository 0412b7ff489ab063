"""Cells and free variables: the compiler's view and the bytecode that uses them."""
import dis

# --8<-- [start:main]
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

print("counter:   co_varnames", counter.__code__.co_varnames,
      "co_cellvars", counter.__code__.co_cellvars,
      "co_freevars", counter.__code__.co_freevars)
tick = counter()
print("increment: co_varnames", tick.__code__.co_varnames,
      "co_cellvars", tick.__code__.co_cellvars,
      "co_freevars", tick.__code__.co_freevars)
print("calls:", tick(), tick(), tick(), "| cell now holds", tick.__closure__[0].cell_contents)
print("\n--- counter ---")
dis.dis(counter, depth=0)
print("\n--- increment ---")
dis.dis(tick)
# --8<-- [end:main]
