"""An English overview still titled by a person's name alone, where the lead names the person
and the sentences right after take them up as "He"/"She" and write what befell them: "Jo Smith
admitted the theft. He was given a fine. He has now been sacked by the bank" is the news of Jo
Smith's sacking, as "Jo Smith has been sacked" is to `en_overview_deed.py`. Blind readers mark
the name alone ("Key points: Jo Smith") as a title that says who, not what.

Read only where the pronoun can mean no one else: the sentence the chain starts from opens on the
name (one of the article's first sentences), every sentence after it up to the deed opens on the
same "He"/"She", and the name's sex is that pronoun's (`en_pronoun_speakers.name_sex`; a name
of no known sex, where the article writes no pronoun of the other). The deed is what
`en_overview_deed.deed_at` reads right after a name (a verb of `data/en_named_deeds.tsv`,
"suffered" an event), undated; the first one stands. Read after the overview's other steps: a deed
written after the name itself comes first.
"""

from __future__ import annotations

import re

from citebrief.engines.en_pronoun_speakers import name_sex
from citebrief.text.en_overview_deed import deed_at
from citebrief.text.en_overview_event import name_words
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_at

OPENING_SENTENCES = 2  # the sentence that opens on the name is one of the article's first two
MAX_CHAIN = 3  # "He"/"She" sentences read after it, at most
_PRONOUNS = ("He", "She")
# a pronoun of the other sex anywhere: a name of no known sex may then be either one's
_OTHER_SEX = {
    "He": LazyPattern(r"(?<![\w'’-])(?:she|her|hers|herself)(?![\w'’-])", re.IGNORECASE),
    "She": LazyPattern(r"(?<![\w'’-])(?:he|him|his|himself)(?![\w'’-])", re.IGNORECASE),
}


def pronoun_deed(subject: str, sentences: list[str], texts: list[str], used: set[str]) -> str:
    """`subject`'s name with the noun of the first deed a "He"/"She" sentence of the lead's chain
    writes (see the module's note); else `subject`. `sentences` are the article's, in order,
    `texts` its paragraphs; `used` gains the phrase and the name."""
    words = subject.split()
    if not name_words(words) or subject.endswith(("'", "’")):
        return subject
    forms = {subject, words[-1]}
    for at, sentence in enumerate(sentences[:OPENING_SENTENCES]):
        if any(name_at(form, sentence) > 0 for form in forms):
            noun = _chain_deed(subject, sentences[at + 1 : at + 1 + MAX_CHAIN], texts)
            if not noun:
                return subject
            phrase = f"{subject}'s {noun}"
            used.update((phrase.casefold(), subject.casefold()))  # a group titled by the name would repeat it
            return phrase
    return subject


def _chain_deed(subject: str, after: list[str], texts: list[str]) -> str:
    """The noun of the first deed of the sentences `after` the name's, while each opens on one
    "He"/"She" that may be `subject`; ''."""
    pronoun = next((p for p in _PRONOUNS if after and after[0].startswith(p + " ")), "")
    if not pronoun:
        return ""
    sex = name_sex(subject, texts)
    if (sex and sex != pronoun) or (not sex and any(_OTHER_SEX[pronoun].search(t) for t in texts)):
        return ""
    for sentence in after:
        if not sentence.startswith(pronoun + " "):
            return ""
        noun = deed_at(sentence, 0, len(pronoun))
        if noun:
            return noun
    return ""
