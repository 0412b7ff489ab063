"""How much marshal's later format versions save on a code object full of repeated names."""
import marshal

# --8<-- [start:main]
SOURCE = "".join(
    f"def handler_{i}(request, response):\n"
    f"    response.status = request.status\n"
    f"    return response.headers.get('content-type')\n"
    for i in range(50))
code = compile(SOURCE, "handlers.py", "exec")

newest = len(marshal.dumps(code))            # marshal.version, the default
for version in range(2, marshal.version + 1):
    size = len(marshal.dumps(code, version))
    print(f"version {version}: {size / newest:6.1%} of the default size")

sliced = compile("def tail(seq):\n    return seq[1:]\n", "tail.py", "exec")
try:
    marshal.dumps(sliced, 4)
    print("a function with seq[1:] in marshal version 4: fine")
except ValueError as exc:
    print("a function with seq[1:] in marshal version 4: ValueError:", exc)
# --8<-- [end:main]
