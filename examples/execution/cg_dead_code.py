"""Dead code elimination and jump threading in the CFG optimiser."""
import dis

# --8<-- [start:main]
def after_return():
    return 1
    print("never runs")            # unreachable: removed

def constant_test():
    if 0:                          # a constant condition
        print("never runs")
    return 2

for func in (after_return, constant_test):
    ops = [ins.opname for ins in dis.get_instructions(func)]
    print(f"{func.__name__:14}", ops)
    print(" " * 15, "'print' still in co_names:", "print" in func.__code__.co_names)
# --8<-- [end:main]
