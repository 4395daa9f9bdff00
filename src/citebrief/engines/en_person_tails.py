"""An English theme group whose last bullets bring in a person its earlier bullets never name
becomes two groups where that person comes in.

A story read in runs is cut where its words turn, and a side story told at a run's end stays in
the run's group when it shares a word or two with it: a poll of how people named Nigel vote, then
a Ukip candidate, "Kim Rose, who is running for Nigel Farage's party ...", under investigation for
sausage rolls and "Mr Rose, 57, branded police involvement as 'absolutely ridiculous'". Readers
read such a group as mixing two strands under one title. The words the two strands share ("vote",
"Nigel") keep `en_story_splits` from cutting it; the person does not. The tail is the person's
when its first bullet opens on them by a name of two capitalized words or more (after at most
three words saying who they are: "Fellow guard Simon Scott"; not "Mr Rose", someone met before,
nor a name in passing, "Following in the footsteps of ..."), each later bullet names them again
or opens on "He"/"She", no earlier bullet of the group nor the overview names them, and no tail
bullet names anyone the earlier bullets name (a footballer's mentors after his record tell his
story; a nun's colleague praising her tells of her). The group is cut there where each part keeps
`MIN_PART` bullets and the brief holds fewer than `EN_RUN_THEMES` theme groups; the bullets stay the
same. Reads English news and features read in runs (not asked for --groups, not a policy or essay).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_names import names
from citebrief.engines.scored import Draft, part_after
from citebrief.engines.theme_count import EN_RUN_THEMES
from citebrief.text.en_actors import is_person
from citebrief.text.lazy_re import LazyPattern

MIN_GROUP = 4  # bullets of a group that may end on another strand
MIN_PART = 2  # bullets each part keeps
_TITLES = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ")
# a sentence that opens on a person's name of two words or more, after at most three words that
# say who they are ("Fellow guard Simon Scott", "QPR boss Chris Ramsey"): group 1 is the name
_OPENING_NAME = LazyPattern(r"^\W*(?:[\w'’-]+ ){0,3}?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+)(?![\w'’-])")
_GOES_ON = LazyPattern(r"^\W*(?:He|She|His|Her)\b")  # a bullet that goes on about the person just named


def _opens_on(text: str, name: str) -> bool:
    """`text` opens on `name` after another capitalized word of its run ("Kim Rose, who is
    running ..."): it brings the person in as its subject, not a bare surname or title ("Mr
    Rose") that names someone met before, nor a name in passing ("in the footsteps of ...")."""
    run = _OPENING_NAME.match(text)
    return run is not None and run.group(1).split()[-1] == name and not run.group(1).startswith(_TITLES)


def _tail_start(texts: Sequence[str], sentences: Sequence[str], picked: list[int], named: frozenset[str]) -> int | None:
    """Where in `picked` (a group's bullets in article order) the tail of a person none of
    `named` (the overview's names) nor the bullets before writes begins, or None."""
    for start in range(MIN_PART, len(picked) - MIN_PART + 1):
        before = named.union(*(names(texts[i]) for i in picked[:start]))
        first = texts[picked[start]]
        tail = picked[start:]
        if any(names(texts[i]) & (before - named) for i in tail):
            continue  # the tail goes on with someone the group's earlier bullets are about
        for name in sorted(names(first) - before):
            if not _opens_on(first, name) or not is_person(name, sentences):
                continue
            if all(name in names(texts[i]) or _GOES_ON.search(texts[i]) for i in tail[1:]):
                return start
    return None


def person_tails_cut(texts: Sequence[str], sentences: Sequence[str], drafts: list[Draft]) -> bool:
    """Cuts the first theme group of `drafts` (overview first) that ends on a person's strand
    (module doc) into two groups, in place; `texts` are the sentences as their bullets say them,
    `sentences` the article's. Returns whether it cut."""
    if len(drafts) - 1 >= EN_RUN_THEMES:
        return False
    named = frozenset().union(*(names(texts[i]) for i in drafts[0].picked))
    for draft in sorted(drafts[1:], key=lambda d: min(d.picked)):
        picked = sorted(draft.picked)
        if len(picked) < MIN_GROUP:
            continue
        start = _tail_start(texts, sentences, picked, named)
        if start is None:
            continue
        part_after(drafts, draft, picked[:start], picked[start:])
        return True
    return False
