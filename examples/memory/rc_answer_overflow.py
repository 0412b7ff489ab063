"""What happens when a mortal object's count crosses 2**31? (The count is forged with ctypes.)"""
import ctypes


class Victim:
    pass


obj = Victim()
low = ctypes.c_uint32.from_address(id(obj))         # the low 32 bits of the count field


def state(label):
    signed = ctypes.c_int32(low.value).value
    print(f"{label:24} low 32 bits = {low.value:#010x}  treated as immortal: {signed < 0}")


state("one name")
low.value = 2**31 - 2 + 1                           # pretend 2**31 - 2 other references exist
state("forged: 2**31 - 1")
second = obj                                        # one more reference crosses the line
state("after second = obj")
del second                                          # a decrement on an "immortal" object
state("after del second")
third = obj
state("after third = obj")
