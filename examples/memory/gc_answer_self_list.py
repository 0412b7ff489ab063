"""Exercise answer: a list that contains itself."""
import gc

gc.disable()
gc.collect()

lst = []
lst.append(lst)
del lst
print("gc.collect() returns:", gc.collect())
print("and then:", gc.collect())
