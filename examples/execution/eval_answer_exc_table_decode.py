"""Exercise answer: decode co_exceptiontable by hand, as get_exception_handler does."""
import dis

# --8<-- [start:main]
def parse_varint(table, i):
    """6 bits per byte, bit 6 (64) means 'more bytes follow'."""
    b = table[i]; value = b & 63
    while b & 64:
        i += 1; b = table[i]
        value = (value << 6) | (b & 63)
    return value, i + 1

def decode(code):
    table, i, entries = code.co_exceptiontable, 0, []
    while i < len(table):
        assert table[i] & 128, "bit 7 marks the first byte of an entry"
        start, i = parse_varint(table, i)
        size, i = parse_varint(table, i)
        target, i = parse_varint(table, i)
        depth_lasti, i = parse_varint(table, i)
        # the table counts 2-byte code units; dis shows byte offsets
        entries.append((start * 2, (start + size) * 2 - 2, target * 2,
                        depth_lasti >> 1, bool(depth_lasti & 1)))
    return entries

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

print("raw bytes:", safe_div.__code__.co_exceptiontable.hex(" "))
for start, end, target, depth, lasti in decode(safe_div.__code__):
    print(f"  {start} to {end} -> {target} [{depth}]{' lasti' if lasti else ''}")
# --8<-- [end:main]
