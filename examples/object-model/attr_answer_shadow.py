"""Exercise: which wins, the instance dict or the class? It depends on the descriptor kind."""


class Thing:
    def describe(self):
        return "method from the class"

    @property
    def size(self):
        return "property from the class"

    colour = "class attribute"


t = Thing()
t.__dict__.update(describe=lambda: "lambda from the instance dict",
                  size="instance dict", colour="instance dict")
print("t.describe():", t.describe())     # function: non-data, the instance dict wins
print("t.size:      ", t.size)           # property: data, the class wins
print("t.colour:    ", t.colour)         # plain value: the instance dict wins
print("Thing.size:  ", type(Thing.size).__name__)   # through the class: the property itself
