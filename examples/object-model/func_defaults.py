"""Defaults are evaluated once, when def runs, and stored on the function."""

# --8<-- [start:once]
calls = 0

def make_default():
    global calls
    calls += 1
    return []

def append_to(item, bucket=make_default()):
    bucket.append(item)
    return bucket

print("make_default() ran", calls, "time(s) before any call")
first = append_to(1)
print("append_to(1) returned", first)
second = append_to(2)
print("append_to(2) returned", second, "and first is now", first)
print("same list both times:", first is second,
      "| it is __defaults__[0]:", first is append_to.__defaults__[0])
print("make_default() ran", calls, "time(s) in total")
# --8<-- [end:once]

# --8<-- [start:fix]
def append_fixed(item, bucket=None):
    if bucket is None:           # a fresh list on every call that needs one
        bucket = []
    bucket.append(item)
    return bucket

print("append_fixed:", append_fixed(1), append_fixed(2),
      "| __defaults__ stays", append_fixed.__defaults__)

def kwonly(*, sep=", "):
    return sep
print("__kwdefaults__:", kwonly.__kwdefaults__, "| __defaults__:", kwonly.__defaults__)
kwonly.__kwdefaults__ = {"sep": " | "}      # defaults are ordinary, writable attributes
print("after replacing __kwdefaults__, kwonly() returns", repr(kwonly()))
# --8<-- [end:fix]
