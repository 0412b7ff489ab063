"""Exercise: reading descriptors through the class instead of an instance."""


class Counter:
    def bump(self):
        return "bumped"

    @classmethod
    def make(cls):
        return cls.__name__

    @property
    def value(self):
        return 42


f = Counter.__dict__["bump"]
print("f.__get__(None, Counter) is f:", f.__get__(None, Counter) is f)
print("Counter.bump is f:", Counter.bump is f)
print("Counter.make():", Counter.make(), "| bound to:", Counter.make.__self__.__name__)
print("Counter.value is the property:", Counter.value is Counter.__dict__["value"])
print("Counter.bump(Counter()):", Counter.bump(Counter()))
