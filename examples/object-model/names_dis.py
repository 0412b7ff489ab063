"""Which instruction loads a name: module code, a function, a class body."""
import dis

NAME_OPS = ("LOAD_", "STORE_")


def show(title, code):
    steps = [
        f"{ins.opname} {ins.argrepr}".strip()
        for ins in dis.get_instructions(code)
        if ins.opname.startswith(NAME_OPS)
        and not ins.opname.startswith(("LOAD_CONST", "LOAD_SMALL_INT", "LOAD_COMMON"))
    ]
    print(f"{title}:")
    for step in steps:
        print("   ", step)


# --8<-- [start:main]
module_code = compile("total = price * count", "<module>", "exec")

def function(price):
    count = 3
    return price * count * TAX       # TAX is not assigned here: global

class_body = compile(
    "class Order:\n    count = 3\n    total = count * price\n", "<class>", "exec"
).co_consts[0]                       # the class body is its own code object

show("module level", module_code)
show("inside a function", function)
show("inside a class body", class_body)
# --8<-- [end:main]
