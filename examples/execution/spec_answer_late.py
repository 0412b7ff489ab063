"""Exercise: a site that failed to specialise gets good operands. When does it notice?"""
import dis


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)


def add(a, b):
    return a + b


def form():
    return next(i.opname for i in dis.get_instructions(add, adaptive=True)
                if i.opname.startswith("BINARY_OP"))


for _ in range(100):
    add(Money(1), Money(2))          # 100 executions that cannot specialise
for execution in range(101, 10001):
    add(3, 4)                        # from now on: small ints
    if form() != "BINARY_OP":
        print(f"{form()} at execution {execution}")
        break
