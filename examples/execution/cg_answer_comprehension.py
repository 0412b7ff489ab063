"""Exercise answer: an inlined list comprehension is a loop with its own handler."""
import dis

# --8<-- [start:main]
def squares(n):
    return [i * i for i in range(n)]

ops = [ins.opname for ins in dis.get_instructions(squares)]
print([op for op in ops if op in ("BUILD_LIST", "LOAD_FAST_AND_CLEAR", "FOR_ITER",
                                  "LIST_APPEND", "JUMP_BACKWARD", "END_FOR",
                                  "POP_ITER", "SWAP", "RERAISE")])
for entry in dis.Bytecode(squares).exception_entries:
    print(entry)
# --8<-- [end:main]
