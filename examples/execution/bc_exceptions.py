"""try/except: the handler code after the return, and the exception table."""
import dis

# --8<-- [start:main]
def guarded(d, k):
    try:
        return d[k]
    except KeyError:
        return None

dis.dis(guarded)
# --8<-- [end:main]
