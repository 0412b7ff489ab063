"""Exercise: sys.getrefcount of the same kind of object, local against global."""
import sys

# --8<-- [start:main]
def local_count():
    item = []                 # one reference: the local variable
    return sys.getrefcount(item)

item = []                     # one reference: the module dict entry
print("local variable: ", local_count())
print("module global:  ", sys.getrefcount(item))
# --8<-- [end:main]
