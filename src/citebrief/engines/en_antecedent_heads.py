"""An English theme group that opens on a sentence leaning on the one before it takes that
sentence's bullet from inside another group, so the two groups stop alternating.

One-block English news is grouped by topic as well as by runs, and two topics that the article
tells in turns leave two groups whose bullets interleave: "Despite being patented in 1983, the
extender stick failed to become a success" stood among the selfie stick's present-day bullets
while the next group opened on "But that did not stop Mr Ueda from compiling a family album ..."
(en-cnndm 121), whose "that" is that failure. `en_antecedent_next` moves a leaning head up to the
group before where its antecedent ends that group (after the titles); where the antecedent stands
inside another theme group, the antecedent comes down to head the leaning bullet's group instead,
before the titles are chosen (so no title names what left). The head leans where it points back
(`en_antecedent_next.leans_back_en`) or opens on a pronoun or connective ("But", "That":
`en_actor_groups.leans`) beside its sentence before, in one paragraph or passage. The antecedent's
group keeps `MIN_LEFT` bullets, the leaning group holds `MAX_THEME` with it, and the antecedent's
bullet says its sentence to its end (`en_antecedent_next.ends_whole`), leans on no sentence before
it, and opens on no quotation mark (a line whose speaker stands before). English news and features
read in runs only (`final_groups`' en_news; en-cnndm, en-xsum: 1 of 400 briefs moves).
"""

from __future__ import annotations

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_antecedent_next import ends_whole, leans_back_en
from citebrief.engines.scored import Draft, Scored

MIN_LEFT = 3  # bullets the antecedent's group keeps, at least
MAX_THEME = 5  # bullets the leaning bullet's group holds with the antecedent, at most
_QUOTE_MARKS = ("'", '"', "‘", "“")


def antecedent_heads_given(scored: Scored, drafts: list[Draft]) -> int:
    """Moves the antecedent of each theme group's leaning head from inside another theme group
    to head the leaning group (module doc), in place; `drafts` the groups, the overview first.
    Returns the bullets it moved."""
    moved = 0
    for draft in sorted(drafts[1:], key=lambda d: min(d.picked)):
        head = min(draft.picked)
        owner = next((d for d in drafts[1:] if head - 1 in d.picked), None)
        if owner is None or owner is draft or not _leans_on_before(scored, head):
            continue
        if max(owner.picked) == head - 1 or len(owner.picked) <= MIN_LEFT or len(draft.picked) >= MAX_THEME:
            continue  # the antecedent ends its group: `en_antecedent_next` lets the head go up
        before = head - 1
        if not ends_whole(scored, before) or scored.trimmed[before].lstrip().startswith(_QUOTE_MARKS):
            continue
        if leans_back_en(scored, before):
            continue
        owner.move(before, draft)
        moved += 1
    return moved


def _leans_on_before(scored: Scored, i: int) -> bool:
    """Whether sentence `i` points back at the one before it (`leans_back_en`), or opens on a
    connective or pronoun (`leans`: "But that did not stop ...") beside it in its paragraph or
    the passage before."""
    if i == 0 or leans_back_en(scored, i):
        return i > 0
    before, unit = scored.units[i - 1], scored.units[i]
    near = before.paragraph == unit.paragraph or (scored.passages and before.paragraph == unit.paragraph - 1)
    return i not in scored.carried and near and not before.heading and leans(scored.trimmed[i])
