"""Whether a bullet's sentence, opening its paragraph, leans on the last sentence of the paragraph
before, so that `cited_points.carry_antecedent` carries it across the break: where the writer (or
a bench's cut of one block into paragraphs) broke before "A singer and radio DJ, he performs …" or
"和常规的检测是类似的，……", the break is no new point — the sentence before says who "he" is
(`en_paragraph_person`) or what the comparison is with (`lead_points.POINTS_BACK`: "……要做一些检测。"), or
"主要包括……" what it lists the parts of (`zh_list_lean`: "此次重点查处……的行为。"), or a quotation
opening on "However"/"Yes," what it turns on or answers (`anaphora.quote_turns_back`: BBC breaks
between "The Ministry … said staff worked …" and '"However more must be done …," the spokeswoman added').
A heading before, or a paragraph further back, leans on nothing.
"""

from __future__ import annotations

from citebrief.engines.lead_points import POINTS_BACK
from citebrief.engines.scored import Scored, Unit
from citebrief.text.anaphora import quote_turns_back
from citebrief.text.patterns import dangling_name
from citebrief.text.zh_list_lean import opens_on_list


def leans_across(scored: Scored, before: Unit, unit: Unit, text: str) -> bool:
    """Whether `text`, the sentence `unit` opening its paragraph, leans on `before`, the last
    sentence of the paragraph just before (module doc)."""
    if before.heading or before.paragraph != unit.paragraph - 1:
        return False
    if scored.lang == "zh":
        # "和……是类似的", "以……为例", "在这种情况下，"; "主要包括……": the parts of what it names (`zh_list_lean`)
        return dangling_name(text) in POINTS_BACK or opens_on_list(text)
    from citebrief.text.en_paragraph_person import leans_across as person_before  # not on a Chinese start

    return person_before(text, before.text, [u.text for u in scored.units]) or quote_turns_back(text, before.text)
