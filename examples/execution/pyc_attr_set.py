"""Which co_* names a code object has on each version."""
# --8<-- [start:main]
import warnings

code = (lambda: None).__code__
public = sorted(n for n in dir(code) if n.startswith("co_"))
print(len(public), "co_ attributes:")
print(" ", ", ".join(public))
print("methods:", [n for n in ("replace", "co_lines", "co_positions",
                               "co_branches", "_co_code_adaptive")
                   if hasattr(code, n)])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        table = code.co_lnotab
        print("co_lnotab:", table, "warning:", caught[0].category.__name__)
    except AttributeError as exc:
        print("co_lnotab: AttributeError:", exc)
# --8<-- [end:main]
