"""Exercise answer: writing cell_contents from outside changes the closure."""

# --8<-- [start:main]
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

tick = counter()
print(tick(), tick())
tick.__closure__[0].cell_contents = 100
print("after setting cell_contents to 100:", tick())
del tick.__closure__[0].cell_contents
try:
    tick()
except NameError as exc:
    print(type(exc).__name__ + ":", exc)
# --8<-- [end:main]
