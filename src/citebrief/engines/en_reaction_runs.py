"""An English news group that is a run of reactions titled so before the title steps: the story's
close where different named people or bodies each comment on its event (three motoring bodies on
a parking-fine ruling) is one strand a sub-editor titles "Reaction to the Ruling"; the grouping
steps title such a run by the people it names ("Motorists") and the title steps then keep it.

The reading is `text/en_title_reaction.py`'s, of the group's bullets and the whole paragraphs
they come from; a group it does not read as such a run keeps its title, or lack of one.
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_title_reaction import reaction_phrase


def reactions_titled(scored: Scored, drafts: list[Draft]) -> None:
    """Each theme group of `drafts` (the overview first, left as is) that is a run of reactions
    titled "Reaction to <event>"."""
    for draft in drafts[1:]:
        paragraphs = sorted({scored.units[i].paragraph for i in draft.picked})
        texts = [" ".join(u.text for u in scored.units if u.paragraph == p) for p in paragraphs]
        phrase = reaction_phrase([scored.trimmed[i] for i in draft.picked], texts)
        if phrase:
            draft.title = phrase
