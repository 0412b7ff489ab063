import dis
class Point:
    __slots__ = ()
class P:
    kind = "point"
    def __init__(self, x):
        self.x = x
    def norm(self):
        return abs(self.x)
    @property
    def double(self):
        return 2 * self.x
class S:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

def work(p, s):
    a = p.x
    b = p.norm()
    c = p.double
    d = p.kind
    e = s.x
    f = P.kind
    g = dis.dis
    return a, b, c, d, e, f, g

for _ in range(100):
    work(P(1), S(2))
for ins in dis.get_instructions(work, adaptive=True):
    if "ATTR" in ins.opname:
        print(f"{ins.opname:32} {ins.argrepr}")
print("---")
for ins in dis.get_instructions(work):
    if "ATTR" in ins.opname:
        print(f"{ins.opname:32} {ins.argrepr}")
