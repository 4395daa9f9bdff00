"""Where an English overview titled by a name's deed ("Barry Beavis's Legal Bid",
`en_overview_deed.py`) and a group both want that deed: the group whose bullets report it keeps
it ("Legal Bid"), the overview the bare name ("Barry Beavis"), unless the overview's own bullets
say the deed. Blind readers preferred "Barry Beavis" over "Legal Bid" to "Barry Beavis's Legal
Bid" over "Judges", and "Jafar Adeli" over "Adeli's Arrest" to "Jafar Adeli's Arrest" over
"Vigilante Group": a group kept from repeating the overview takes a worse title, and an overview
whose bullets say nothing of the deed gains little by it. Where they do ("banned from the roads"
under "Rhodri Giggs's Driving Ban"), the overview keeps it and the group takes another. Where
the opening writes a deed of the name's own that the overview's bullets tell ("lost his case":
`en_overview_late_deed.py`), that titles the overview and nothing yields ("Barry Beavis's Legal
Defeat" over "Judges", read better in a later blind read than the bare name over "Legal Bid").
"""

from __future__ import annotations

import re

from citebrief.text.en_overview_deed import deed_verbs

POSSESSIVE = "'s "
MIN_GROUP_WORDS = 2
_WORD = re.compile(r"[\w'’-]+")


def _forms(head: str) -> frozenset[str]:
    """The deed's head word as written or inflected ("ban" → "banned", "arrest" → "arrested",
    "release" → "released"), not a longer word that starts so ("band")."""
    stem = head[:-1] if head.endswith("e") else head
    return frozenset(
        {head, head + "s", head + "es", stem + "ed", stem + "ing", *(head + head[-1] + e for e in ("ed", "ing"))}
    )


def overview_deed(overview: str, used: set[str]) -> tuple[str, str] | None:
    """The overview's deed phrase as `used` holds it ("barry beavis's legal bid") and its noun
    ("legal bid"), where the title (its "Key points: " label aside) is a name's deed whose name
    `used` keeps too (as the lead wrote it: "asylum seeker jafar adeli"); else None."""
    subject = overview.rpartition(": ")[2].casefold()
    name, _, noun = subject.rpartition(POSSESSIVE)
    if not name or not noun or subject not in used:
        return None
    if not any(u == name or u.endswith(" " + name) for u in used):  # "asylum seeker jafar adeli"
        return None
    return subject, noun


def says_deed(noun: str, bullets: list[str]) -> bool:
    """Whether a bullet writes the deed: its head word (`_forms`) or a verb whose noun
    it is ("sacked" for "sacking")."""
    forms = _forms(noun.rsplit(maxsplit=1)[-1])
    verbs = deed_verbs(noun)
    for bullet in bullets:
        folded = bullet.casefold()
        if any(re.search(rf"\b{re.escape(verb)}\b", folded) for verb in verbs):
            return True
        if forms & set(_WORD.findall(folded)):
            return True
    return False


def yields_deed(noun: str, overview_bullets: list[str], with_deed: list[str], without: list[str]) -> bool:
    """Whether the overview gives its deed up: a group titled without it (`without`) would be
    titled by the deed in more than its one word ("Legal Bid", "Adeli's Arrest"; "Debut" alone
    says less than "Schumacher Junior's Debut" does), the group's title beside the deed
    (`with_deed`) is another, and the overview's bullets do not say it."""
    taken = any(
        noun in alone.casefold() and len(alone.split()) >= MIN_GROUP_WORDS and noun not in beside.casefold()
        for alone, beside in zip(without, with_deed, strict=True)
    )
    return taken and not says_deed(noun, overview_bullets)
