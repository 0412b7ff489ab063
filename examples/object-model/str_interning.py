"""Which strings are interned, and in which state (SSTATE_*)."""
import ctypes
import sys

STATES = {0: "NOT_INTERNED", 1: "INTERNED_MORTAL", 2: "INTERNED_IMMORTAL",
          3: "INTERNED_IMMORTAL_STATIC"}


def interned(s):
    return STATES[ctypes.c_uint32.from_address(id(s) + 32).value & 3]


# --8<-- [start:compile]
# Two separately compiled pieces of code: constants are not shared between them,
# unless the compiler interned them.
ns1, ns2 = {}, {}
exec(compile("a = 'user_id'; b = 'user id!'", "<one>", "exec"), ns1)
exec(compile("a = 'user_id'; b = 'user id!'", "<two>", "exec"), ns2)
print("'user_id'  (identifier-like) shared:", ns1["a"] is ns2["a"], "|", interned(ns1["a"]))
print("'user id!' (not identifier)  shared:", ns1["b"] is ns2["b"], "|", interned(ns1["b"]))
# --8<-- [end:compile]

# --8<-- [start:runtime]
built = "".join(["user", "_id"])                 # made at run time: never interned
print("built is the constant:", built is ns1["a"], "|", interned(built))
same = sys.intern(built)
print("sys.intern(built) is the constant:", same is ns1["a"])

fresh = "".join(["order", "_total"])             # no such constant exists yet
rc_before = sys.getrefcount(fresh)
fresh = sys.intern(fresh)
print("sys.intern of a new string:", interned(fresh), "| refcount", rc_before, "->",
      sys.getrefcount(fresh))
if hasattr(sys, "_is_interned"):                 # added in 3.13
    print("sys._is_interned(fresh):", sys._is_interned(fresh))
if hasattr(sys, "_is_immortal"):                 # added in 3.14
    print("sys._is_immortal(fresh):", sys._is_immortal(fresh))
# --8<-- [end:runtime]

# --8<-- [start:names]
code = compile("spam_and_eggs = 'spam_and_eggs_value'", "<names>", "exec")
print("co_names[0]: ", interned(code.co_names[0]))
print("co_consts[0]:", interned(code.co_consts[0]))
# --8<-- [end:names]

# --8<-- [start:marshal]
# Code read back from a .pyc file goes through marshal. Dump a code object, let the
# compiled original (and its constant) die, then load it again.
import marshal
data = marshal.dumps(compile("z = 'pyc_constant'", "<pyc>", "exec"))
print("compiled now:   ", interned(compile("z = 'fresh_constant'", "<now>", "exec").co_consts[0]))
loaded = marshal.loads(data)
print("via marshal:    ", interned(loaded.co_consts[0]))
# --8<-- [end:marshal]
