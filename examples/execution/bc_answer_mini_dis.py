"""Answer: a tiny disassembler that reads co_code by hand and agrees with dis."""
import dis
import opcode

# --8<-- [start:main]
entries = opcode._inline_cache_entries

def cache_count(op):
    if isinstance(entries, list):          # 3.12
        return entries[op]
    return entries.get(dis.opname[op], 0)

def mini_dis(code):
    out, i, ext = [], 0, 0
    while i < len(code):
        op, arg = code[i], code[i + 1] | ext
        ext = (arg << 8) if op == dis.EXTENDED_ARG else 0
        out.append((i, dis.opname[op], arg if op >= dis.HAVE_ARGUMENT else None))
        i += 2 + 2 * cache_count(op)
    return out

def sample(obj, key):
    return obj.items[key] + len(key)

mine = mini_dis(sample.__code__.co_code)
theirs = [(i.offset, i.opname, i.arg) for i in dis.get_instructions(sample)]
for row in mine:
    print(row)
print("matches dis.get_instructions:", mine == theirs)
# --8<-- [end:main]
