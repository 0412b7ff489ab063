"""Errors that only the symbol table pass can find: the parser accepts all of these."""
import ast
import symtable

# --8<-- [start:main]
CASES = {
    "parameter and global":   "def f(x):\n    global x\n",
    "parameter and nonlocal": "def g():\n    def f(x):\n        nonlocal x\n",
    "nonlocal at module level": "nonlocal x\n",
    "no binding for nonlocal": "def f():\n    nonlocal x\n",
    "nonlocal of a global":   "x = 1\ndef f():\n    nonlocal x\n",
    "assigned before global": "def f():\n    x = 1\n    global x\n",
    "used before global":     "def f():\n    print(x)\n    global x\n",
    "annotated global":       "def f():\n    global x\n    x: int = 1\n",
    "nonlocal and global":    "def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n",
    "walrus in class comp":   "class C:\n    ys = [(y := n) for n in range(3)]\n",
    "rebind comp variable":   "[n := 0 for n in range(3)]\n",
    "yield in annotation":    "def f(x: (yield)): pass\n",
    "nonlocal type param":    "def f[T]():\n    def g():\n        nonlocal T\n",
    "duplicate argument":     "def f(a, a): pass\n",
}
for label, source in CASES.items():
    ast.parse(source)                       # the parser accepts every one
    try:
        symtable.symtable(source, "case.py", "exec")  # the symbol table pass alone
    except SyntaxError as exc:
        print(f"{label:<25} line {exc.lineno}: {exc.msg}")
        continue
    try:
        compile(source, "case.py", "exec")  # passed the symbol table: code generation
        print(f"{label:<25} compiles")
    except SyntaxError as exc:
        print(f"{label:<25} line {exc.lineno}: {exc.msg} [from compile(), not symtable]")
# --8<-- [end:main]
