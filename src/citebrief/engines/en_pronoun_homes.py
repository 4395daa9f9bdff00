"""An English bullet opening on "He"/"She" right under a bullet led by someone else, while the
writer's He is a person another group's bullets name (`en_misread_pronouns`), goes to that group.

Grouping by topic can set a sentence of one person's thread under another's, and a reader takes the
He for the person of the bullet above (en-xsum 89: McIlroy's comeback under Dubuisson's 67). The
bullet moves to the group whose bullets name the writer's person, at its place in article order,
where the bullet right before it there names the person or goes on with the pronoun ("But he hit
back …"), that group holds `MAX_GROUP` bullets with it and its own group keeps `MIN_KEPT` (the
overview `MIN_OVERVIEW`). A bullet that will carry its sentence before ("The Welsh club were
promoted … He then moved …": `cited_points.carry_antecedent`) opens on no pronoun and stays. Where
the bullet stays, `en_misread_pronouns.named_misread_en` names the person in brackets
("[McIlroy] returned …", en-xsum 89, whose overview would keep one point). en-cnndm and en-xsum 0–199
(as pasted): no move. English news and features read in runs only (`final_groups`' en_news).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.en_misread_pronouns import PRONOUN_SUBJECT, misread
from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_actors import key
from citebrief.text.lazy_re import LazyPattern

MIN_KEPT = 2  # bullets a theme group keeps once the bullet leaves
MIN_OVERVIEW = 2  # ... and the overview (as `en_overview`)
MAX_GROUP = 5  # bullets the group it goes to holds with it, at most
# a bullet going on with the same person: "But he hit back …", "He …"
_GOES_ON = {
    "He": LazyPattern(r"^(?:(?:But|And|Yet|So|Then) )?(?:[Hh]e|His|his) "),
    "She": LazyPattern(r"^(?:(?:But|And|Yet|So|Then) )?(?:[Ss]he|Her|her) "),
}


def pronoun_homes_given(scored: Scored, drafts: list[Draft]) -> int:
    """Moves each bullet of `drafts` (the overview first) whose He a reader would take from another
    person than the writer's to the group naming the writer's (module doc), in place. Returns the moves."""
    texts = scored.trimmed
    everywhere = frozenset(k for d in drafts for k in d.picked)
    moved = 0
    for number, draft in enumerate(drafts):
        for i in list(draft.picked):
            if len(draft.picked) - 1 < (MIN_OVERVIEW if number == 0 else MIN_KEPT):
                continue
            earlier = [k for k in draft.picked if k < i]
            if not earlier or not PRONOUN_SUBJECT.match(texts[i]):
                continue  # a group's head is `en_pronoun_speakers`' (nearly every bullet stops here)
            text = carry_antecedent(scored, i, texts[i], everywhere) or texts[i]
            found = misread(scored, i, text, texts[earlier[-1]])
            home = None if found is None else _home(texts, drafts, draft, i, found[0].group(1), found[1])
            if home is not None:
                draft.move(i, home)
                moved += 1
    return moved


def _home(texts: Sequence[str], drafts: list[Draft], own: Draft, i: int, pronoun: str, person: str) -> Draft | None:
    """The group other than `own` whose bullets name `person`, where sentence `i` would stand under
    a bullet naming them or going on with `pronoun`, and which holds `MAX_GROUP` with it; None if none."""
    for draft in drafts[1:]:
        if draft is own or len(draft.picked) >= MAX_GROUP or not any(key(person) in texts[k] for k in draft.picked):
            continue
        earlier = [k for k in draft.picked if k < i]
        if earlier and (key(person) in texts[earlier[-1]] or _GOES_ON[pronoun].match(texts[earlier[-1]])):
            return draft
    return None
