"""Exercise: literal 257 twice in one function, against 257 computed twice."""

# --8<-- [start:main]
def literals():
    a = 257
    b = 257
    return a is b                     # both names load the same co_consts entry

def computed():
    a = int("257")
    b = int("257")
    return a is b                     # two results: shared only if 257 is cached

print("literal 257 twice: ", literals())
print("computed 257 twice:", computed())
# --8<-- [end:main]
