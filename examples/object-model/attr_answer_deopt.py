"""Exercise: a specialised LOAD_ATTR meets instances whose values are no longer inline."""
import dis


class P:
    def __init__(self):
        self.x = 1


def get_x(o):
    return o.x


def show(label):
    ops = [i.opname for i in dis.get_instructions(get_x, adaptive=True) if "ATTR" in i.opname]
    print(f"{label:34} {ops}")


for _ in range(100):
    get_x(P())
show("after 100 ordinary instances:")

replaced = []
for _ in range(100):
    o = P()
    o.__dict__ = {"x": 2}            # a fresh dict replaces the inline/shared values
    replaced.append(o)
print("sum over them:", sum(get_x(o) for o in replaced))
show("after 100 with a replaced __dict__:")
