"""The co_* attributes of one code object, printed on every version."""
import dis

# --8<-- [start:main]
def outer(a, b=2, /, c=3, *args, d, **kwargs):
    "Add things up."
    total = a + b + c + d
    def inner():
        return total + len(args)
    return inner

code = outer.__code__
for name in ("co_name", "co_qualname", "co_firstlineno",
             "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
             "co_nlocals", "co_stacksize",
             "co_varnames", "co_cellvars", "co_freevars",
             "co_names", "co_consts"):
    value = getattr(code, name)
    if name == "co_consts":          # show code objects by name, not by address
        value = tuple(f"<code {c.co_name}>" if hasattr(c, "co_code") else c
                      for c in value)
    print(f"{name:19} {value!r}")
print(f"{'co_flags':19} {code.co_flags:#x} = {dis.pretty_flags(code.co_flags)}")

inner = outer(1, d=4).__code__
print(f"inner: co_qualname={inner.co_qualname!r} co_freevars={inner.co_freevars}"
      f" flags={dis.pretty_flags(inner.co_flags)}")
# --8<-- [end:main]
