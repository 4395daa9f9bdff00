"""A court report's group titled by a lawyer's name ("Mr McLachlan", what the prosecutor told
the court) names who speaks for a side, not what the group tells: a reader of the trial of a
doctor wants "Nurse A" over her allegations as the prosecutor put them, beside "Nurse B" over
hers. So a group whose person is the case's lawyer (the article writes "David McLachlan,
prosecuting", "prosecutor Jane Cole", "Ms Cole, defending") is titled by the party its bullets,
and the sentence that leads into them, tell of: a person the article names by a title and a
letter ("Nurse A") or one who speaks or acts in it, not the lawyer, not one a title given
already names (the accused, in the overview's "Dr Ram Manohar").
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.chunks import word_list
from citebrief.text.en_actors import actor, person_key
from citebrief.text.lazy_re import LazyPattern

LEAD_IN = 3  # sentences read back for the party where the bullets name none but the lawyer
_ROLE_AFTER = r"(?:QC, |KC, )?(?:prosecuting|defending|for the (?:prosecution|defence|defense|Crown))\b"
_ROLE_BEFORE = r"\b(?i:prosecutors?|prosecuting|barrister|solicitor|lawyer|attorney|counsel|defen[cs]e)"
# the last word of a body's name, no party's: "Liverpool Crown Court heard"
_BODIES = frozenset(
    word_list(
        "Court Courts Police Council Hospital Service Services Office Department Ministry Commission Authority "
        "Trust Prison University School Club Board Committee Agency Bureau Tribunal Parliament Government"
    )
)
# a run of capitalized words, a single capital letter among them ("Nurse A", "Ram Manohar")
_NAME_RUN = LazyPattern(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


def is_lawyer(who: str, sentences: list[str]) -> bool:
    """The article writes the person known as `who` as a lawyer of the case: "McLachlan,
    prosecuting", "prosecutor Jane McLachlan", "defence barrister Mr McLachlan"."""
    name = re.escape(who)
    after = re.compile(rf"\b{name},? {_ROLE_AFTER}")
    before = re.compile(rf"{_ROLE_BEFORE},? (?:[A-Z][\w'’.-]* ){{0,3}}{name}\b")
    return any(after.search(s) or before.search(s) for s in sentences)


def case_party(sentences: list[str], members: list[int], lawyer: str, used: set[str]) -> str:
    """The party the lawyer's bullets `members` (indexes into the article's `sentences`) tell
    of, as written: the most named in them, else the last named in the `LEAD_IN` sentences
    before the first ("... said Manohar offered to help Nurse A", then "she", "her"); '' for
    none or two named as often."""
    every = tuple(sentences)
    speakers = {person_key(actor(sentences, i), every) for i in range(len(sentences))} - {""}
    counts: Counter[str] = Counter()
    forms: dict[str, str] = {}
    for text in [sentences[i] for i in members]:
        for name, who in _parties(text, every, speakers, lawyer, used):
            counts[who] += 1
            forms[who] = max(forms.get(who, name), name, key=lambda n: len(n.split()))
    if not counts:
        start = min(members)
        for before in range(start - 1, max(start - LEAD_IN, 0) - 1, -1):
            named = _parties(sentences[before], every, speakers, lawyer, used)
            if len({who for _, who in named}) == 1:
                return named[0][0]
            if named:
                return ""  # two people: which one the bullets tell of is not said
        return ""
    (who, count), *rest = counts.most_common(2)
    if rest and rest[0][1] == count:
        return ""  # two parties as often: no one the lawyer speaks of
    return forms[who]


def _parties(
    text: str, every: tuple[str, ...], speakers: set[str], lawyer: str, used: set[str]
) -> list[tuple[str, str]]:
    """The people `text` names (as written, and by `key`) who may be a party: not the lawyer,
    no body, one who speaks or acts in the article or one named by a letter, no one a title
    in `used` names."""
    found = []
    for run in _NAME_RUN.finditer(text):
        name = run.group(0).removesuffix("'s").removesuffix("’s")
        who = person_key(name, every)
        if not who or who == lawyer or who.split()[-1] in _BODIES or (who not in speakers and " " not in who):
            continue
        if not _named(name, used) and not _named(who, used):
            found.append((name, who))
    return found


def _named(name: str, used: set[str]) -> bool:
    folded = f" {name.casefold()} "
    return any(folded in f" {u} " for u in used)
