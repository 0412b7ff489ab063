"""Exercise answer: constant folding refuses results that would be too big."""
import dis

# --8<-- [start:main]
for src in ["2 ** 64", "2 ** 200", "'ab' * 2048", "'ab' * 2049", "(0,) * 256", "(0,) * 257"]:
    code = compile(src, "<limits>", "eval")
    ops = [i.opname for i in dis.get_instructions(code)
           if i.opname not in ("RESUME", "RETURN_VALUE", "CACHE")]
    print(f"{src:12}", "folded" if "BINARY_OP" not in ops else "not folded", ops)
# --8<-- [end:main]
