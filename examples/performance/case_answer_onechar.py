"""Exercise: which equal fields of two parsed lines are one object?"""
first = "10.0.0.1 GET /a 200 5".split()
second = "10.0.0.1 GET /a 200 5".split()
for name, a, b in zip(["ip", "method", "path", "status", "size"], first, second):
    print(f"{name:<7} {a!r:<12} same object: {a is b}")
