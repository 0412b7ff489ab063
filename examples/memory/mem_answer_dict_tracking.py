"""Exercise answer: when does the collector track a dict that holds only strings?"""
import gc

# --8<-- [start:main]
atoms = {"name": "alpha", "kind": "user"}
nested = {"name": "alpha", "tags": []}
print("dict of str, fresh          :", gc.is_tracked(atoms))
print("dict holding a list, fresh  :", gc.is_tracked(nested))
gc.collect()
print("dict of str, after collect  :", gc.is_tracked(atoms))
nested["tags"] = "none"                      # no container left inside
gc.collect()
print("formerly nested, after collect:", gc.is_tracked(nested))
# --8<-- [end:main]
