"""Exercise answer: an "immutable" tuple can still be part of a reference cycle."""
import gc

# --8<-- [start:main]
gc.collect()
t = ([],)                  # a tuple holding a list
t[0].append(t)             # the list now refers back to the tuple: a cycle
print("tuple tracked:", gc.is_tracked(t), " list tracked:", gc.is_tracked(t[0]))
print("t[0][0] is t:", t[0][0] is t)
del t                      # no name refers to the pair any more...
print("objects the collector found unreachable:", gc.collect())   # ...but only gc frees them
# --8<-- [end:main]
