"""Which dispatch strategy was this interpreter built with?"""
import platform
import re
import sys
import sysconfig

# --8<-- [start:main]
names = sorted(k for k in sysconfig.get_config_vars()
               if "GOTO" in k.upper() or "TAIL_CALL" in k.upper())
for name in names:
    print(f"{name:22} = {sysconfig.get_config_var(name)!r}")

args = sysconfig.get_config_var("CONFIG_ARGS") or ""
for flag in ("--with-computed-gotos", "--with-tail-call-interp",
             "--enable-experimental-jit"):
    print(f"{flag:26} in CONFIG_ARGS: {flag in args}")
jit_option = re.search(r"--enable-experimental-jit(=[\w-]+)?", args)
print("JIT option:", jit_option.group(0) if jit_option else None)
# The compiler family this interpreter was built with (from its own version
# string, so it is the same on every machine that runs this interpreter).
compiler = platform.python_compiler()
print("built with:", "Clang" if "clang" in compiler.lower() else
      "GCC" if compiler.startswith("GCC") else "another compiler")
jit = getattr(sys, "_jit", None)
print("sys._jit exists:", jit is not None,
      "| JIT enabled:", jit.is_enabled() if jit else "n/a")
# --8<-- [end:main]
