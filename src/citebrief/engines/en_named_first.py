"""An English group whose bullet tells of someone by a description ("The 99th qualifier in the field
of 99 due to contest the Masters next week told Sportsmail …") before a later bullet of it first
names him ("Paul Casey was at home in Arizona …"): the naming bullet goes first.

News leads describe a person and name them a sentence on (en-cnndm 88), and a brief keeping both
in article order has its reader meet a stranger; a blind read named it. Here, where a group's
bullet opens on "He"/"She" or on "The" and a description of a person (an age, a rank, a
nationality, a family or a trade: "The 99th qualifier …", "The biologist and entrepreneur …"),
the person it tells of is the one its "He" stands for (`en_actors.actor`), or, where neither the
article before it nor the sentence itself writes anyone's whole name, the one the article names
next, within `REACH` sentences. Where no bullet before it in the brief writes that person's name
and the first later bullet of its group to write it opens on it ("Paul Casey was …"; not "'…,'
said Casey", not "Now Riddick Bowe …"), leans on no sentence before it and calls nothing by "the"
(the description's "… influenced by the rally …" after "… to an extremist rally …", en-cnndm 30;
nor one the reader has not met: "Paul Casey was at home in Arizona when the matter was decided"
set above the 99th qualifier's relief left "the matter" untold, and a blind reader read en-cnndm
88 worse so), the naming bullet moves to stand right before it. Bullets keep their citations;
nothing else moves. Run last among `cited_groups`' English orderings. en-cnndm, en-xsum: 1 of 400
briefs changes (en-xsum 55); a description naming someone else ("The woman falsely
accused of blackmailing … Marcus Rojo", en-cnndm 162, whose naming bullet's "the Manchester United
defender" would lose its referent) is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.text.anaphora import needs_antecedent
from citebrief.text.en_actors import actor, is_person, named, person_key
from citebrief.text.lazy_re import LazyPattern

REACH = 2  # sentences after a description read for the person's name
# a given name and a surname, or more capitalized words, anywhere ("Hospital radiographer Aidan McNicholl")
_FULL_NAMES = LazyPattern(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)+\b")
# a word that opens a sentence before its subject and ties it to what went before ("Now Riddick Bowe …")
_TIED = frozenset(("Now", "Then", "So", "But", "And", "Yet", "Meanwhile", "Still", "However", "Also"))
# "the rally": a thing a sentence calls by "the" as one told of before
_THE_THING = LazyPattern(r"\bthe ([a-z]{3,})\b")
# a person told of by a pronoun or a description: an age, a rank, a nationality, a family or a trade
_DESCRIBES = LazyPattern(
    r"^(?:He|She) |^The (?:\d+-year-old|\d+(?:st|nd|rd|th) [a-z]+|[A-Z][a-z]+(?:man|woman)|(?:mother|father)-of-\w+"
    r"|(?:[a-z-]+ ){0,3}(?:woman|man|player|professor|biologist|star|striker|midfielder|defender|golfer|singer|actor"
    r"|actress|boxer|champion|teenager|pensioner|mother|father|boy|girl))\b(?![-\w]| [A-Z])"
)


def _referent(texts: Sequence[str], at: int) -> str:
    """The key of the person sentence `at` (opening on a pronoun or a description) tells of; ''."""
    own = named(texts[at])
    if own in {"He", "She"}:
        return person_key(actor(texts, at), texts)
    if own and person_key(own, texts):
        return ""  # it names someone itself
    if any(_names_person(s, texts) for s in texts[: at + 1]):
        return ""  # the article named someone before (or it names someone): the description may be anyone's
    for after in texts[at + 1 : at + 1 + REACH]:
        found = person_key(named(after), texts)
        if found:
            return found
    return ""


def _names_person(sentence: str, texts: Sequence[str]) -> bool:
    """Whether `sentence` writes a person's whole name (`en_actors.is_person`)."""
    return any(is_person(found.group(0), texts) for found in _FULL_NAMES.finditer(sentence))


def _leans_on(text: str) -> bool:
    """Whether `text` calls something by "the": one the description tells of ("… influenced by the
    rally …" after "… to an extremist rally …") or one no sentence before it has told ("… when the
    matter was decided", en-cnndm 88, which a blind reader read worse set above the lead that tells
    of the matter)."""
    return _THE_THING.search(text) is not None


def _opens_on(text: str, name: str, texts: Sequence[str]) -> bool:
    """Whether `text` opens on the person keyed `name` as its subject."""
    own = named(text)
    if not own or own in {"He", "She"} or not text.startswith(own) or own.split()[0] in _TIED:
        return False
    return person_key(own, texts) == name


def _introduces(text: str, who: str, texts: Sequence[str]) -> bool:
    """Whether bullet `text` can stand before the description of `who`: it opens on their name,
    leans on no sentence before it and calls nothing by "the"."""
    return _opens_on(text, who, texts) and not needs_antecedent(text, "en") and not _leans_on(text)


def named_first(scored: Scored, picked: list[list[int]]) -> list[list[int]]:
    """`picked` (each group's sentences, in order) with a group's first bullet naming someone put
    right before a bullet of its group that described them before any bullet named them."""
    if scored.lang != "en":
        return picked
    texts = [u.text for u in scored.units]
    said: list[str] = []  # what the bullets before say
    result = []
    for group in picked:
        mine = list(group)
        for a, i in enumerate(mine):
            if not _DESCRIBES.match(scored.trimmed[i]):
                continue
            who = _referent(texts, i)
            if not who or any(who in s for s in [*said, *(scored.trimmed[k] for k in mine[: a + 1])]):
                continue
            naming = [b for b in range(a + 1, len(mine)) if who in scored.trimmed[mine[b]]]
            if naming and _introduces(scored.trimmed[mine[naming[0]]], who, texts):
                mine.insert(a, mine.pop(naming[0]))
            break
        said.extend(scored.trimmed[k] for k in mine)
        result.append(mine)
    return result
