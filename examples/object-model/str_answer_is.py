"""Exercise: predict each identity test."""
import sys

abc = "abc"                                    # a constant of this module
built = "".join(["ab", "c"])                   # the same value, built at run time
print("built is abc:            ", built is abc)
print("built[0] is abc[0]:      ", built[0] is abc[0])
print("built[1:] is abc[1:]:    ", built[1:] is abc[1:])
print("sys.intern(built) is abc:", sys.intern(built) is abc)
wide = "".join(["€", "uro"])
print("wide[0] is wide[0]:      ", wide[0] is wide[0])
