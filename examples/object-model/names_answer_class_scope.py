"""Exercise: a class body's names are not visible to methods or comprehensions."""

# --8<-- [start:main]
class Prices:
    rate = 3
    base = [1, 2]
    doubled = [x * 2 for x in base]          # fine: `base` is evaluated in the class body
    try:
        scaled = [x * rate for x in base]    # `rate` is looked up from inside the comprehension
    except NameError as exc:
        print("comprehension:", exc)

    def total(self):
        try:
            return rate                      # noqa: F821
        except NameError as exc:
            return f"method: {exc}"

    def total_fixed(self):
        return self.rate                     # go through the object instead

print(Prices.doubled)
print(Prices().total())
print("self.rate:", Prices().total_fixed())
# --8<-- [end:main]
