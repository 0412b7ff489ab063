"""Sorting is stable, the key is computed once per item, and the list is hidden while it sorts."""

# --8<-- [start:stable]
fruit = [("pear", 3), ("fig", 1), ("apple", 3), ("kiwi", 2), ("plum", 1), ("date", 2)]
print(sorted(fruit, key=lambda item: item[1]))
print(sorted(fruit, key=lambda item: item[1], reverse=True))
# --8<-- [end:stable]

# --8<-- [start:inside]
calls = 0
def count_calls(x):
    global calls
    calls += 1
    return -x

sorted(range(1000), key=count_calls)
print("key calls for 1000 items:", calls)

data = [3, 1, 2]
seen_from_key = []
def peek(x):
    seen_from_key.append((len(data), list(data)))
    return x

data.sort(key=peek)
print("what the key function sees of the list being sorted:", seen_from_key)

def meddle(x):
    data.append(x)                          # mutate the list while it is sorted
    return x

try:
    data.sort(key=meddle)
except ValueError as err:
    print("ValueError:", err, "| list afterwards:", data)
# --8<-- [end:inside]
