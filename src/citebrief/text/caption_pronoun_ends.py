"""A caption that ends on an object pronoun, run into the sentence after it ("… but Sky did not
allow it | Family commitments will keep McCoy away …", en-cnndm 96).

An object pronoun closes its clause: in running prose no common noun follows it with a capital
("allow it Family" is two sentences). So after "it", "them", "him", "us" or "me" (not "her", also
a possessive: "her Twitter fan base"), a capitalised common noun (a word the lexicon knows, no
name: "said to us Alice has been killed" stays whole; none the article capitalises inside another
sentence, as it does a side's name), at most two lowercase words and a finite verb open a sentence
of their own. A verb of telling takes a clause after its object ("warned them Arsenal fans would
be angry", "told him Mum was ill"): no cut after one.
"""

from __future__ import annotations

import re

from citebrief.text.caption_seams2 import FiniteVerb
from citebrief.text.en_chunks import word_classes

_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "us", "me"})
# verbs that take an object and then a clause: "warned them | Arsenal fans would" is one sentence
_TELLING = frozenset(
    {"told", "tell", "tells", "telling", "warned", "warn", "warns", "reminded", "remind", "reminds"}
    | {"assured", "assure", "promised", "promise", "convinced", "persuaded", "showed", "show", "shows"}
    | {"taught", "informed", "inform", "asked", "ask", "asks", "advised", "notified", "bet", "wrote"}
)
_NOUN_WORDS = 2  # lowercase words between the capitalised noun and its verb ("Family commitments will")


def cut_after_pronoun(words: list[str], index: int, text: str, finite_verb: FiniteVerb) -> bool:
    """Whether a sentence opens at `words[index]`, a capitalised common noun after an object pronoun
    (`text`, the paragraph, shows whether the word is a name written inside sentences)."""
    if index < 1 or words[index - 1] not in _OBJECT_PRONOUNS:
        return False
    if index > 1 and words[index - 2].lower() in _TELLING:
        return False
    word = words[index]
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) > 2):
        return False
    if "NOUN" not in word_classes(word.lower()):
        return False  # "Alice": a name may be an object's second half ("told us Alice …")
    if len(re.findall(rf"[a-z,] {word}\b", text)) > 1:
        return False  # "… allow it Arsenal …" where the article writes "for Arsenal": a name
    for position in range(index + 1, min(index + 2 + _NOUN_WORDS, len(words))):
        following = words[position + 1] if position + 1 < len(words) else ""
        if finite_verb(words[position], following):
            return True
        if not (words[position].isalpha() and words[position].islower()):
            return False
    return False
