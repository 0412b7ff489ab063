# The small program this chapter follows from source text to execution.
price = 12
qty = 3
total = price * qty
print(total)
