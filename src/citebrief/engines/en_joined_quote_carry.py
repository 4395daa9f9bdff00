"""An English bullet that joined its sentence before, a quotation opening on a person's pronoun
("'He behaved in a terribly insensitive … way,' the spokesperson said. 'That contractor was
immediately terminated this morning.'", en-cnndm 187), leans on the sentence before that one.

`lead_points.lean_on_previous` joins a quotation's next line to the line naming its speaker, so
the outcome keeps whose words it is; the bullet then counts as carrying its sentence before, and
`cited_points.carry_antecedent` carried nothing more. But the joined line's "He" is still no one:
the contractor stood in the sentence before it ("However, a third party contractor entered Ivy
afterwards …"), which no bullet held, and readers stopped at the group's last bullet opening on
a dangling "He". Here that sentence is the one such a bullet leans on, so `carry_antecedent`
carries it where the three fit one bullet and no bullet of the brief says it. So too where the
joined line turns on or answers that sentence ("'Yes, when you have Christian in the team …,' he
said. 'We are going …'": `anaphora.quote_turns_back`).
"""

from __future__ import annotations

from citebrief.engines.scored import Scored
from citebrief.text.anaphora import quote_leans_back

HEAD_CHARS = 24  # the joined line's opening a bullet must start with to count as holding it


def joined_quote_antecedent(scored: Scored, i: int, text: str) -> int | None:
    """The sentence English bullet `text` of sentence `i` leans on where it holds its sentence
    before, a quotation opening on he, she or they or on a turn (module doc): the one before that; else None."""
    if scored.lang != "en" or i < 2 or i not in scored.carried:
        return None
    joined = scored.units[i - 1].text
    if not quote_leans_back(joined, scored.units[i - 2].text) or not text.startswith(joined[:HEAD_CHARS]):
        return None
    return i - 2


def carried_paragraphs(scored: Scored, i: int, leaned_on: int) -> set[int]:
    """The paragraphs a bullet of sentence `i` carrying its antecedent cites: the sentence it leans
    on (`leaned_on`) and its own; a joined quote's line, its antecedent and its own."""
    past = joined_quote_antecedent(scored, i, scored.trimmed[i])
    if past is None:  # (a caption glued in between is not cited: `en_caption_between`)
        return {scored.units[leaned_on].paragraph, scored.units[i].paragraph}
    return {unit.paragraph for unit in scored.units[past : i + 1]}
