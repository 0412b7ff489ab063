"""Exercise: how __getattr__ and __getattribute__ change what LOAD_ATTR specialises to."""
import dis


class WithGetattr:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):             # called only when normal lookup fails
        return 0


class WithGetattribute:
    def __getattribute__(self, name):        # replaces normal lookup entirely
        return 0


def read(g, h):
    return g.a, g.missing, h.a


for _ in range(100):
    read(WithGetattr(), WithGetattribute())
for ins in dis.get_instructions(read, adaptive=True):
    if "ATTR" in ins.opname:
        print(f"{ins.argrepr:8} {ins.opname}")
