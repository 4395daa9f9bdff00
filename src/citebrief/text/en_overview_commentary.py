"""An English overview of a match report that carries a live commentary, titled by the match the
commentary's final line states, not by a player or one side. en-xsum's match reports lose their
opening (summary) sentence, so the overview title fell on a player its bullets name once: "Denis
Onyango", the keeper beaten by Egypt's late winner (en-xsum 150), or on the losing side alone,
"Wrexham" of Gateshead's 2-1 win (en-xsum 138). A reader wants the match; the commentary's
"Match ends, Egypt 1, Uganda 0." names both sides as the page writes them, home side first. A
rugby report's two team sheets do too ("Widnes: Hanbury, Owens, ....Replacements: ..." then
"Warrington: ..."), where it has no commentary: "Widnes v Warrington", not "Paddy Flynn" (en-xsum
142), not the glued "Gloucester Josh Hohneck" (145).

Only those lines are read: a result sentence's sides are not reliable ("Uganda v Mali" of
"Uganda now face Mali ..."). The title is "Side v Side" (`en_title_match.SEPARATOR`), which
`en_title_match.match_grounded` grounds for `bench/brief_checks.py` (both sides written).
"""

from __future__ import annotations

from citebrief.text.en_actors import is_person
from citebrief.text.en_title_match import SEPARATOR
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of

# "Match ends, Gateshead 2, Wrexham 1.": a side of one to four words, no digit nor comma in it
_SIDE = r"([A-Z][^,\d.]{1,40}?)"
_FINAL = LazyPattern(rf"\bMatch ends, {_SIDE} \d{{1,2}}, {_SIDE} \d{{1,2}}\.")


# "Widnes: Hanbury, Owens, ... Leuluai.Replacements: ...": a team sheet, eight names at least
# before its replacements, under a side's name of one to three capitalised words after a
# sentence's end (read back from each "Replacements:", no pattern that backtracks over the list)
_REPLACEMENTS = LazyPattern(r"\.\s*Replacements:")
_SHEET_SIDE = LazyPattern(r"(?:^|(?<=[.!?\"”])\s*)([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\Z")
_SHEET_NAMES = 7  # separators: eight names
_SHEET_LONGEST = 400  # characters of a sheet's names: more is prose
_SHEETS = 2


def final_sides(texts: list[str]) -> tuple[str, str] | None:
    """The two sides of the first "Match ends, A n, B m." line in `texts`, as written, else of
    its two team sheets (home side first, as the page lists them); None."""
    for text in texts:
        found = _FINAL.search(text)
        if found:
            return found.group(1), found.group(2)
    # a passage can end on one sheet and the next open on its "Replacements:" (en-xsum 142)
    joined = " ".join(texts)
    sheets = [side for m in _REPLACEMENTS.finditer(joined) if (side := _sheet_side(joined[: m.start()]))]
    return (sheets[0], sheets[1]) if len(sheets) == _SHEETS else None


def _sheet_side(head: str) -> str:
    """The side whose team sheet `head` ends on ("... Widnes: Hanbury, Owens, ..."); ''."""
    colon = head.rfind(": ")
    names = head[colon + 2 :]
    if colon < 0 or len(names) > _SHEET_LONGEST or names.count(",") + names.count(";") < _SHEET_NAMES:
        return ""
    found = _SHEET_SIDE.search(head[:colon])
    return found.group(1) if found and found.group(1) != "Replacements" else ""


def commentary_match(subject: str, texts: list[str], used: set[str]) -> str:
    """The match, "Side v Side", of the commentary's final line or team sheets (`final_sides`) in
    place of `subject` where `subject` is a person's name or one of the two sides and no other
    title holds the match; else `subject`. `used` gains the title and keeps the subject (a group
    titled by the player or side alone would read as the overview)."""
    sides = final_sides(texts)
    if sides is None or sides[0] == sides[1]:
        return subject
    folded = subject.casefold()
    if folded not in {side.casefold() for side in sides} and not is_person(subject, texts):
        return subject
    title = sides[0] + SEPARATOR + sides[1]
    if not free_of(title, used - {folded}):
        return subject
    used.add(title.casefold())
    return title
