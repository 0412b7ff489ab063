"""Str-keyed dicts use smaller entries than dicts with any other key."""
import sys


# --8<-- [start:entries]
str_keys = {"a": 1, "b": 2, "c": 3}
int_keys = {1: 1, 2: 2, 3: 3}
mixed = {"a": 1, "b": 2, 3: 3}           # one non-str key is enough
print("str keys:  ", sys.getsizeof(str_keys))
print("int keys:  ", sys.getsizeof(int_keys))
print("mixed keys:", sys.getsizeof(mixed))
# eight slots hold at most five entries; the difference is 5 entries x 8 bytes (the hash)
print("difference per usable entry:", (sys.getsizeof(int_keys) - sys.getsizeof(str_keys)) // 5)

converted = dict(str_keys)
converted[4] = 4                          # inserting a non-str key converts the table
del converted[4]
print("str keys again, after an int key came and went:", sys.getsizeof(converted))
# --8<-- [end:entries]
