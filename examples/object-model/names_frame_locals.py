"""frame.f_locals and locals() before and after PEP 667 (3.13)."""
import sys

# --8<-- [start:types]
print("module level:", type(sys._getframe().f_locals).__name__,
      "| is globals():", sys._getframe().f_locals is globals())

class Box:
    print("class body:  ", type(sys._getframe().f_locals).__name__)

def function():
    print("function:    ", type(sys._getframe().f_locals).__name__,
          "| locals():", type(locals()).__name__)

function()
# --8<-- [end:types]

# --8<-- [start:write]
def write_through():
    x = 1
    proxy = sys._getframe().f_locals
    proxy["x"] = 99                  # write to the frame's view of x
    proxy["extra"] = "new"           # a name the compiler never saw
    return x, "extra" in sys._getframe().f_locals

print("x after writing f_locals['x'] = 99, extra visible:", write_through())
# --8<-- [end:write]

# --8<-- [start:snapshot]
def snapshots():
    x = 1
    first = locals()
    x = 2
    second = locals()
    return first["x"], second["x"], first is second

print("locals() twice (first x, second x, same dict):", snapshots())
# --8<-- [end:snapshot]
