"""Exercise answer: a finally block's handler keeps lasti on the stack."""
import dis

# --8<-- [start:main]
def tidy(resource):
    try:
        resource.use()
    finally:
        resource.close()

bc = dis.Bytecode(tidy)
print(bc.dis().split("ExceptionTable:")[1].strip())
# --8<-- [end:main]
