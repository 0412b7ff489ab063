"""Exercise answer: comprehensions in a class body still cannot see class names."""

# --8<-- [start:main]
class Config:
    scale = 10
    first = [x * 2 for x in range(scale)][:3]      # the outermost iterable: class scope
    try:
        scaled = [x * scale for x in range(3)]      # the body: no class scope
    except NameError as exc:
        error = str(exc)

print("first:", Config.first)
print("scaled failed:", Config.error)
print("x leaked into the class:", "x" in vars(Config))
# --8<-- [end:main]
