"""What a def statement compiles to: building a function object at run time."""
import dis

# --8<-- [start:main]
source = '''
def scale(x, factor=2, *, offset=0) -> float:
    return x * factor + offset
'''
dis.dis(compile(source, "<module>", "exec"), depth=0)
# --8<-- [end:main]
