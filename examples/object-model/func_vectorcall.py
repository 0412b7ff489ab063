"""How a call reaches a Python function: the vectorcall slot and func_version."""
import ctypes
import dis
import types

# --8<-- [start:slot]
HAVE_VECTORCALL = 1 << 11                      # Py_TPFLAGS_HAVE_VECTORCALL
print("function type has the vectorcall flag:",
      bool(types.FunctionType.__flags__ & HAVE_VECTORCALL))

# tp_vectorcall_offset is the 8th word of a type object (after the header,
# tp_name, tp_basicsize, tp_itemsize and tp_dealloc).
offset = ctypes.c_ssize_t.from_address(id(types.FunctionType) + 7 * 8).value
print("tp_vectorcall_offset:", offset, "of", types.FunctionType.__basicsize__, "bytes")

def vectorcall_pointer(func):
    return ctypes.c_void_p.from_address(id(func) + offset).value

def plain(a):
    return a

def outer():
    v = 1
    return lambda: v

pointers = {vectorcall_pointer(f) for f in (plain, outer, outer(), lambda: None)}
print("distinct vectorcall pointers among four Python functions:", len(pointers))
# --8<-- [end:slot]

# --8<-- [start:version]
def func_version(func):
    # a uint32_t right after the vectorcall pointer
    return ctypes.c_uint32.from_address(id(func) + offset + 8).value

def add(a, b):
    return a + b

def calls_add():
    for i in range(100):
        add(i, 1)

print("func_version of a new function is non-zero:", func_version(add) != 0)
calls_add()
calls_add()
print("after warm-up:", [i.opname for i in dis.get_instructions(calls_add, adaptive=True)
                         if i.opname.startswith("CALL")])
add.__defaults__ = (0,)                        # a critical attribute changes
print("func_version after setting __defaults__:", func_version(add))
# --8<-- [end:version]
