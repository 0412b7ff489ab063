"""Exercise answer: two closures from one call share one cell."""

# --8<-- [start:main]
def account():
    balance = 0
    def deposit(amount):
        nonlocal balance
        balance += amount
    def read():
        return balance
    return deposit, read

deposit, read = account()
deposit(50)
deposit(25)
print("read() ->", read())
print("same cell object:", deposit.__closure__[0] is read.__closure__[0])
deposit2, read2 = account()
print("a second call makes a new cell:", deposit2.__closure__[0] is not deposit.__closure__[0],
      "| read2() ->", read2())
# --8<-- [end:main]
