"""A Chinese news overview bullet that is mostly a roll of names ("预警称，甲区、乙区、丙县……等地已连续
多日无明显降水……", twenty places or more joined by "、") spends a whole bullet on a list no reader takes
in, while the story's next point goes unsaid: the list is where a claim applies, and the overview's
other points say the claim ("……全县大部分乡镇……"). Such a bullet gives way to the lead's next point
that stands alone (`refill`, as a hollow scene does in `zh_hollow_swaps`), or with none left, to the
first bullet standing alone of the first theme group of three or more with one (the group keeps two: the
overview says the theme's point, the group its details); with neither it stays.
A shorter roll ("甲市、乙市……等地停课", a rain forecast's regions, a committee's members) is
the claim itself, and stays. Reads a Chinese news brief (not a policy's or an essay's)."""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_hollow_swaps import stands_alone
from citebrief.engines.zh_overview_details import Refill
from citebrief.text.lazy_re import LazyPattern

# a run of short names joined by "、": "渝中区、大渡口区、……黔江区"
_ROLL = LazyPattern(r"[^、，,。；;：:“”「」《》（）()\s]{1,12}(?:、[^、，,。；;：:“”「」《》（）()\s]{1,12})+")
MIN_NAMES = 20  # a roll this long is read past, not read
MIN_SHARE = 0.6  # of the bullet's characters: the roll is the bullet, not one detail of it


def mostly_names(text: str) -> bool:
    """Whether a sentence is mostly one roll of `MIN_NAMES` names or more joined by "、"."""
    body = text.strip()
    roll = max((m.group(0) for m in _ROLL.finditer(body)), key=len, default="")
    return roll.count("、") + 1 >= MIN_NAMES and len(roll) >= MIN_SHARE * len(body)


def refill_listed_lead(scored: Scored, drafts: list[Draft], refill: Refill | None) -> list[Draft]:
    """The drafts, each overview bullet that is `mostly_names` given way to the lead's next point
    (`refill(taken, start)`, `start` the themes' first bullet) that stands alone and is no roll, or
    else to a theme's head (`_theme_head`). `refill` None: a brief this does not read."""
    if refill is None or scored.lang != "zh" or not drafts:
        return drafts
    lead = drafts[0]
    start = min((i for d in drafts[1:] for i in d.picked), default=len(scored.units))
    for k in list(lead.picked):
        if not mostly_names(scored.trimmed[k]):
            continue
        fresh = refill([i for d in drafts for i in d.picked], start)
        if fresh is None or not _stands(scored.trimmed[fresh]):
            fresh = _theme_head(scored, drafts)
        if fresh is not None:
            lead.picked = sorted(fresh if i == k else i for i in lead.picked)
    return drafts


def _stands(text: str) -> bool:
    """Whether a sentence can take a roll's place in the overview: it stands alone, no roll itself."""
    return stands_alone(text) and not mostly_names(text)


def _theme_head(scored: Scored, drafts: list[Draft]) -> int | None:
    """The first bullet that `_stands` of the first theme group of three or more that has one,
    taken from that group (None where no group has one to give)."""
    for draft in drafts[1:]:
        given = next((i for i in draft.picked if _stands(scored.trimmed[i])), None) if len(draft.picked) >= 3 else None
        if given is not None:
            draft.picked.remove(given)
            return given
    return None
