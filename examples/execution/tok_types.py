"""Token type numbers are generated per version: the same name can have a different number."""
import io
import keyword
import token
import _tokenize   # private: the C tokenizer's iterator (see tok_pipeline.py)

# --8<-- [start:main]
print("N_TOKENS      ", token.N_TOKENS)
for name in ("NAME", "OP", "AWAIT", "ASYNC", "FSTRING_START", "TSTRING_START",
             "COMMENT", "NL", "ERRORTOKEN", "ENCODING"):
    print(f"{name:<14}", getattr(token, name, "-- not defined --"))
print("exact operator strings:", len(token.EXACT_TOKEN_TYPES))
print("tok_name[55]:", token.tok_name[55], "  tok_name[61]:", token.tok_name[61])
print("hard keywords:", len(keyword.kwlist))
print("soft keywords:", keyword.softkwlist)
parser_view = _tokenize.TokenizerIter(io.StringIO("async def f(): await g()\n").readline,
                                      extra_tokens=False)
print("async, await to the parser:",
      [token.tok_name[t[0]] for t in parser_view if t[1] in ("async", "await")])
# --8<-- [end:main]
