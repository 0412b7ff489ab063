"""Exercise answer: sort by two keys with two stable sorts."""

# --8<-- [start:main]
fruit = [("pear", 3), ("fig", 1), ("apple", 3), ("kiwi", 2), ("plum", 1), ("date", 2)]
two_pass = sorted(sorted(fruit), key=lambda item: item[1], reverse=True)
one_key = sorted(fruit, key=lambda item: (-item[1], item[0]))
print(two_pass)
print("same as one sort with a tuple key:", two_pass == one_key)
# --8<-- [end:main]
