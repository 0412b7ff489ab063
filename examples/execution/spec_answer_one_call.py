"""Exercise: what has changed in the adaptive code after exactly one call?"""
import dis


def hyp(a, b):
    return (a * a + b * b) ** 0.5


hyp(3.0, 4.0)
for ins in dis.get_instructions(hyp, adaptive=True):
    print(ins.opname)
