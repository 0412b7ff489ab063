"""Exercise answer: memoise only some rules, as CPython's (memo) markers do."""
from peg_toy_parser import Parser

# --8<-- [start:main]
class Selective(Parser):
    def __init__(self, src, memo_rules):
        super().__init__(src, memo=True)
        self.memo_rules = memo_rules
    def rule(self, name):
        self.memo = name in self.memo_rules   # consult the table only for these
        return super().rule(name)

src = "(" * 6 + "1" + ")" * 6
for rules in [set(), {"atom"}, {"term"}, {"sum"}, {"term", "sum"},
              {"stmt", "assign", "sum", "term", "atom"}]:
    p = Selective(src, rules)
    assert p.parse() == "1"
    print(f"memoised {sorted(rules) or 'nothing'}: {p.calls} rule calls")
# --8<-- [end:main]
