"""Case study: a word-frequency counter made faster one change at a time.

Every version counts the words of the same generated text (12,000 lines, about 144,000
words), ignoring case and punctuation, and returns the same summary: how many distinct
words, how many words in all, and the 10 most frequent with their counts. They share one
check key, so the harness proves that every version computes the same answer before it
times any of them.
"""
from collections import Counter

from harness import main_for_module, wall

TITLE = "Case study: a word counter, version by version"

PUNCTUATION = ".,;:!?\"'()"
SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da", "gu", "shi", "ber", "an", "ol"]


def make_corpus(lines=12_000, seed=12345):
    """Deterministic text: a Zipf-like choice of 2,000 words, some capitalised or punctuated."""
    state = seed

    def rand(n):  # a linear congruential generator: the same numbers on every version
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state % n

    vocabulary = []
    for _ in range(2_000):
        vocabulary.append("".join(SYLLABLES[rand(len(SYLLABLES))] for _ in range(1 + rand(3))))
    text = []
    for _ in range(lines):
        words = []
        for _ in range(6 + rand(13)):
            r = rand(2_000)
            word = vocabulary[r * r // 2_000 * r // 2_000]  # small indices are much more frequent
            if rand(8) == 0:
                word = word.capitalize()
            if rand(5) == 0:
                word += PUNCTUATION[rand(len(PUNCTUATION))]
            if rand(40) == 0:
                word = "(" + word
            words.append(word)
        text.append(" ".join(words))
    return text


LINES = make_corpus()


def summary(counts):
    """What every version returns: distinct words, total words, the 10 most frequent."""
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]
    return len(counts), sum(counts.values()), top


# --8<-- [start:v0]
def normalise(word):
    word = word.lower()
    for ch in PUNCTUATION:
        word = word.replace(ch, "")
    return word


def count_v0(lines):
    counts = {}
    for line in lines:
        for word in line.split():
            word = normalise(word)
            if word == "":
                continue
            if word in counts:
                counts[word] = counts[word] + 1
            else:
                counts[word] = 1
    return counts
# --8<-- [end:v0]


# --8<-- [start:v1]
DELETE_PUNCTUATION = str.maketrans("", "", PUNCTUATION)


def normalise_v1(word):
    return word.lower().translate(DELETE_PUNCTUATION)   # one C call instead of ten


def count_v1(lines):
    counts = {}
    for line in lines:
        for word in line.split():
            word = normalise_v1(word)
            if word == "":
                continue
            if word in counts:
                counts[word] = counts[word] + 1
            else:
                counts[word] = 1
    return counts
# --8<-- [end:v1]


# --8<-- [start:v2]
def count_v2(lines):
    counts = {}
    for line in lines:
        # normalise the whole line once: no call per word, no empty words
        for word in line.lower().translate(DELETE_PUNCTUATION).split():
            if word in counts:
                counts[word] = counts[word] + 1
            else:
                counts[word] = 1
    return counts
# --8<-- [end:v2]


# --8<-- [start:v3]
def count_v3(lines):
    counts = {}
    get = counts.get                      # the bound method, looked up once
    table = DELETE_PUNCTUATION            # a local instead of a global
    for line in lines:
        for word in line.lower().translate(table).split():
            counts[word] = get(word, 0) + 1
    return counts
# --8<-- [end:v3]


# --8<-- [start:v4]
def count_v4(lines):
    counts = Counter()
    for line in lines:
        counts.update(line.lower().translate(DELETE_PUNCTUATION).split())  # the loop runs in C
    return counts
# --8<-- [end:v4]


# --8<-- [start:v5]
def count_v5(lines):
    text = "\n".join(lines).lower().translate(DELETE_PUNCTUATION)  # one big string, once
    return Counter(text.split())
# --8<-- [end:v5]


@wall("v0: normalise() per word, ten str.replace calls, `in` then index", check="words")
def v0():
    return summary(count_v0(LINES))


@wall("v1: str.translate instead of the replace loop", check="words")
def v1():
    return summary(count_v1(LINES))


@wall("v2: normalise each line once, no call per word", check="words")
def v2():
    return summary(count_v2(LINES))


@wall("v3: counts.get hoisted into a local, one lookup less", check="words")
def v3():
    return summary(count_v3(LINES))


@wall("v4: Counter.update, the counting loop in C", check="words")
def v4():
    return summary(count_v4(LINES))


@wall("v5: one translate and one Counter over the joined text", check="words")
def v5():
    return summary(count_v5(LINES))


if __name__ == "__main__":
    main_for_module(__file__)
