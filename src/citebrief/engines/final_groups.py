"""The theme groups settled once MMR has picked them, before their titles are chosen.

Each step is its own module and reads one kind of fault a reader meets in the final groups; they
run in this order because each reads what the one before left: a Chinese news group's one stranger
gives its place to its theme's next (`zh_loner_swaps`), two neighbouring groups on one subject
become one (`zh_subject_merge`), a weather item's edge bullet goes to the group that tells its kind
(`zh_weather_kinds`); in Chinese news an overview point from deep in the story goes to its group
(`zh_deep_points`, read again once `zh_lead_strays` has taken a lead sentence up from a full group),
a theme bullet that says a fact again gives way (`zh_fact_repeats`) and a bullet
leaning on a sentence no bullet holds gets it before it (`zh_leaning_picks`, which also mends what a
dropped repeat leaves) and a group of two strands becomes two at the paragraph where it turns
(`zh_strand_splits`), a "但同时，……" goes to the group of the sentence it answers (`zh_turn_pairs`)
and the overview's report of a call goes down to the group opening on what the check found (`zh_finding_heads`)
and a deep overview point to the group telling its passage (`zh_overview_strays`), a figureless one
beside a theme's bullet to that theme (`zh_overview_themes`) or right after one across a passage cut
(`zh_overview_runs`), or, right beside a pair of strangers and going with one, trading places with the other
(`zh_partner_swaps`), or right before a group's first bullet, of its thread alone, heading it
(`zh_overview_heads`), and last an
edge bullet goes to the neighbouring group that names what it names (`zh_named_edges`), and a pair of
strangers from two paragraphs is dissolved into the groups its bullets belong to (`zh_stranger_homes`),
or one telling the overview's story goes up and the other to its theme's group (`zh_stranger_lifts`),
a group's edge bullet sharing no word with its group goes to the neighbour whose every bullet shares one
(`zh_loner_moves`), two groups a "；" list runs across become one (`zh_list_twins`), a closing
"据悉，该活动由……主办" line goes to the overview (`zh_organiser_lines`), and a bare quotation to its
speaker's group and a "参会人员……" line to the overview (`zh_edge_subjects`), and a story profiling
several people in turn gets one group per person (`zh_person_runs`), and last a bullet of praise
alone gives way to a figure or a named measure of its group's paragraphs (`zh_praise_swaps`);
an English quotation's line goes to its speaker's group, a crowded group giving the last group
of two its last bullet (`en_quote_homes`), a group of two that names nothing
new joins the group before it (`en_pair_joins`), a group of two the next group's new voice speaks
on joins that one (`en_forward_joins`), and a bullet about someone only a neighbouring
group names goes there, a last aside giving way (`en_stray_subjects`), and two groups cut through
one passage join once their edge bullets go to the runs they lie in (`en_twin_joins`) or, too big to join,
are re-cut at that passage's edge where their shared words say so (`en_strand_recuts`), and a
group ending on a person none of its bullets named before is cut there (`en_person_tails`), and a
run of different speakers' reactions is titled so (`en_reaction_runs`), and a group over five bullets
is cut where its story turns (`en_long_splits`), and a pair going on with a two-point overview's
lead joins it (`en_lead_pairs`), and a pair going on from a three-point overview's last point
takes it (`en_lead_gives`), and a group's last aside turning to someone new ("Meanwhile, ...") stands
alone (`en_turn_splits`), and a group of two threads one after the other becomes two
(`en_pair_splits`), and an edge bullet leaving out the person its group is about goes to the group
beside (`en_subject_edges`), as does one that names only what the group beside names (`en_named_edges`),
and a group's head leaning on a sentence inside another group gets it (`en_antecedent_heads`), and an
overview point passages away from all its others goes to the group told from its passage
(`en_far_points`), and last a quotation's line with no speaker in sight gets the sentence naming its speaker
before it (`en_speaker_leads`), and one incident told twice in one place is told once (`en_event_repeats`),
and a group whose passages the page prints again joins the group told from the copy (`en_retold_joins`),
and two bullets that share no word with their own groups but several with each other join
(`en_stranger_pairs`), and a group of two strangers from two paragraphs is dissolved into the groups
its bullets belong to (`en_stranger_homes`), and a sectioned
roundup's groups follow its section headings (`en_section_groups`); and last a problem a Chinese
article ranks first in its own words joins the group of its passage (`zh_ranked_problems`).
Kept out of `extractive.py` so that the engine's one long function names the stage, not its steps.
The Chinese news steps run from `zh_news_groups`, the English from `en_news_groups`, each imported
only where it runs: a cold Chinese policy brief imports neither (issue #14).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.themes import Themes
from citebrief.engines.zh_loner_swaps import loners_placed
from citebrief.engines.zh_subject_merge import subjects_joined
from citebrief.engines.zh_weather_kinds import kinds_sorted


def settled_groups(
    scored: Scored, drafts: list[Draft], themes: Themes, chosen: list[int], *, zh_news: bool, en_news: bool
) -> list[Draft]:
    """The groups (`drafts`, the overview first; `chosen` follows every swap) settled: the Chinese
    steps where `zh_news` (a Chinese news story or feature, its groups not asked for), the English
    ones where `en_news`."""
    drafts = loners_placed(scored, drafts, themes if zh_news else None, chosen)
    drafts = subjects_joined(
        drafts, scored.trimmed, scored.sentence_vectors, news=zh_news and themes.sentences is not None
    )
    drafts = kinds_sorted(drafts, scored.trimmed, weather=zh_news)
    if zh_news:  # the Chinese news steps (`zh_news_groups`), imported on a Chinese news brief only
        from citebrief.engines.zh_news_groups import zh_news_settled  # not on a policy start

        drafts = zh_news_settled(scored, drafts, themes, chosen)
    if en_news:  # the English news steps (`en_news_groups`), imported on an English brief only
        from citebrief.engines.en_lead_quote_trades import lead_quotes_traded  # not on a Chinese start
        from citebrief.engines.en_news_groups import en_news_settled
        from citebrief.engines.en_quote_homes import quotes_homed

        # a quotation's line to its speaker's group (`en_quote_homes`); an overview's trades places with
        # that group's head where the story goes on there (`en_lead_quote_trades`)
        drafts = lead_quotes_traded(
            [u.text for u in scored.units],
            quotes_homed([u.text for u in scored.units], drafts, moving=en_news),
            moving=en_news,
        )
        drafts = en_news_settled(scored, drafts, chosen)
    if scored.lang == "zh":  # last, a problem the article ranks first, for a lesser bullet (`zh_ranked_problems`)
        from citebrief.engines.zh_ranked_problems import ranked_problems_given

        ranked_problems_given(scored, drafts, chosen)
    return drafts
