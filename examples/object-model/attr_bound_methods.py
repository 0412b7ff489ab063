"""Functions are non-data descriptors: reading one through an instance binds it."""


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def doubled(self):
        return self.n * 2


c = Counter()
raw = Counter.__dict__["bump"]
print("in the class dict:      ", type(raw).__name__)
print("through the class:      ", type(Counter.bump).__name__, Counter.bump is raw)
print("through the instance:   ", type(c.bump).__name__)
print("c.bump is c.bump:       ", c.bump is c.bump, "| equal:", c.bump == c.bump)
m = c.bump
print("__func__ is the function:", m.__func__ is raw, "| __self__ is c:", m.__self__ is c)
print("raw.__get__(c, Counter): ", raw.__get__(c, Counter) == c.bump)
print("calling it by hand:      ", raw.__get__(c)(5), "=", c.n)

print("function has __get__, __set__:", hasattr(raw, "__get__"), hasattr(raw, "__set__"))
for name in ("make", "helper", "doubled"):
    d = Counter.__dict__[name]
    print(f"{name:8} {type(d).__name__:13} __set__: {hasattr(d, '__set__')!s:5} "
          f"c.{name} -> {type(getattr(c, name)).__name__}")
print("c.make.__self__ is Counter:", c.make.__self__ is Counter)
print("c.helper is the plain function:", c.helper is Counter.__dict__["helper"].__func__)
try:
    c.doubled = 10
except AttributeError as e:
    print("c.doubled = 10 ->", type(e).__name__ + ":", e)
c.__dict__["doubled"] = "shadow?"
print("with 'doubled' in the instance dict, c.doubled ->", c.doubled)
