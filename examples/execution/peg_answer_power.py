"""Exercise answer: add a right-associative '**' to the toy parser."""
from peg_toy_parser import Parser

# --8<-- [start:main]
class WithPower(Parser):
    # term:  power '*' term | power
    # power: atom '**' power | atom        (right recursion = right associativity)
    def term(self):
        return self.choice("term",
            lambda: (lambda r: r and ("Mul", r[0], r[2]))(self.seq(
                lambda: self.rule("power"), lambda: self.expect("*"),
                lambda: self.rule("term"))),
            lambda: self.rule("power"))
    def power(self):
        return self.choice("power",
            lambda: (lambda r: r and ("Pow", r[0], r[2]))(self.seq(
                lambda: self.rule("atom"), lambda: self.expect("**"),
                lambda: self.rule("power"))),
            lambda: self.rule("atom"))

print(WithPower("2 ** 3 ** 2").parse())
print(WithPower("a * b ** 2").parse())
print("CPython agrees:", 2 ** 3 ** 2 == 2 ** (3 ** 2) == 512)
# --8<-- [end:main]
