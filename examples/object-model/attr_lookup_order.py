"""Which wins when a name is both in the instance dict and on the class? Trace it."""


class Loud:
    """A descriptor that reports every call to __get__."""

    def __init__(self, label):
        self.label = label

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        print(f"  {self.label}.__get__(obj={type(obj).__name__}, objtype={objtype.__name__})")
        return f"from {self.label}"


class DataLoud(Loud):
    def __set__(self, obj, value):          # defining __set__ makes it a data descriptor
        raise AttributeError(f"{self.name} is read-only")


class NonDataLoud(Loud):                    # __get__ only: a non-data descriptor
    pass


class Widget:
    data = DataLoud("data descriptor")
    nondata = NonDataLoud("non-data descriptor")
    plain = "class attribute"

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        return f"fallback for {name}"


w = Widget()
# Put the same three names straight into the instance dictionary.
w.__dict__.update(data="instance dict", nondata="instance dict", plain="instance dict")

for name in ("data", "nondata", "plain", "missing"):
    print(f"w.{name}:")
    print(f"  -> {getattr(w, name)!r}")

print("is a data descriptor:", hasattr(DataLoud, "__set__"), "| non-data:", hasattr(NonDataLoud, "__set__"))
del w.__dict__["nondata"]
print("after deleting the instance entry, w.nondata:")
print(f"  -> {w.nondata!r}")
