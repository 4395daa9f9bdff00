"""The steps that settle a Chinese news brief's groups once MMR has picked them, after the steps
every brief takes (`final_groups.settled_groups` runs them where `zh_news`; its docstring tells
what each reads and why they run in this order).

Apart from `final_groups` so that a Chinese policy, essay or asked-for-groups run imports none of
these steps nor what only they import (issue #14: cold start; `final_groups` imports this module on
a Chinese news brief only).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.themes import Themes
from citebrief.engines.zh_another_ones import another_ones_joined
from citebrief.engines.zh_case_outcomes import outcomes_given
from citebrief.engines.zh_decision_points import say_decisions
from citebrief.engines.zh_deep_points import deep_points_given
from citebrief.engines.zh_edge_subjects import edge_subjects_placed
from citebrief.engines.zh_fact_repeats import repeats_replaced
from citebrief.engines.zh_finding_heads import finding_heads_given
from citebrief.engines.zh_lead_leftovers import lead_leftovers_given_up
from citebrief.engines.zh_lead_strays import lead_strays_given
from citebrief.engines.zh_leaning_picks import leaning_placed
from citebrief.engines.zh_list_twins import list_twins_joined
from citebrief.engines.zh_loner_moves import loners_moved
from citebrief.engines.zh_named_edges import named_edges_placed
from citebrief.engines.zh_opening_points import opening_points_given
from citebrief.engines.zh_organiser_lines import organisers_given
from citebrief.engines.zh_overview_heads import overview_heads_given
from citebrief.engines.zh_overview_runs import overview_runs_given
from citebrief.engines.zh_overview_strays import overview_strays_given
from citebrief.engines.zh_overview_themes import overview_themes_given
from citebrief.engines.zh_partner_swaps import partners_swapped
from citebrief.engines.zh_person_runs import people_grouped
from citebrief.engines.zh_praise_swaps import praise_swapped
from citebrief.engines.zh_pronoun_strays import pronoun_strays_given
from citebrief.engines.zh_stated_terms import terms_given
from citebrief.engines.zh_strand_splits import strands_split
from citebrief.engines.zh_stranger_homes import strangers_homed
from citebrief.engines.zh_stranger_lifts import strangers_lifted
from citebrief.engines.zh_turn_pairs import turns_paired


def zh_news_settled(scored: Scored, drafts: list[Draft], themes: Themes, chosen: list[int]) -> list[Draft]:
    """The Chinese news groups (`drafts`, the overview first; `chosen` follows every swap) settled."""
    # an overview point deep in the story goes to its theme (`zh_deep_points`)
    drafts = deep_points_given(scored, drafts, chosen)
    drafts = opening_points_given(scored, drafts)  # ... and one that opens a group's topic (`zh_opening_points`)
    repeats_replaced(scored, drafts, themes, chosen)  # ... and a fact said again gives way (`zh_fact_repeats`)
    drafts = leaning_placed(scored, drafts, chosen)  # no "林文还介绍" unplaced (`zh_leaning_picks`)
    drafts = strands_split(scored, drafts)  # a group of two strands is two groups (`zh_strand_splits`)
    drafts = lead_strays_given(scored, drafts)  # a lead sentence far above its group's run (`zh_lead_strays`)
    drafts = deep_points_given(scored, drafts, chosen)  # ... whose place a deep point may take (`zh_deep_points`)
    drafts = lead_leftovers_given_up(scored, drafts, chosen)  # a lead line above its run (`zh_lead_leftovers`)
    drafts = turns_paired(scored, drafts)  # "但同时，……" beside what it answers (`zh_turn_pairs`)
    drafts = finding_heads_given(scored, drafts)  # "经核查，……" below the call it checks (`zh_finding_heads`)
    drafts = overview_strays_given(scored, drafts)  # a deep point to its passage's group (`zh_overview_strays`)
    drafts = pronoun_strays_given(scored, drafts)  # ... and one saying "他" of no one (`zh_pronoun_strays`)
    drafts = overview_themes_given(scored, drafts)  # a point going on from a theme's bullet (`zh_overview_themes`)
    # ... or right after one of its bullets (`zh_overview_runs`), or trading with a stranger (`zh_partner_swaps`)
    drafts = partners_swapped(scored, overview_runs_given(scored, drafts))
    drafts = overview_heads_given(scored, drafts)  # ... or right before a group's first (`zh_overview_heads`)
    drafts = named_edges_placed(scored, drafts)  # an edge bullet to the group naming its subject (`zh_named_edges`)
    drafts = strangers_homed(scored, drafts, chosen)  # a pair of strangers dissolved (`zh_stranger_homes`)
    drafts = strangers_lifted(scored, drafts)  # ... or one up to the overview, one across (`zh_stranger_lifts`)
    drafts = loners_moved(scored, drafts)  # an edge stranger to the neighbour kin to it (`zh_loner_moves`)
    drafts = list_twins_joined(scored, drafts)  # two groups a "；" list runs across (`zh_list_twins`)
    drafts = organisers_given(scored, drafts)  # "据悉，该活动由……主办" to the overview (`zh_organiser_lines`)
    drafts = edge_subjects_placed(scored, drafts)  # a quote to its speaker's group, guests up (`zh_edge_subjects`)
    drafts = people_grouped(scored, drafts, chosen)  # one group per person a story profiles (`zh_person_runs`)
    drafts = another_ones_joined(scored, drafts)  # "另一家长……" beside the first parent (`zh_another_ones`)
    # praise alone gives way to its group's figure (`zh_praise_swaps`), then a case's penalty
    # takes the place of a second bullet on its wrongdoing (`zh_case_outcomes`), and a bullet that
    # says nothing specific its paragraph's terms ("每人每天仅限……", `zh_stated_terms`)
    drafts = terms_given(scored, outcomes_given(scored, praise_swapped(scored, drafts, chosen), chosen), chosen)
    say_decisions(scored, drafts, chosen)  # last, a decision no bullet says, for a lesser one (`zh_decision_points`)
    return drafts
