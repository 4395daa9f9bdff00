"""An English group title of one bare common noun ("Government", "Policy") giving way to a compound
of two nouns that two bullets of the group or more say ("Tax Cut"): blind readers of en-cnndm briefs
mark a bare common word over a story's strand as naming nothing ("Government" over Ed Balls's and
Nick Clegg's words on a tax cut both of them name), where the bullets hold a phrase that says which.

The compound is two lower-case words side by side in a bullet, each a noun a title may read (no
adjective, adverb, auxiliary, pronoun or preposition, no word every story says, no modifier of how
much or how good: `en_title_widening.loose_modifiers`), the second no verb in -s ("song cascades"),
said by at least as many bullets as say the title's noun, written on word boundaries in the group's
paragraphs and not cut off before "and"/"or" there ("government tax" of "government tax and spending
changes"); not vague and free of the other titles given (`en_title_widening.first_free`: not the
overview's nor another group's). Where none fits, the word stays. Runs after the other
English title steps but `en_title_clause`, `en_title_adverb_end` and `en_title_speakers`
(`en_title_steps`), so it reads what the earlier steps left bare.

Over en-cnndm and en-xsum the bullets of a bare-word group seldom say such a compound twice: of 89
one-word titles whose bullets write the word in lower case (s52), one moves ("Government" to "Tax
Cut", en-cnndm 186); the rest (bullets saying only "the conflict", "the policy", "the campaign")
stay. One bullet's compound is a detail ("bed bugs" under "Cockroaches", "coffee shop" under
"Survey") or a noun and its verb ("the waiver clients sign", "the fly tries"), so it is not taken.
"""

from __future__ import annotations

import itertools
import re

from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_noun_phrase import cut_off
from citebrief.text.en_title_widening import first_free, form_spans, loose_modifiers
from citebrief.text.titles import cleanly_cut, on_word_boundaries

MIN_SAYERS = 2  # bullets that say the compound, at least
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*|[^\sA-Za-z]+")
_NOT_NOUN = frozenset({"ADJ", "ADV", "AUX", "DET", "PRON", "ADP", "NUM"})


def compound_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` where it is more than one bare common noun; else the compound of two nouns the most
    bullets say (two at least, no fewer than say the noun), the earliest first, that fits (module's
    note); `used` (casefolded titles given) updated."""
    if " " in title or not title.replace("-", "").isalpha():
        return title
    noun = title.lower()
    own = sum(next(form_spans(noun, b, apostrophe_before=False), None) is not None for b in bullets)
    if not own:
        return title  # a name ("Raqqa"), or a word no bullet writes in lower case
    said: dict[str, int] = {}
    for bullet in bullets:
        for pair in dict.fromkeys(_compounds(bullet)):
            said[pair] = said.get(pair, 0) + 1
    ranked = [p for p, n in sorted(said.items(), key=lambda item: -item[1]) if n >= max(MIN_SAYERS, own)]
    fits = (p for p in ranked if _written(p, group_texts))
    return first_free(title, fits, group_texts, used)


def _compounds(bullet: str) -> list[str]:
    """The pairs of nouns side by side in the bullet, each lower case ("tax cut"), in order."""
    words = _WORD.findall(bullet)
    return [f"{a} {b}" for a, b in itertools.pairwise(words) if _noun(a) and _noun(b) and not _verb_s(b)]


def _noun(word: str) -> bool:
    """A lower-case word of three letters or more that reads only as a noun or a verb, of no word
    every story says and no modifier of how much ("tax", "cut"; not "will", "new", "government's")."""
    if not word.islower() or len(word) < 3 or not word.isalpha():
        return False
    classes = word_classes(word)
    return "NOUN" in classes and not classes & _NOT_NOUN and not generic_en(word) and word not in loose_modifiers()


def _verb_s(word: str) -> bool:
    """A verb in its "-s" form after a noun ("the song cascades"), not the compound's plural head."""
    return word.endswith("s") and not word.endswith("ss") and "VERB" in word_classes(word)


def _written(phrase: str, group_texts: list[str]) -> bool:
    """The group's paragraphs write the phrase on word boundaries, cut cleanly, and not only as
    the front of a longer phrase before "and"/"or" ("government tax and spending changes")."""
    return any(
        on_word_boundaries(phrase, t, "en") and cleanly_cut(phrase, t, "en") and not cut_off(phrase, t)
        for t in group_texts
    )
