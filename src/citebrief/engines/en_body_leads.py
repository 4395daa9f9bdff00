"""An English bullet on the article's first sentence, "It" and a reporting verb ("It also warns
that Britain may have to allow EU-registered boats…"), goes right after a bullet where a body that
can say so says something ("The Lords review says these communities are at risk…").

en-xsum articles lost their first (summary) sentence, so some open on "It warns …": the "It" is
the report that summary named, and nothing before it in the brief says which. Put first, or after
another point ("Fishing regions … voted … during the referendum campaign"), it reads as that
point's thing; right after the body's own bullet it has it. The body is a report, review, study,
survey, inquiry, office, committee or commission the bullet opens on ("The Lords review", "The Met
Office") with a reporting verb; a council, a company or a person stays no referent ("The council
said Telford Road …" did not issue the yellow warning: en-xsum 61 stays), nor does "It follows
…" (en-xsum 180, `en_event_leads`). Nothing moves where the bullet after the "It" leans on it
("It added …"), where the body's next bullet leans on the body's, or where the body stands in
another group that has no room or whose leaving would leave the "It" bullet's own group below two.
en-xsum: 1 of 200 briefs moves (171); en-cnndm none.
"""

from __future__ import annotations

from citebrief.engines.en_antecedent_next import MAX_OVERVIEW, MAX_THEME, MIN_LEFT, leans_back_en
from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern

_SAYS = (
    r"(?:also )?(?:warns|warned|says|said|finds|found|recommends|recommended|issues|issued|urges|urged"
    r"|concludes|concluded|adds|added|notes|noted|states|stated|calls|called)\b"
)
_IT_SAYS = LazyPattern(r"It " + _SAYS)
# "The Lords review says", "The Met Office warned": a body that can say what the "It" says
_BODY_SAYS = LazyPattern(
    r"The (?:[A-Z][\w'’-]* )*(?:review|report|study|survey|inquiry|[Oo]ffice|[Cc]ommittee|[Cc]ommission) " + _SAYS
)


def _after_leans(scored: Scored, group: list[int], i: int) -> bool:
    """Whether the bullet after `i` in `group` is `i`'s next sentence leaning on it."""
    k = group.index(i)
    return k + 1 < len(group) and group[k + 1] == i + 1 and leans_back_en(scored, i + 1)


def _body_bullet(scored: Scored, picked: list[list[int]], home: int) -> tuple[int, int] | None:
    """The (group, sentence) of the first bullet opening on a body that says something: in group
    `home` first, then the brief's groups in order."""
    for g in [home, *(g for g in range(len(picked)) if g != home)]:
        for j in picked[g]:
            if j != 0 and _BODY_SAYS.match(scored.trimmed[j]):
                return g, j
    return None


def body_lead_after(scored: Scored, picked: list[list[int]]) -> list[list[int]]:
    """`picked` (each group's sentence indices; the overview first) with the article's first
    sentence "It warns/says …" right after the first bullet whose body says something (module
    doc); unchanged for another language or where none does."""
    if scored.lang != "en" or not scored.trimmed or not _IT_SAYS.match(scored.trimmed[0]):
        return picked
    home = next((g for g, group in enumerate(picked) if 0 in group), None)
    if home is None or _after_leans(scored, picked[home], 0):
        return picked
    found = _body_bullet(scored, picked, home)
    if found is None:
        return picked
    owner, j = found
    if _after_leans(scored, picked[owner], j):
        return picked
    if owner != home:
        room = MAX_OVERVIEW if owner == 0 else MAX_THEME
        if len(picked[home]) - 1 < MIN_LEFT or len(picked[owner]) >= room:
            return picked
    kept = [list(group) for group in picked]
    kept[home].remove(0)
    kept[owner].insert(kept[owner].index(j) + 1, 0)
    return kept
