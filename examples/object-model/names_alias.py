"""Two names, one list: binding, aliasing, and rebinding."""

# --8<-- [start:alias]
a = [1, 2, 3]
b = a                      # no copy: b is bound to the same list object
b.append(4)                # mutate the object through one name ...
print("a:", a)             # ... and the other name sees the change
print("a is b:", a is b)
print("same id:", id(a) == id(b))
# --8<-- [end:alias]

# --8<-- [start:rebind]
b = b + [5]                # builds a NEW list, then rebinds b to it
print("after b = b + [5]:  a =", a, " b =", b, " a is b:", a is b)

c = a
c += [6]                   # list += mutates in place: c and a still share
print("after c += [6]:     a =", a, " c is a:", c is a)

n = 10
m = n
m += 1                     # ints are immutable: += rebinds m to a new int
print("after m += 1:       n =", n, " m =", m, " m is n:", m is n)
# --8<-- [end:rebind]
