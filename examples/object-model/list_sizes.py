"""sys.getsizeof of small lists and tuples, and of three ways to build the same list."""
import sys

# --8<-- [start:main]
EMPTY = sys.getsizeof([])

def show(label, obj):
    extra = ""
    if type(obj) is list:
        extra = f"  (len {len(obj)}, capacity {(sys.getsizeof(obj) - EMPTY) // 8})"
    print(f"{label:28} {sys.getsizeof(obj):4}{extra}")

show("[]", [])
show("[1]", [1])
show("[1, 2, 3]", [1, 2, 3])
show("()", ())
show("(1,)", (1,))
show("(1, 2, 3)", (1, 2, 3))
print()
show("list(range(10))", list(range(10)))
show("[*range(10)]", [*range(10)])
show("[i for i in range(10)]", [i for i in range(10)])
# --8<-- [end:main]
