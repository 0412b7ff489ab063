"""Exercise: try to delete a local variable through frame.f_locals."""
import sys

# --8<-- [start:main]
def delete_local():
    x = 1
    view = sys._getframe().f_locals
    try:
        del view["x"]
        outcome = "deleted from the view"
    except Exception as exc:
        outcome = f"{type(exc).__name__}: {exc}"
    return outcome, "x still =", x

print(delete_local())
# --8<-- [end:main]
