"""SyntaxError messages produced by the parser's second pass, per version."""

# --8<-- [start:main]
def message(src):
    try:
        compile(src, "<demo>", "exec")
    except SyntaxError as e:
        return f"{type(e).__name__} at {e.lineno}:{e.offset}: {e.msg}"
    return "no error"

snippets = {
    "missing comma":   "items = [1, 2 3]\n",
    "Python 2 print":  "print 'hello'\n",
    "unclosed (":      "total = (1 + 2\ncount = 3\n",
    "closed later )":  "total = (1 + 2\ncount = 3\n)\n",
    "= in if":         "if x = 1:\n    pass\n",
    "import ... from": "import path from os\n",
    "elif after else": "if a:\n    pass\nelse:\n    pass\nelif b:\n    pass\n",
    "raise from":      "raise from err\n",
    "stray case":      "case 1:\n    pass\n",
    "'a' b 'c'":       "x = 'a' b 'c'\n",
    "1 + not x":       "y = 1 + not x\n",
}
for label, src in snippets.items():
    print(f"{label:16} {message(src)}")
# --8<-- [end:main]
