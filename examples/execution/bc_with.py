"""A with statement: how __enter__ and __exit__ are found and called."""
import dis

# --8<-- [start:main]
def managed(lock):
    with lock:
        pass

dis.dis(managed)
# --8<-- [end:main]
