"""The instructions for reading an attribute and for calling a method."""
import dis


def read(obj):
    return obj.value


def call(obj):
    return obj.method(1)


for f in (read, call):
    print(f"--- {f.__name__}")
    dis.dis(f)
