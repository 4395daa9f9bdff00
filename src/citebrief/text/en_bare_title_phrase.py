"""A one-word English theme title ("Recovery") takes the two-noun name its group's bullets give the
thing ("the recovery key is hard to remember", "the recovery key might be stolen"): read last, once
every title is given, for the bare word left by every earlier step names a word, not the theme.

Survey (stop 200, en-xsum and en-cnndm 0-199, cut view): 90 one-word theme titles a bullet writes in
lower case; nearly all stand where the bullets write the word bare ("the attack", "the law") or in
a phrase one bullet writes ("palm oil plantations", "stolen money", "a Labour government" where
another bullet's "the government" is another one), so a phrase there may name another of the kind.
Where two bullets write the word then one noun, each after a determiner and before a verb or the
sentence's end, the two are one noun phrase the group names its thing by; `en_title_twice_written`
leaves it where the noun may be a verb ("key"), and the determiner before and the verb after read
it as a noun here. The phrase is said outside a quotation, free of the other titles, no judgement
(`en_title_vague`); one phrase only, or the title stays.
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_quoted import narrated
from citebrief.text.en_title_vague import vague_title
from citebrief.text.titles import display_title, free_of, swapped_title

MIN_WRITTEN = 2  # bullets that write the phrase: the group's own name for its thing
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "your", "my"})
_VERBS_AFTER = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "may", "might", "will", "would", "can", "could", "should"}
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\S")


def bare_title_phrase(title: str, bullets: list[str], used: set[str]) -> str:
    """`title` unless it is one word two bullets write as "the <word> <noun> is" (see the module's
    note); then "<Word> <Noun>"; `used` (casefolded titles given) updated."""
    if " " in title or not title.isalpha() or len(bullets) < MIN_WRITTEN:
        return title
    counts: Counter[str] = Counter()
    for bullet in bullets:
        counts.update(set(_compounds(title.lower(), bullet)))
    written = [p for p, n in counts.items() if n >= MIN_WRITTEN]
    if len(written) != 1:
        return title
    shown = display_title(written[0], "en")
    others = {u for u in used if u != title.casefold()}
    if not free_of(shown, others) or vague_title(shown, bullets) or not narrated(shown, bullets):
        return title
    return swapped_title(title, shown, used)


def _compounds(word: str, bullet: str) -> list[str]:
    """Each "<word> <noun>" the bullet writes after a determiner and before a verb or the end."""
    tokens = [*_WORD.findall(bullet), ""]
    found: list[str] = []
    for at in range(1, len(tokens) - 2):
        noun, after = tokens[at + 1], tokens[at + 2]
        if tokens[at] != word or tokens[at - 1].lower() not in _DETERMINERS:
            continue
        if not (noun.isalpha() and noun.islower() and "NOUN" in word_classes(noun)):
            continue
        if after.lower() in _VERBS_AFTER or after in {"", ".", "[", ",", ";", "!", "?"}:
            found.append(f"{word} {noun}")
    return found
