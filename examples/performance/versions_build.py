"""What kind of build is this interpreter? The facts that change speed before any code runs."""
import platform
import shlex
import sys
import sysconfig

# --8<-- [start:main]
args = shlex.split(sysconfig.get_config_var("CONFIG_ARGS") or "")
cflags = sysconfig.get_config_var("PY_CORE_CFLAGS") or ""


def flag(name):
    return any(a == name or a.startswith(name + "=") for a in args)


def maps_libpython():
    """Is the interpreter's code in a shared libpython, or inside the executable?"""
    with open("/proc/self/maps") as f:
        return "libpython" in f.read()


tail = sysconfig.get_config_var("Py_TAIL_CALL_INTERP")          # 3.14 spelling
if tail is None:
    tail = sysconfig.get_config_var("_Py_TAIL_CALL_INTERP")     # 3.15 spelling
jit = getattr(sys, "_jit", None)

print("version               ", platform.python_version())
print("C compiler            ", platform.python_compiler().split()[0])
print("--enable-optimizations", flag("--enable-optimizations"))
print("--with-lto            ", flag("--with-lto"))
print("-O level in OPT       ", [w for w in sysconfig.get_config_var("OPT").split() if w.startswith("-O")])
print("executable maps libpython", maps_libpython())
print("computed gotos        ", bool(sysconfig.get_config_var("HAVE_COMPUTED_GOTOS")))
print("tail-calling interp   ", tail)
print("frame pointers forced ", "-fno-omit-frame-pointer" in cflags)
print("JIT configure flag    ", next((a for a in args if a.startswith("--enable-experimental-jit")), None))
print("sys._jit exists       ", jit is not None)
if jit is not None:
    print("JIT available/enabled ", jit.is_available(), jit.is_enabled())
print("free-threaded build   ", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
# --8<-- [end:main]
