"""The English steps of `cited_groups`: the picks put in reading order before they become bullets,
a sentence joined to the event it goes on about, and which theme groups are only quotations no
bullet says whose.

Apart from `cited_groups` so that a Chinese run imports none of these steps nor what they import
(issue #14: cold start; `cited_groups` imports this module for an English brief only). The steps
run as they did there, in the same order.
"""

from __future__ import annotations

from citebrief.engines.en_antecedent_next import en_antecedents_next
from citebrief.engines.en_body_leads import body_lead_after
from citebrief.engines.en_claim_sources import sources_joined
from citebrief.engines.en_event_it_joins import event_its_joined
from citebrief.engines.en_event_leads import event_lead_second
from citebrief.engines.en_exact_dates import exact_dates_placed
from citebrief.engines.en_fate_joins import fates_joined
from citebrief.engines.en_late_warnings import late_warning_given
from citebrief.engines.en_lead_pairs import lead_pair_rejoined
from citebrief.engines.en_named_first import named_first
from citebrief.engines.en_overview_resolved import resolved_overview
from citebrief.engines.en_referent_heads import referent_heads
from citebrief.engines.en_remark_statements import remark_stated
from citebrief.engines.en_standalone_heads import standalone_heads
from citebrief.engines.scored import Draft, Scored
from citebrief.model import Point
from citebrief.text.en_unattributed import quote_reading, speakerless_group, title_speaker

__all__ = ["en_picked", "event_its_joined", "fates_joined", "resolved_overview", "speakerless_groups"]


def en_picked(scored: Scored, picked: list[list[int]], titles: list[str | None], en_news: bool) -> list[list[int]]:
    """The groups' picks of an English article put in reading order (`cited_groups.cited_groups`)."""
    picked = en_antecedents_next(scored, picked, titles)  # an English "They …" after its antecedent
    picked = event_lead_second(scored, picked)  # a lead "It comes in …" after a point that tells the news
    picked = body_lead_after(scored, picked)  # "It also warns …" after "The Lords review says …"
    picked = standalone_heads(scored, picked)  # "It follows …" under a new title: second (`en_standalone_heads`)
    picked = referent_heads(scored, picked)  # a first "The product will …" named by nothing: down (`en_referent_heads`)
    if en_news:  # ... a pair after a two-point overview (`en_lead_pairs`); "Or so says …" (`en_claim_sources`)
        picked = sources_joined(scored, lead_pair_rejoined(scored.trimmed, picked))
        picked = named_first(scored, picked)  # "Paul Casey was …" before "The 99th qualifier …" (`en_named_first`)
        picked = late_warning_given(scored, picked)  # the story's later threat of contempt (`en_late_warnings`)
        picked = exact_dates_placed(scored, picked)  # "… sentenced next month" | "… May 28." (`en_exact_dates`)
        picked = remark_stated(scored, picked)  # the remarks a bullet speaks of, quoted (`en_remark_statements`)
    return picked


def speakerless_groups(scored: Scored, drafts: list[Draft], points: list[list[Point]]) -> list[bool]:
    """Which English theme groups are made only of quotations none of their bullets says whose
    (`en_unattributed.speakerless_group`): readers find quotes without context, not a group. A
    title that names the speaker ("Ancelotti on Set-pieces", `en_unattributed.title_speaker`) gives
    them theirs, and so does the title of the group before it: the quotation goes on ("Mata on the
    Season", then his "'Each game is a final …'")."""
    texts = tuple(u.text for u in scored.units)
    others_speak, _ = quote_reading(texts)
    titles = [d.title for d in drafts]
    return [
        d.theme is not None
        and speakerless_group([p.text for p in mine], first_person=others_speak)
        and not any(title_speaker(t, texts) for t in (d.title, titles[k - 1] if k else "") if t)
        for k, (d, mine) in enumerate(zip(drafts, points, strict=True))
    ]
