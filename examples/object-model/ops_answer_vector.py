"""A vector that supports v * 2, 2 * v and v *= 2, with a log of each call."""


class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vector{tuple(self.xs)}"

    def __mul__(self, k):
        print("    __mul__")
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vector(*(x * k for x in self.xs))

    def __rmul__(self, k):
        print("    __rmul__")
        return self.__mul__(k)

    def __imul__(self, k):
        print("    __imul__")
        if not isinstance(k, (int, float)):
            return NotImplemented
        self.xs = [x * k for x in self.xs]
        return self


v = Vector(1, 2)
print("v * 2:");  print("   ", v * 2)
print("2 * v:");  print("   ", 2 * v)
before = v
print("v *= 2:")
v *= 2
print("   ", v, "| same object:", v is before)
print("v * 'a':")
try:
    v * "a"
except TypeError as exc:
    print("    TypeError:", exc)
