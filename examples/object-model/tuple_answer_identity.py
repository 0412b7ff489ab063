"""Exercise answer: which expressions return the empty-tuple singleton?"""

# --8<-- [start:main]
empty = ()
nothing = []

class MyTuple(tuple):
    pass

print("tuple(x for x in []) is ():", tuple(x for x in nothing) is empty)
print("(1, 2, 3)[1:1] is ():      ", (1, 2, 3)[1:1] is empty)
print("empty + empty is ():       ", empty + empty is empty)
print("tuple('') is ():           ", tuple("") is empty)
print("MyTuple() is ():           ", MyTuple() is empty)
print("tuple([1]) is tuple([1]):  ", tuple([1]) is tuple([1]))
# --8<-- [end:main]
