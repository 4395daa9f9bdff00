"""An English news brief tells one incident once. A story that opens on a summary and then tells
it in full can give both to the brief, in two groups: en-cnndm 176 said "A New Delhi driver was
accused of raping a passenger in December" in one group and "An Indian woman said her driver
raped her in New Delhi, leading to outcries and a temporary ban of Uber in that city" in another,
and "Lawsuits have been brought against Uber in San Francisco and Los Angeles" beside "The cities
of San Francisco and Los Angeles are both suing the company …". Shared words and shared names
alone also join parallel but distinct bullets (two clubs' injuries, two attacks claimed by one
group), so the incident must be the same one: both bullets say one incident of
`data/en_repeat_events.tsv` (a rape, a lawsuit) and name one place, written after "in" or "of" in
one of them, that no other bullet of the brief names. The later bullet leaves its group; where
that would leave the group one bullet, or the bullet after it leans on it ("It came days after
…", `en_antecedent_next.leans_back_en`), the earlier one leaves its group instead, on the same
terms; otherwise both stay.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from itertools import combinations

from citebrief.engines.en_antecedent_next import leans_back_en
from citebrief.engines.scored import Draft, Scored
from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import starts, word_boundary

MIN_LEFT = 2  # bullets a group keeps once a repeat leaves it
_NAME = LazyPattern(r"(?<![\w'’-])[A-Z][a-z]+(?: [A-Z][a-z]+)*")
_WORD = LazyPattern(r"[a-z]+")


@cache
def incidents() -> dict[str, str]:
    """Each form a bullet says an incident by → the incident (`data/en_repeat_events.tsv`)."""
    forms: dict[str, str] = {}
    for line in data_lines("en_repeat_events.tsv"):
        noun, words = line.split("\t")
        forms.update((word, noun) for word in words.split())
    return forms


def event_repeats_dropped(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Drop one of each two bullets telling the same incident in the same place (see the module's
    note); `drafts` and `chosen` change in place."""
    bullets = [i for draft in drafts for i in draft.picked]
    names = {i: _names(scored.trimmed[i]) for i in bullets}
    said = {i: _incidents(scored.trimmed[i]) for i in bullets}
    # only bullets that say an incident can pair (same_incident's first test), read once each
    for first, second in combinations([i for i in bullets if said[i]], 2):
        if not said[first] & said[second]:
            continue
        if not (_present(first, drafts) and _present(second, drafts)):
            continue
        shared = names[first] & names[second]
        if not _same(scored.trimmed[first], scored.trimmed[second], shared, _shared_elsewhere(names, first, second)):
            continue
        for bullet in (second, first):
            draft = next(d for d in drafts if bullet in d.picked)
            if _may_leave(scored, draft, bullet):
                draft.drop(bullet, chosen)
                break


def same_incident(one: str, other: str, elsewhere: Collection[str] = ()) -> bool:
    """Whether two bullets say one incident of `data/en_repeat_events.tsv` in one place, a name
    both write (after "in" or "of" in one of them) that is not in `elsewhere`."""
    return bool(_incidents(one) & _incidents(other)) and _same(one, other, _names(one) & _names(other), elsewhere)


def _same(one: str, other: str, shared: set[str], elsewhere: Collection[str]) -> bool:
    """Whether one of the names two bullets of one incident both write (`shared`), not in
    `elsewhere`, is a place (after "in" or "of") in one of them."""
    return any(_placed(name, one) or _placed(name, other) for name in shared - set(elsewhere))


def _incidents(text: str) -> set[str]:
    """The incidents of `data/en_repeat_events.tsv` that `text` says."""
    forms = incidents()
    return {forms[w] for w in _WORD.findall(text.lower()) if w in forms}


def _names(text: str) -> set[str]:
    """The capitalized names `text` writes past its first word."""
    return {m.group() for m in _NAME.finditer(text) if m.start() > 0}


def _placed(name: str, text: str) -> bool:
    """Whether `text` writes `name` as a place: after "in" or "of"."""
    return any(
        word_boundary(text, at) and word_boundary(text, at + len(phrase))
        for phrase in (f"in {name}", f"of {name}")
        for at in starts(phrase, text)
    )


def _shared_elsewhere(names: dict[int, set[str]], first: int, second: int) -> set[str]:
    """The names another bullet than `first` and `second` writes too."""
    return {name for i, said in names.items() if i not in (first, second) for name in said}


def _present(bullet: int, drafts: list[Draft]) -> bool:
    return any(bullet in d.picked for d in drafts)


def _may_leave(scored: Scored, draft: Draft, bullet: int) -> bool:
    """Whether `bullet` may leave `draft`: it keeps `MIN_LEFT` bullets and the bullet after it does
    not lean on it."""
    if len(draft.picked) <= MIN_LEFT:
        return False
    after = draft.picked.index(bullet) + 1
    return not (after < len(draft.picked) and draft.picked[after] == bullet + 1 and leans_back_en(scored, bullet + 1))
