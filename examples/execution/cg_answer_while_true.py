"""Exercise answer: a while True loop has no test at the top."""
import dis

# --8<-- [start:main]
def poll(ready):
    while True:
        if ready():
            break
    return "done"

ops = [ins.opname for ins in dis.get_instructions(poll)]
print(ops)
print("the constant True is loaded:", any(i.argval is True for i in dis.get_instructions(poll)))
# --8<-- [end:main]
