"""The 'Did you mean' hint for a misspelt keyword comes from traceback, not the parser."""
import traceback

# --8<-- [start:main]
source = "whille count < 3:\n    count += 1\n"
try:
    compile(source, "<demo>", "exec")
except SyntaxError as exc:
    print("exc.msg:        ", exc.msg)
    print("exc._metadata:  ", getattr(exc, "_metadata", "(no such attribute)"))
    shown = traceback.format_exception_only(exc)[-1].rstrip()
    print("traceback shows:", shown)
# --8<-- [end:main]
