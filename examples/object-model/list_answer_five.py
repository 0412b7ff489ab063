"""Exercise answer: five items, three ways, three sizes."""
import sys

# --8<-- [start:main]
appended = []
for i in range(5):
    appended.append(i)
repeated = [0] * 5
literal = [0, 1, 2, 3, 4]
for name, lst in (("appended", appended), ("[0] * 5", repeated), ("literal", literal)):
    capacity = (sys.getsizeof(lst) - sys.getsizeof([])) // 8
    print(f"{name:9} len {len(lst)}  capacity {capacity}  getsizeof {sys.getsizeof(lst)}")
# --8<-- [end:main]
