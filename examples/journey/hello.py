import sys
print("hello from", sys.implementation.name, sys.version_info[:2])
