"""Exercise answer: why 'assignment' must come before 'star_expressions'."""
from peg_toy_parser import Parser

# --8<-- [start:main]
class Reordered(Parser):
    def stmt(self):                          # stmt: sum | assign   (wrong order)
        return self.choice("stmt", lambda: self.rule("sum"),
                           lambda: self.rule("assign"))

for cls in (Parser, Reordered):
    p = cls("x = 1")
    tree = p.parse()
    print(f"{cls.__name__:9} -> {tree}   (stopped at token {p.pos}: {p.toks[p.pos][1]!r})")
# --8<-- [end:main]
