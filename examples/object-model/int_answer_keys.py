"""Exercise answer: True, 1 and 1.0 as dict keys; zeros in a set."""
print({True: "a", 1: "b", 1.0: "c"})
print(len({0, False, 0.0, -0.0}), {0, False, 0.0, -0.0})
print(hash(True), hash(1), hash(1.0), hash(-0.0))
