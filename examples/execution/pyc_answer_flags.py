"""co_flags of different kinds of code, decoded with dis.pretty_flags."""
import dis

# --8<-- [start:main]
def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

class Shop:
    def price(self):
        return 1

module = compile("x = 1", "<demo>", "exec")
for label, code in [("generator", gen.__code__), ("coroutine", coro.__code__),
                    ("async generator", agen.__code__),
                    ("method", Shop.price.__code__),
                    ("lambda", (lambda: 0).__code__), ("module", module)]:
    print(f"{label:16} {code.co_flags:#10x}  {dis.pretty_flags(code.co_flags)}")
# --8<-- [end:main]
