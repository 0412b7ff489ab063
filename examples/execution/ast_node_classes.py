"""The ASDL declarations behind the ast node classes, read back from the classes themselves."""
import ast

# --8<-- [start:main]
for cls in (ast.Module, ast.Assign, ast.BinOp, ast.Name, ast.Constant):
    print(f"{cls.__name__:9} base={cls.__bases__[0].__name__:4} doc: {cls.__doc__}")
print()
print("operator:", ast.operator.__doc__)
print("expr_context:", ast.expr_context.__doc__)
print("BinOp._fields     =", ast.BinOp._fields)
print("BinOp._attributes =", ast.BinOp._attributes)

concrete = {c.__name__ for c in ast.expr.__subclasses__()}
print(len(concrete), "kinds of expression node;",
      "t-string nodes:", sorted(concrete & {"TemplateStr", "Interpolation"}))
# --8<-- [end:main]
