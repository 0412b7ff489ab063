"""The type attribute cache is keyed by tp_version_tag; changing a class invalidates it."""
import _testcapi


class Base:
    greeting = "hello"


class Child(Base):
    pass


def tag(cls):
    return _testcapi.type_get_version(cls)


c = Child()
print("new class has a tag before any lookup:", tag(Child) != 0)
c.greeting                                  # _PyType_Lookup assigns tags
before = tag(Child), tag(Base)
print("after c.greeting, Child and Base have tags:", before[0] != 0, before[1] != 0)
c.greeting
print("a second lookup keeps them:", (tag(Child), tag(Base)) == before)

Base.greeting = "hi"                        # type_setattro -> PyType_Modified(Base)
print("after Base.greeting = 'hi': Child tag", tag(Child), "| Base tag", tag(Base))
print("c.greeting is now", repr(c.greeting), "| new tags differ from old:",
      tag(Child) not in before and tag(Base) not in before)

c.__dict__["greeting"] = "mine"             # an instance dict is not part of the type
t = tag(Child)
print("writing the instance dict leaves the tag alone:", tag(Child) == t, repr(c.greeting))
