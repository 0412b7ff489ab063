"""Four kinds of call and the NULL slot dis prints beside the callable."""
import dis

# --8<-- [start:main]
def calls(obj, args, x):
    print(x)
    obj.method(x)
    sorted(args, reverse=True)
    print(*args)

dis.dis(calls)
# --8<-- [end:main]
