"""The steps that settle an English news brief's groups once MMR has picked them, after the steps
every brief takes (`final_groups.settled_groups` runs them where `en_news`; its docstring tells
what each reads and why they run in this order).

Apart from `final_groups` so that a Chinese run imports none of these steps nor what they import
(issue #14: cold start; `final_groups` imports this module on an English news brief only).
"""

from __future__ import annotations

from citebrief.engines.en_antecedent_heads import antecedent_heads_given
from citebrief.engines.en_background_tails import background_tail_grouped
from citebrief.engines.en_court_statements import court_statements_placed
from citebrief.engines.en_early_cuts import early_cuts_mended
from citebrief.engines.en_event_repeats import event_repeats_dropped
from citebrief.engines.en_far_points import far_points_given
from citebrief.engines.en_forward_joins import join_forward
from citebrief.engines.en_hole_swaps import hole_heads_swapped
from citebrief.engines.en_homeless_closers import homeless_closer_dropped
from citebrief.engines.en_lead_gives import lead_point_given
from citebrief.engines.en_lead_pairs import lead_pair_joined
from citebrief.engines.en_lone_edges import lone_edge_raised
from citebrief.engines.en_long_splits import long_groups_split
from citebrief.engines.en_loose_lines import loose_lines_dropped
from citebrief.engines.en_match_plays import match_plays_raised
from citebrief.engines.en_named_closers import named_closer_raised
from citebrief.engines.en_named_edges import name_edges_placed
from citebrief.engines.en_no_comment_homes import no_comment_homed
from citebrief.engines.en_opener_returns import openers_returned
from citebrief.engines.en_pair_joins import join_pair
from citebrief.engines.en_pair_splits import pairs_split
from citebrief.engines.en_person_tails import person_tails_cut
from citebrief.engines.en_pronoun_heads import pronoun_heads_raised
from citebrief.engines.en_reaction_runs import reactions_titled
from citebrief.engines.en_retold_joins import retold_joined
from citebrief.engines.en_role_quote_homes import role_quotes_homed
from citebrief.engines.en_section_groups import sections_followed
from citebrief.engines.en_share_moves import share_moves_raised
from citebrief.engines.en_speaker_leads import speakers_led
from citebrief.engines.en_story_heads import story_head_raised
from citebrief.engines.en_strand_recuts import strands_recut
from citebrief.engines.en_stranger_homes import stranger_homes_given
from citebrief.engines.en_stranger_moves import strangers_moved
from citebrief.engines.en_stranger_pairs import stranger_pairs_joined
from citebrief.engines.en_stray_subjects import strays_placed
from citebrief.engines.en_subject_edges import subject_edges_placed
from citebrief.engines.en_turn_splits import turns_parted
from citebrief.engines.en_twin_joins import twins_joined
from citebrief.engines.scored import Draft, Scored


def en_news_settled(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The English news groups (`drafts`, the overview first; `chosen` follows every swap) settled."""
    # a small group joins the group before or after it (`en_pair_joins`, `en_forward_joins`)
    _small_joined(scored, drafts)
    strays_placed(scored, drafts, chosen)  # a bullet about another's subject (`en_stray_subjects`)
    twins_joined(scored, drafts)  # two groups cut through one passage (`en_twin_joins`)
    strands_recut(scored, drafts)  # ... or, too big to join, re-cut at its edge (`en_strand_recuts`)
    # a group that ends on a person it never named before is two (`en_person_tails`)
    person_tails_cut(scored.trimmed, [u.text for u in scored.units], drafts)
    long_groups_split(scored, drafts)  # a group over five that holds two strands is two (`en_long_splits`)
    reactions_titled(scored, drafts)  # "Reaction to the Ruling", not "Motorists" (`en_reaction_runs`)
    lead_pair_joined(scored.trimmed, drafts)  # a pair going on with a two-point lead (`en_lead_pairs`)
    # ... and a pair going on from a three-point overview's last point takes it (`en_lead_gives`)
    lead_point_given(scored.trimmed, [u.paragraph for u in scored.units], drafts)
    # a last aside turning to someone new ("Meanwhile, ... Mandzukic") on its own (`en_turn_splits`)
    turns_parted(scored.trimmed, [u.text for u in scored.units], drafts)
    # a group of two threads one after the other is two groups (`en_pair_splits`)
    pairs_split(scored.units, scored.trimmed, drafts, passages=bool(scored.passages))
    # an edge bullet leaving out the person its group is about to the group beside (`en_subject_edges`)
    subject_edges_placed(scored.trimmed, [u.text for u in scored.units], drafts)
    # ... and one naming only what the group beside names (`en_named_edges`)
    name_edges_placed(scored.trimmed, [u.text for u in scored.units], drafts)
    antecedent_heads_given(scored, drafts)  # a leaning head's antecedent from another group (`en_antecedent_heads`)
    far_points_given(scored, drafts)  # a key point passages away from the rest to its group (`en_far_points`)
    pronoun_heads_raised(scored, drafts)  # "... killed him" up to the key points it tells of (`en_pronoun_heads`)
    speakers_led(scored, drafts, chosen)  # a quotation's line gets its speaker's sentence (`en_speaker_leads`)
    event_repeats_dropped(scored, drafts, chosen)  # one incident told twice, once (`en_event_repeats`)
    retold_joined(scored, drafts)  # a group the page prints twice joins its copy's group (`en_retold_joins`)
    hole_heads_swapped(scored, drafts)  # a head leaning into the group before's hole trades (`en_hole_swaps`)
    role_quotes_homed([u.text for u in scored.units], drafts)  # "…,' added the Italian" (`en_role_quote_homes`)
    return _en_last(scored, drafts, chosen)


def _small_joined(scored: Scored, drafts: list[Draft]) -> None:
    """A pair that names nothing new joins the group before it (`en_pair_joins`), and a pair that
    the next group's new voice speaks on joins that group (`en_forward_joins`)."""
    join_pair(scored.trimmed, drafts)
    join_forward([u.text for u in scored.units], drafts)


def _en_last(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The last English steps of `settled_groups`, once every bullet has its group."""
    drafts = loose_lines_dropped(scored, drafts, chosen)  # no "… how to do that." (`en_loose_lines`)
    # two bullets that share nothing with their own groups but words with each other, together (`en_stranger_pairs`)
    stranger_pairs_joined(scored.units, scored.trimmed, drafts)
    stranger_homes_given(scored.units, scored.trimmed, drafts)  # a pair of strangers dissolved (`en_stranger_homes`)
    strangers_moved(scored, drafts)  # ... a group's lone stranger down (`en_stranger_moves`)
    lone_edge_raised(scored.units, scored.trimmed, drafts)  # a last bullet of a key point's words up (`en_lone_edges`)
    share_moves_raised(scored.units, scored.trimmed, drafts)  # shares' move up to the result (`en_share_moves`)
    named_closer_raised(scored.units, scored.trimmed, drafts)  # a closer tied by a name up (`en_named_closers`)
    story_head_raised(scored.units, scored.trimmed, drafts)  # a first head of the key points' story (`en_story_heads`)
    no_comment_homed(scored.trimmed, drafts)  # "X has not responded" to the group naming X (`en_no_comment_homes`)
    homeless_closer_dropped(scored, drafts, chosen)  # a closing turn no group holds (`en_homeless_closers`)
    openers_returned(scored.units, scored.trimmed, drafts)  # an opener reading on back a group (`en_opener_returns`)
    early_cuts_mended(scored, drafts)  # a run cut a sentence early, mended (`en_early_cuts`)
    sections_followed(scored, drafts)  # a roundup's groups follow its section headings (`en_section_groups`)
    match_plays_raised(scored.units, scored.trimmed, drafts)  # a match's play up to its score (`en_match_plays`)
    court_statements_placed(scored.trimmed, drafts)  # the two sides' words beside the plea (`en_court_statements`)
    background_tail_grouped(scored.units, scored.trimmed, drafts, chosen)  # past events apart (`en_background_tails`)
    return drafts
