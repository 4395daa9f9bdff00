"""Whose words an English bullet speaks, read in turn by each English speaker reader (the chain
`cited_points._whose_words` asks in English).

Apart from `cited_points` so that a Chinese run, which never asks, imports none of these readers
and what they import (issue #14: cold start; `cited_points` imports this module on an English
bullet only).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_age_names import named_age_en
from citebrief.engines.en_club_names import named_club_en
from citebrief.engines.en_couple_names import named_couple_en
from citebrief.engines.en_given_names import given_name_en
from citebrief.engines.en_head_tail_speakers import named_head_tail_en
from citebrief.engines.en_lead_descriptions import named_lead_en
from citebrief.engines.en_misread_pronouns import named_misread_en
from citebrief.engines.en_name_intros import introduced_en
from citebrief.engines.en_organisation_names import named_organisation_en
from citebrief.engines.en_pronoun_speakers import named_pronoun_en
from citebrief.engines.en_quote_lead_ins import named_lead_in_en
from citebrief.engines.en_quote_lost_marks import named_unmarked_line_en
from citebrief.engines.en_quote_owners import named_quotation_en
from citebrief.engines.en_quote_roles import named_role_quotation_en
from citebrief.engines.en_quote_run_pronouns import named_run_speaker_en
from citebrief.engines.en_role_bodies import bodied_role_en
from citebrief.engines.en_tag_speakers import named_tag_pronoun_en
from citebrief.engines.en_tail_speakers import named_tail_pronoun_en
from citebrief.engines.en_teaser_referents import named_teaser_en
from citebrief.engines.scored import Scored
from citebrief.model import Point


def named_speaker_en(
    scored: Scored,
    i: int,
    text: str,
    points: Sequence[Point],
    sentences: tuple[frozenset[int], frozenset[int], int | None],
    middles: Sequence[bool],
) -> tuple[str, int] | None:
    """The bullet `text` of sentence `i` with the speaker or referent the first reader finds
    bracketed in, and the paragraph it stands in; None where no reader finds one. The arguments
    are `cited_points._whose_words`'s."""
    everywhere, read, above = sentences
    return (
        named_pronoun_en(scored, i, text, points)
        or named_misread_en(scored, i, text, points, everywhere)  # "[McIlroy] returned …" under Dubuisson's bullet
        or named_run_speaker_en(scored, i, text, points)  # "[Mrs Creag] spoke of …" after her quoted run
        or named_quotation_en(scored, i, text, points, middles)
        or named_lead_in_en(scored, i, text, points, middles)  # "O'Neill envisages … | [O'Neill said:] 'Holywell …"
        or named_unmarked_line_en(scored, i, text, points)  # a line whose marks a glued page lost
        or named_role_quotation_en(scored, i, text, points, middles)  # '[The education secretary said:] "…'
        or named_tail_pronoun_en(scored, i, text, points)  # '"…," [Chris Davies] said.'
        or bodied_role_en(scored, i, text, points)  # '"…," the [Ministry of Justice] spokeswoman added'
        or named_tag_pronoun_en(scored, i, text, points)  # "Their comments, [Rowling] wrote, …"
        or named_head_tail_en(scored, i, text, points, above)  # a group's '"…," said the 24-year-old [Washington]'
        or introduced_en(scored, i, text, points, everywhere, read)
        or given_name_en(scored, i, text, points, everywhere, read)  # "Mr. [Josh] Hatfield"
        or named_couple_en(scored, i, text, everywhere)  # "[Brian and Charlotte Smith] say …"
        or named_club_en(scored, i, text)  # "[Harlequins] also felt …" for "The west London club"
        or named_organisation_en(scored, i, text, read)  # "[Tata Steel] said …" for "The firm said"
        or named_teaser_en(scored, i, text)  # "[These giant arrows] are the peculiar …"
        or named_lead_en(scored, i, text)  # "[Lisa McElroy,] the respected law professor …"
        or named_age_en(scored, i, text, everywhere, read)  # "the 52-year-old … [Rand Paul] shared"
    )
