#!/usr/bin/env python3
"""Extracts compact synonym and antonym tables from WordNet 3.0 (Debian package `wordnet-base`).

    apt-get install wordnet-base && python3 tools/wordnet-extract.py

Writes data/lexicon/wordnet-{synonyms,antonyms,antonym-pos,exceptions,phrasal,related}.tsv and
wordnet-{gradable,persons,not-comparatives}.txt, which are committed
and compiled into the binary (build and run time need no WordNet). Synonyms come only from each
word's two most frequent senses, because rarer senses ("supply" as a noun of a ship's stores) make
retrieval drift; antonyms are WordNet's direct antonym pointers, plus the indirect antonyms of
adjectives through their head synset ("outdated" ~ "old" <-> "new").
"""
import collections
import os
import re

WN = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "lexicon")
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
WORD = re.compile(r"^[a-z][a-z-]{1,24}$")


def clean(lemma):
    return re.sub(r"\(.*\)$", "", lemma).lower()


synsets = {}  # (pos, offset) -> (words, pointers)
for name, p in POS.items():
    with open(os.path.join(WN, f"data.{name}"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" | ")[0].split()
            off, ss_type, w_cnt = parts[0], parts[2], int(parts[3], 16)
            words = [clean(parts[4 + 2 * i]) for i in range(w_cnt)]
            k = 4 + 2 * w_cnt
            p_cnt = int(parts[k])
            ptrs = []
            for i in range(p_cnt):
                sym, target, tpos, st = parts[k + 1 + 4 * i: k + 5 + 4 * i]
                ptrs.append((sym, target, "a" if tpos == "s" else tpos, st))
            synsets[(p, off)] = (words, ptrs, ss_type)

senses = collections.defaultdict(list)  # lemma -> [(pos, offset)] most frequent first
for name, p in POS.items():
    with open(os.path.join(WN, f"index.{name}"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
            offsets = parts[6 + p_cnt:6 + p_cnt + cnt]
            senses[lemma].extend((p, o) for o in offsets[:2])

synonyms = collections.defaultdict(set)
for lemma, ss in senses.items():
    if not WORD.match(lemma):
        continue
    for key in ss:
        for w in synsets[key][0]:
            if w != lemma and WORD.match(w):
                synonyms[lemma].add(w)

# Phrasal verbs ("call_off", "lift_off", "fall_apart"): the single words of their two most
# frequent senses, so that "the concerts were called off" meets "cancelled".
PARTICLE = re.compile(r"^[a-z]+_(off|out|up|down|in|on|away|apart|back|over|through|into)$")
phrasal = collections.defaultdict(set)
for lemma, ss in senses.items():
    if not PARTICLE.match(lemma):
        continue
    for key in ss:
        if key[0] != "v":
            continue
        for w in synsets[key][0]:
            if WORD.match(w) and w != lemma.split("_")[0]:
                phrasal[lemma.replace("_", " ")].add(w)

antonyms = collections.defaultdict(set)
# The parts of speech in which a word has its antonyms: "last" is opposed to "first" as an
# adjective or adverb, so "lasted" (a verb form) is no opposite of "first".
antonym_pos = collections.defaultdict(set)
for (p, off), (words, ptrs, _) in synsets.items():
    for sym, target, tpos, st in ptrs:
        if sym != "!":
            continue
        src, dst = int(st[:2], 16), int(st[2:], 16)
        tw = synsets.get((tpos, target))
        if not tw:
            continue
        a = words[src - 1] if src else None
        b = tw[0][dst - 1] if dst else None
        if a and b and WORD.match(a) and WORD.match(b):
            antonyms[a].add(b)
            antonyms[b].add(a)
            antonym_pos[a].add(p)
            antonym_pos[b].add(tpos)
        # Adjective heads: antonymy is recorded between two words, but the other words of the
        # two head synsets share the sense ("hard" in {difficult, hard} against "easy"). Only
        # small synsets: in larger ones the other words drift ("next" in {near, close, next}).
        if p == "a" and tpos == "a" and a and b and len(words) <= 2 and len(tw[0]) <= 2:
            for x in words:
                for y in tw[0]:
                    if x != y and WORD.match(x) and WORD.match(y):
                        antonyms[x].add(y)
                        antonyms[y].add(x)
                        antonym_pos[x].add("a")
                        antonym_pos[y].add("a")
# Indirect antonyms of satellite adjectives: similar-to ("&") a head that has an antonym.
direct = {w: set(a) for w, a in antonyms.items()}
for (p, off), (words, ptrs, ss_type) in synsets.items():
    if ss_type != "s":
        continue
    for sym, target, tpos, st in ptrs:
        if sym != "&":
            continue
        head = synsets.get(("a", target))
        if not head:
            continue
        for hw in head[0]:
            for ant in direct.get(hw, ()):
                for w in words:
                    if WORD.match(w) and w not in head[0]:
                        antonyms[w].add(ant)
                        antonym_pos[w].add("a")
                        antonym_pos[ant].add("a")

# Irregular inflections (WordNet's morphy exception lists), first lemma only: "fell" -> "fall",
# "rose" -> "rise", "children" -> "child", "worse" -> "bad". Forms that are common words in their
# own right in news are left out, so their own synonyms and antonyms still apply ("left" of
# left/right, "ground" forces, a "wound", "media", "data", "bound").
AMBIGUOUS = {"left", "ground", "wound", "bound", "media", "data", "lay", "saw", "axes", "bases",
             "putting", "ringed", "stove", "pent", "rent", "spat", "tore", "bade", "ate"}
exceptions = {}
for name in ("verb", "noun", "adj"):
    with open(os.path.join(WN, f"{name}.exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            form, lemma = parts[0], parts[1]
            if form == lemma or form in AMBIGUOUS or form in exceptions:
                continue
            if WORD.match(form) and WORD.match(lemma):
                exceptions[form] = lemma
# Adjectives that have antonyms: the bases that regular comparatives and superlatives
# ("hardest", "longer", "biggest") are reduced to, as WordNet's morphy does for adjectives.
gradable = sorted({w for (p, off), (words, ptrs, ss_type) in synsets.items() if p == "a"
                   for w in words if WORD.match(w) and w in antonyms and "-" not in w})

# Nouns in everyday use (sense-tagged in SemCor) that read like a gradable adjective's
# comparative or superlative: "liver" is no "more live", "forest" no "most for".
tagged_nouns = set()
with open(os.path.join(WN, "index.noun"), encoding="latin-1") as f:
    for line in f:
        if line.startswith("  "):
            continue
        parts = line.split()
        p_cnt = int(parts[3])
        if int(parts[5 + p_cnt]) > 0:
            tagged_nouns.add(parts[0])
gradable_set = set(gradable)


def reads_as_comparative(w):
    for suffix, add in (("iest", "y"), ("ier", "y"), ("est", ""), ("er", ""), ("est", "e"),
                        ("er", "e")):
        if w.endswith(suffix):
            base = w[: -len(suffix)]
            if base + add in gradable_set or (len(base) > 2 and base[-1] == base[-2]
                                              and base[:-1] in gradable_set):
                return True
    return False


not_comparatives = sorted(w for w in tagged_nouns
                          if WORD.match(w) and w not in exceptions and reads_as_comparative(w))

# Nouns for kinds of people (hyponyms of person.n.01 in any sense): "300 employees" is a count
# of "300 people".
hypernyms = collections.defaultdict(list)
with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
    for line in f:
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        w_cnt = int(parts[3], 16)
        k = 4 + 2 * w_cnt
        for i in range(int(parts[k])):
            sym, target = parts[k + 1 + 4 * i], parts[k + 2 + 4 * i]
            if sym in ("@", "@i"):
                hypernyms[parts[0]].append(target)
person = next(off for (p, off), (words, _, _) in synsets.items()
              if p == "n" and "person" in words and "individual" in words)
is_person = {}


def under_person(off, depth=0):
    if off == person:
        return True
    if depth > 25:
        return False
    if off not in is_person:
        is_person[off] = any(under_person(h, depth + 1) for h in hypernyms.get(off, ()))
    return is_person[off]


persons = sorted({w for (p, off), (words, _, _) in synsets.items() if p == "n" and under_person(off)
                  for w in words if WORD.match(w) and "-" not in w})

# Relatives a paraphrase reaches where a synonym does not, for coverage only:
# - a verb's hypernym when that is a narrow class ("advise" for "urge", "rescue" for "save";
#   not "move", which has 92 kinds), in either direction, each word in its most frequent verb
#   sense (in its second, "accept" is a kind of "believe" and "record" of "save");
# - the noun WordNet derives from a verb, or the verb from a noun, where the spelling differs
#   ("die" / "death", "expel" / "expulsion"); agent nouns ("adviser") are people, not the act.
NARROW_CLASS = 10
kinds = collections.Counter((tpos, target) for (p, off), (words, ptrs, _) in synsets.items()
                            for sym, target, tpos, st in ptrs if sym == "@" and p == "v")
first_verb_sense = {lemma: next((k for k in ss if k[0] == "v"), None)
                    for lemma, ss in senses.items()}
person_words = set(persons)
related = collections.defaultdict(set)
for lemma, ss in senses.items():
    if not WORD.match(lemma):
        continue
    for key in ss:
        words, ptrs, _ = synsets[key]
        position = words.index(lemma) + 1 if lemma in words else 0
        for sym, target, tpos, st in ptrs:
            if sym == "@" and key == first_verb_sense[lemma] and kinds[(tpos, target)] <= NARROW_CLASS:
                for w in synsets[(tpos, target)][0]:
                    if WORD.match(w) and w != lemma and first_verb_sense.get(w) == (tpos, target):
                        related[lemma].add(w)
                        related[w].add(lemma)
            elif sym == "+" and {key[0], tpos} == {"n", "v"} and int(st[:2], 16) == position:
                w = synsets[(tpos, target)][0][int(st[2:], 16) - 1]
                if WORD.match(w) and w != lemma and not {w, lemma} & person_words:
                    related[lemma].add(w)
                    related[w].add(lemma)

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "wordnet-persons.txt"), "w") as f:
    f.write("\n".join(persons) + "\n")
with open(os.path.join(OUT, "wordnet-exceptions.tsv"), "w") as f:
    for w in sorted(exceptions):
        f.write(w + "\t" + exceptions[w] + "\n")
with open(os.path.join(OUT, "wordnet-gradable.txt"), "w") as f:
    f.write("\n".join(gradable) + "\n")
with open(os.path.join(OUT, "wordnet-synonyms.tsv"), "w") as f:
    for w in sorted(synonyms):
        f.write(w + "\t" + " ".join(sorted(synonyms[w])) + "\n")
with open(os.path.join(OUT, "wordnet-antonyms.tsv"), "w") as f:
    for w in sorted(antonyms):
        f.write(w + "\t" + " ".join(sorted(antonyms[w])) + "\n")
with open(os.path.join(OUT, "wordnet-antonym-pos.tsv"), "w") as f:
    for w in sorted(antonym_pos):
        f.write(w + "\t" + "".join(sorted(antonym_pos[w])) + "\n")
with open(os.path.join(OUT, "wordnet-phrasal.tsv"), "w") as f:
    for w in sorted(phrasal):
        f.write(w + "\t" + " ".join(sorted(phrasal[w])) + "\n")
with open(os.path.join(OUT, "wordnet-related.tsv"), "w") as f:
    for w in sorted(related):
        f.write(w + "\t" + " ".join(sorted(related[w])) + "\n")
with open(os.path.join(OUT, "wordnet-not-comparatives.txt"), "w") as f:
    f.write("\n".join(not_comparatives) + "\n")
print(f"{len(synonyms)} synonym entries, {len(antonyms)} antonym entries, "
      f"{len(exceptions)} irregular forms, {len(gradable)} gradable adjectives, "
      f"{len(persons)} nouns for people, {len(not_comparatives)} nouns not comparatives, "
      f"{len(phrasal)} phrasal verbs, {len(related)} words with relatives -> {OUT}")
