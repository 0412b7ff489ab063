"""The bytecode of the whole of shop.py, as the interpreter runs it at module level."""
import dis

# --8<-- [start:main]
source = open("shop.py", encoding="utf-8").read()
code = compile(source, "shop.py", "exec")
dis.dis(code)
# --8<-- [end:main]
