"""A class body is a scope, but not an enclosing scope for its methods."""
import symtable

SOURCE = '''
class Cart(list):
    discount = 0.1
    def price(self, amount):
        return amount * (1 - discount)
    def total(self):
        return super().__len__()
'''

# --8<-- [start:symtable]
top = symtable.symtable(SOURCE, "cart.py", "exec")
cart = next(t for t in top.get_children() if t.get_type() == "class")
print("class Cart names:", sorted(cart.get_identifiers()))
for method in cart.get_children():
    if method.get_type() != "function":
        continue
    print(f"method {method.get_name()}:")
    for sym in sorted(method.get_symbols(), key=lambda s: s.get_name()):
        kind = ("free" if sym.is_free() else "global" if sym.is_global()
                else "local")
        print(f"    {sym.get_name():<10} {kind}")
# --8<-- [end:symtable]

# --8<-- [start:runtime]
namespace = {}
exec(compile(SOURCE, "cart.py", "exec"), namespace)
Cart = namespace["Cart"]
try:
    Cart().price(100)
except NameError as exc:
    print("Cart().price(100) ->", type(exc).__name__ + ":", exc)
print("Cart.total.__code__.co_freevars:", Cart.total.__code__.co_freevars)
print("Cart.price.__code__.co_freevars:", Cart.price.__code__.co_freevars)
body = next(c for c in compile(SOURCE, "cart.py", "exec").co_consts
            if hasattr(c, "co_cellvars"))
print("class body code:", body.co_name, "co_cellvars =", body.co_cellvars)
print("Cart.total.__closure__[0].cell_contents is Cart:",
      Cart.total.__closure__[0].cell_contents is Cart)
# --8<-- [end:runtime]
