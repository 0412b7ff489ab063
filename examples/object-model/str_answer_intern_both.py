"""Exercise: make the non-identifier constant shared between two code objects."""
import sys

ns1, ns2 = {}, {}
exec(compile("b = 'user id!'", "<one>", "exec"), ns1)
exec(compile("b = 'user id!'", "<two>", "exec"), ns2)
print("before:", ns1["b"] is ns2["b"])
ns1["b"] = sys.intern(ns1["b"])
ns2["b"] = sys.intern(ns2["b"])
print("after sys.intern on both:", ns1["b"] is ns2["b"])
