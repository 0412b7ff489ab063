"""Exercise: a non-data descriptor that caches its result in the instance dict."""


class cached:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.calls += 1
        value = self.func(obj)
        obj.__dict__[self.name] = value          # next time, the instance dict wins
        return value


class Report:
    @cached
    def total(self):
        return sum(range(1_000))


r = Report()
print([r.total for _ in range(5)])
print("__get__ calls:", Report.__dict__["total"].calls, "| in r.__dict__:", "total" in r.__dict__)
del r.total
print("after del r.total:", r.total, "| __get__ calls:", Report.__dict__["total"].calls)
