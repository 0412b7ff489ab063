"""A try/except compiled: the handler is found through the exception table."""
import dis

# --8<-- [start:main]
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

dis.dis(safe_div)
# --8<-- [end:main]
