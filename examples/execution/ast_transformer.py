"""Rewrite a tree with NodeTransformer, compile it, run it, and unparse it."""
import ast

# --8<-- [start:main]
class TraceCalls(ast.NodeTransformer):
    """Wrap every call f(args) as trace('f', f(args))."""
    def visit_Call(self, node):
        self.generic_visit(node)                     # rewrite nested calls first
        if isinstance(node.func, ast.Name):
            return ast.Call(ast.Name("trace", ast.Load()),
                            [ast.Constant(node.func.id), node], [])
        return node

source = "total = sum(map(abs, [-3, 4]))\nprint(total)"
tree = TraceCalls().visit(ast.parse(source))
try:
    compile(tree, "<traced>", "exec")
except TypeError as exc:
    print("before fix_missing_locations:", exc)
ast.fix_missing_locations(tree)
print(ast.unparse(tree))

def trace(name, value):
    print(f"  {name}() returned an object of type {type(value).__name__}")
    return value
exec(compile(tree, "<traced>", "exec"), {"trace": trace})
# --8<-- [end:main]
