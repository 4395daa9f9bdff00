"""An English bullet that opens on "The firm" or "The charity" the brief never names: the name in its place.

en-xsum drops each article's first sentence, its summary, and with it the one sentence naming the
organisation the rest calls "the firm": a brief opening on "The firm said it had signed …" left
blind readers asking which firm (en-xsum 28; the article names Tata Steel further on). Which names
are of the noun's kind is the page's knowledge: `data/en_organisation_kinds.tsv` gives the words a
firm's or a charity's name ends on ("Tata Steel", "Scottish SPCA"). Where the few sentences around
the bullet write exactly one such name, other than those the bullet writes itself, that the article
writes at least twice (a name's first word alone counts: "Tata sold …"), the bullet opens on it in
brackets in place of "The firm", as a club's is put in (`en_club_names`; `text.speaker_label.
NAME_IN_PLACE`, which verify reads with the name in a cited paragraph), and cites the nearest
sentence writing it. A name written once serves only as the subject the sentence just before opens
on ("Sea Glass Vacations, which acts as …, said …. The company said …", en-cnndm 109), the one name
of its kind near. A name a bullet printed above writes, two names, or none: the bullet stays.
A relative clause after the noun opens the same way: "The organisation, which distributes food …"
of a cut passage whose sentence before, naming the Oxford Food Bank, made no bullet (en-cnndm 122)
becomes "[Oxford Food Bank], which distributes food …".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from citebrief.engines.scored import Scored
from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.lazy_re import LazyPattern

BACK = 4  # sentences read back for the name
AHEAD = 6  # sentences read on for it: the summary naming it is gone, so it often comes later
MIN_MENTIONS = 2  # the page writes the organisation it means this often
# "The firm said …", and "The organisation, which distributes …": the noun its subject, not a phrase's head
_THE_NOUN = LazyPattern(r"The (?P<noun>[a-z]+)(?= [a-z]|, (?:which|who) )")
_ARTICLES = LazyPattern(r"^(?:The|An?) ")
_WORD = r"[A-Z][\w'’&-]*"  # a capitalised word of a name
_SUBJECT_END = LazyPattern(r"(?:,| said\b)")  # the name opening a sentence is its subject: "X, which …" or "X said"


@cache
def kind_names() -> dict[str, re.Pattern[str]]:
    """Each noun of `data/en_organisation_kinds.tsv` with a pattern finding its kind's names: one to
    three capitalised words before a word of the table in lower case ("Tata Steel"; "Steel union"
    alone names none), up to three before an acronym, a name alone ("RSPCA", "Scottish SPCA")."""
    patterns = {}
    for noun, ends in rows_by_kind("en_organisation_kinds.tsv").items():
        acronyms = [end for end in ends if end.isupper()]
        suffixes = [end for end in ends if not end.isupper()]
        either = [f"(?:{_WORD} ){{1,3}}?(?:{word_alternation(suffixes)})"] if suffixes else []
        either += [f"(?:{_WORD} ){{0,3}}?(?:{word_alternation(acronyms)})"] if acronyms else []
        patterns[noun] = re.compile(rf"(?<![\w'’])(?:{'|'.join(either)})(?![\w-])")
    return patterns


def named_organisation_en(scored: Scored, i: int, text: str, read: Iterable[int]) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the organisation it opens on by a bare noun ("The
    firm") named in brackets in its place, and the paragraph of the nearest sentence naming it;
    None where it opens otherwise, or the name is unsure or printed above (module doc)."""
    opening = _THE_NOUN.match(text)
    if opening is None:
        return None
    names = kind_names().get(opening.group("noun"))
    if names is None:
        return None
    sentences = [unit.text for unit in scored.units]
    if any(names.search(sentences[k]) for k in read):
        return None  # a bullet above names one of the kind: the reader may know which
    named = organisation_near(sentences, i, names)
    if named is None:
        return None
    name, at = named
    return f"[{name}]{text[opening.end() :]}", scored.units[at].paragraph


def organisation_near(sentences: list[str], i: int, names: re.Pattern[str]) -> tuple[str, int] | None:
    """The one name `names` finds in the sentences shortly around sentence `i` (not in it) that the
    article writes `MIN_MENTIONS` times, and the nearest sentence writing it; None where none or two."""
    own = {_bare(found) for found in names.findall(sentences[i])}
    near: dict[str, int] = {}
    for j in sorted(range(max(i - BACK, 0), min(i + AHEAD + 1, len(sentences))), key=lambda j: abs(j - i)):
        for found in names.findall(sentences[j]):
            near.setdefault(_bare(found), j)
    page = " ".join(sentences)
    often = [name for name in near if name not in own and _mentions(page, name) >= MIN_MENTIONS]
    if len(often) == 1:
        return often[0], near[often[0]]
    others = [name for name in near if name not in own]
    if not often and len(others) == 1 and i > 0 and _opens_on(sentences[i - 1], names, others[0]):
        return others[0], i - 1  # "Sea Glass Vacations … said …. The company said …"
    return None


def _opens_on(sentence: str, names: re.Pattern[str], name: str) -> bool:
    """Whether `sentence` opens on `name` as its subject ("Sea Glass Vacations, which …, said")."""
    found = names.match(sentence)
    return found is not None and _bare(found.group()) == name and _SUBJECT_END.match(sentence, found.end()) is not None


def _bare(name: str) -> str:
    """`name` without the article a sentence writes before it ("An RSPCA" is RSPCA)."""
    return _ARTICLES.sub("", name)


def _mentions(page: str, name: str) -> int:
    """How often `page` writes `name`, or its first word alone ("Tata sold …" for Tata Steel)."""
    return len(re.findall(rf"(?<![\w'’]){re.escape(name.split(' ', maxsplit=1)[0])}(?![\w-])", page))
