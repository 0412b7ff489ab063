"""Exercise: which expressions get a symbol table of their own?"""
import symtable

SOURCE = '''
a = [x for x in range(3)]
b = {x for x in range(3)}
c = {x: x for x in range(3)}
d = (x for x in range(3))
e = lambda x: x
'''

top = symtable.symtable(SOURCE, "kinds.py", "exec")
print("children:", [(str(c.get_type()), c.get_name()) for c in top.get_children()])
print("module identifiers:", sorted(top.get_identifiers()))
