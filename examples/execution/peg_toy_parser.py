"""A tiny PEG parser: ordered choice, backtracking and packrat memoisation."""
import io
import tokenize

# --8<-- [start:parser]
def tokens_of(src):
    """Python's own tokenizer; keep (type name, text) and drop layout tokens."""
    skip = {"NEWLINE", "NL", "ENDMARKER", "INDENT", "DEDENT"}
    toks = [(tokenize.tok_name[t.type], t.string)
            for t in tokenize.generate_tokens(io.StringIO(src).readline)]
    return [t for t in toks if t[0] not in skip] + [("END", "")]

class Parser:
    def __init__(self, src, memo=True, trace=False):
        self.toks, self.pos = tokens_of(src), 0
        self.memo, self.cache, self.trace = memo, {}, trace
        self.calls = 0                       # rule bodies actually executed

    def expect(self, text=None, kind=None):  # match one token or fail
        typ, val = self.toks[self.pos]
        if (text is not None and val == text) or (kind is not None and typ == kind):
            self.pos += 1
            return val
        return None

    def rule(self, name):                    # call a rule, through the memo table
        key = (name, self.pos)
        if self.memo and key in self.cache:
            result, self.pos = self.cache[key]
            return result
        self.calls += 1
        start = self.pos
        result = getattr(self, name)()
        if result is None:
            self.pos = start                 # a failed rule consumes nothing
        self.cache[key] = (result, self.pos)
        return result

    def choice(self, name, *alternatives):   # ordered choice: first success wins
        start = self.pos
        for i, alt in enumerate(alternatives, 1):
            result = alt()
            if result is not None:
                if self.trace:
                    print(f"  {name} alt {i} matched tokens {start}..{self.pos}")
                return result
            if self.trace:
                print(f"  {name} alt {i} failed; rewind to token {start}")
            self.pos = start                 # backtrack: rewind the input
        return None

    def seq(self, *parts):                   # e1 e2 ...: all or nothing
        out = []
        for part in parts:
            r = part()
            if r is None:
                return None
            out.append(r)
        return out

    # stmt:   assign | expr_stmt
    # assign: NAME '=' sum
    # sum:    term '+' sum | term
    # term:   atom '*' term | atom
    # atom:   NAME | NUMBER | '(' sum ')'
    def stmt(self):
        return self.choice("stmt", lambda: self.rule("assign"),
                           lambda: self.rule("sum"))
    def assign(self):
        r = self.seq(lambda: self.expect(kind="NAME"), lambda: self.expect("="),
                     lambda: self.rule("sum"))
        return None if r is None else ("Assign", r[0], r[2])
    def sum(self):
        return self.choice("sum",
            lambda: (lambda r: r and ("Add", r[0], r[2]))(self.seq(
                lambda: self.rule("term"), lambda: self.expect("+"),
                lambda: self.rule("sum"))),
            lambda: self.rule("term"))
    def term(self):
        return self.choice("term",
            lambda: (lambda r: r and ("Mul", r[0], r[2]))(self.seq(
                lambda: self.rule("atom"), lambda: self.expect("*"),
                lambda: self.rule("term"))),
            lambda: self.rule("atom"))
    def atom(self):
        return self.choice("atom",
            lambda: self.expect(kind="NAME"),
            lambda: self.expect(kind="NUMBER"),
            lambda: (lambda r: r and r[1])(self.seq(
                lambda: self.expect("("), lambda: self.rule("sum"),
                lambda: self.expect(")"))))

    def parse(self):
        tree = self.rule("stmt")
        return tree if self.toks[self.pos][0] == "END" else None
# --8<-- [end:parser]

# --8<-- [start:trace]
def show_trace():
    print("Trace of 'x + 1' (memo on):")
    print("result:", Parser("x + 1", trace=True).parse())
# --8<-- [end:trace]

# --8<-- [start:memo]
def count_calls():
    print("depth  calls without memo  calls with memo")
    for depth in range(1, 7):
        src = "(" * depth + "1" + ")" * depth
        plain, packrat = Parser(src, memo=False), Parser(src, memo=True)
        assert plain.parse() == packrat.parse() == "1"
        print(f"{depth:5}  {plain.calls:18}  {packrat.calls:15}")
# --8<-- [end:memo]

if __name__ == "__main__":
    show_trace()
    print()
    count_calls()
