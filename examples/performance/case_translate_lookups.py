"""What str.translate does per call: one lookup in the table per distinct character."""
PUNCTUATION = ".,;:!?\"'()"


class CountingTable(dict):
    """The same translation table, counting the lookups that translate makes in it."""
    lookups = 0

    def __getitem__(self, key):
        CountingTable.lookups += 1
        return dict.__getitem__(self, key)


# --8<-- [start:main]
table = CountingTable(str.maketrans("", "", PUNCTUATION))
for word in ["kalomi", "aaaaaa", "kalomi", "kalomi,"]:
    CountingTable.lookups = 0
    result = word.translate(table)
    n = CountingTable.lookups
    print(f"{word!r:<10} -> {result!r:<9} {n} lookup{'' if n == 1 else 's'} in the table")
# --8<-- [end:main]
