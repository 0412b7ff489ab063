"""String identity: interned names, strings built at run time, sys.intern."""
import sys

# --8<-- [start:main]
literal = "python"                    # a constant of this module's code
built = "".join(["py", "thon"])       # made at run time
print("built == literal:", built == literal)
print("built is literal:", built is literal)
print("sys.intern(built) is literal:", sys.intern(built) is literal)

# One-character strings: the built-in table of single characters.
print("chr(97) is chr(97):", chr(97) is chr(97))
print("chr(300) is chr(300):", chr(300) is chr(300))
letter_a = "a"                        # a one-character constant
print("chr(97) is letter_a:", chr(97) is letter_a)
print("sys.intern(chr(97)) is chr(97):", sys.intern(chr(97)) is chr(97))
# --8<-- [end:main]
