"""1 + 1.5: int's nb_add declines, float's nb_add accepts."""
print("(1).__add__(1.5)   ->", (1).__add__(1.5))
print("(1.5).__radd__(1)  ->", (1.5).__radd__(1))
print("1 + 1.5            ->", 1 + 1.5)
print("True + 1           ->", True + 1, "(bool inherits int's nb_add)")
print("(1.5).__add__(1)   ->", (1.5).__add__(1))
