"""array('d') stores raw doubles; every read makes a new float object."""
import sys
import tracemalloc
from array import array

N = 10_000

# --8<-- [start:store]
values = [float(i) for i in range(N)]
doubles = array("d", values)
print("itemsize:", doubles.itemsize, "bytes per item")
print("list  getsizeof:", sys.getsizeof(values), "+", N, "floats of", sys.getsizeof(1.5))
print("array getsizeof:", sys.getsizeof(doubles))
print("same numbers:", doubles.tolist() == values)
# --8<-- [end:store]

# --8<-- [start:boxing]
print("list item is the same object each time: ", values[7] is values[7])
print("array item is the same object each time:", doubles[7] is doubles[7])
tracemalloc.start()
total = sum(doubles)                  # each item becomes a float, briefly
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
print("sum of the array:", total, "- peak traced bytes below 100:", peak < 100)
# --8<-- [end:boxing]

# --8<-- [start:slices]
part = doubles[:4]                    # slicing an array copies the items
part[0] = -1.0
print("array slice is a copy:", doubles[0] == 0.0)
view = memoryview(doubles)[:4]        # slicing a memoryview does not
view[0] = -1.0
print("memoryview slice writes through:", doubles[0] == -1.0, view.format, view.nbytes)
try:
    doubles.append(1.0)               # the exporter cannot move its buffer now
except BufferError as e:
    print("append while a view exists:", e)
view.release()
doubles.append(1.0)
print("after release:", len(doubles))
# --8<-- [end:slices]
