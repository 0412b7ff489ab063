"""C3 linearisation: a diamond, the merge done by hand, and a hierarchy C3 rejects."""


class A:
    def hello(self):
        return "A"


class B(A):
    def hello(self):
        return "B then " + super().hello()


class C(A):
    def hello(self):
        return "C then " + super().hello()


class D(B, C):
    def hello(self):
        return "D then " + super().hello()


def names(classes):
    return [k.__name__ for k in classes]


print("D.__mro__: ", names(D.__mro__))
print("D().hello():", D().hello())


# --8<-- [start:merge]
def c3(cls):
    """The merge that pmerge() performs, written in Python."""
    to_merge = [list(b.__mro__) for b in cls.__bases__] + [list(cls.__bases__)]
    result = [cls]
    while any(to_merge):
        for seq in to_merge:
            if not seq:
                continue
            head = seq[0]
            # a good head appears in no list except at the front
            if not any(head in other[1:] for other in to_merge):
                break
        else:
            raise TypeError("no good head: " + str([names(s) for s in to_merge if s]))
        print(f"  take {head.__name__:6} from {[names(s) for s in to_merge if s]}")
        result.append(head)
        to_merge = [s[1:] if s and s[0] is head else s for s in to_merge]
    return result


print("merge for D:")
print("same as D.__mro__:", c3(D) == list(D.__mro__))
# --8<-- [end:merge]

# --8<-- [start:fail]
try:
    class X(A, B):    # lists A before B, but B is a subclass of A
        pass
except TypeError as e:
    print("class X(A, B) ->", type(e).__name__ + ":", e)

try:
    class W(D, C, B):  # C before B contradicts D's own order, B before C
        pass
except TypeError as e:
    print("class W(D, C, B) ->", type(e).__name__ + ":", e)
# --8<-- [end:fail]
