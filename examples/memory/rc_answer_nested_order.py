"""Predict the order: del items where items = [a, [b, c], d]."""


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


items = [Noisy("a"), [Noisy("b"), Noisy("c")], Noisy("d")]
del items
