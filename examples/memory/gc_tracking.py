"""Which objects does the cyclic collector track?"""
import gc

gc.disable()


def tracked(label, obj):
    print(f"{label:<34} {gc.is_tracked(obj)}")


# --8<-- [start:atoms]
tracked("int 12345", 12345)
tracked("str 'hello'", "hello")
tracked("float 1.5", 1.5)
tracked("object()", object())
tracked("empty list []", [])
tracked("empty tuple ()", ())
# --8<-- [end:atoms]

# --8<-- [start:containers]
n = 3
atoms = (n, "x")                 # built at run time from atomic items
nested = (n, [])                 # holds a list
d_atoms = {"a": n}
d_list = {"a": []}


class Plain:
    pass


tracked("tuple of atoms, new", atoms)
tracked("tuple holding a list", nested)
tracked("dict of atomic values, new", d_atoms)
tracked("dict holding a list", d_list)
tracked("instance of a class", Plain())
gc.collect()
tracked("tuple of atoms, after collect", atoms)
tracked("tuple holding a list, after", nested)
tracked("dict of atomic values, after", d_atoms)
# --8<-- [end:containers]
