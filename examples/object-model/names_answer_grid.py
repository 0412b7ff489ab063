"""Exercise: one row object repeated three times, against three row objects."""

# --8<-- [start:main]
row = [0, 0, 0]
grid = [row] * 3                      # three references to ONE list
grid[0][0] = 1
print("[row] * 3:        ", grid)
print("rows are one object:", grid[0] is grid[1] is grid[2])

grid = [[0, 0, 0] for _ in range(3)]  # the literal runs three times: three lists
grid[0][0] = 1
print("comprehension:    ", grid)
print("rows are one object:", grid[0] is grid[1])
# --8<-- [end:main]
