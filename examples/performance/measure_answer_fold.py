"""Which expressions does the compiler fold into a constant before anything runs?"""
import dis

# --8<-- [start:main]
EXPRESSIONS = [
    "60 * 60 * 24",
    "2 ** 20",
    "2 ** 200",
    "'ab' * 3",
    "'a' * 5000",
    "(1, 2) + (3,)",
    "-5",
    "not True",
    "[1, 2, 3][0]",
]
for src in EXPRESSIONS:
    code = compile(f"x = {src}", "<expr>", "exec")
    ops = [i.opname for i in dis.get_instructions(code)]
    work = [op for op in ops if op.startswith(("BINARY_", "UNARY_", "BUILD_", "CALL"))]
    print(f"{src:<16} {'folded' if not work else 'computed at run time: ' + ', '.join(work)}")
# --8<-- [end:main]
