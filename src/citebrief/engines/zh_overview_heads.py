"""A Chinese news overview point right before a theme group's first bullet, telling that group's
thread and nothing of the overview's other points, goes down to head that group.

A story of several incidents opens on a lead naming them all ("……已酿成1人死亡，……以及2艘渔船
沉没"); the overview then takes one thread's first sentence (the boats sinking at a harbour) while
the group right below tells that thread's next sentences (the county's pledge, an owner's words).
The reader meets one incident split across the overview and a group. `zh_overview_strays` and
`zh_deep_points` move a point only after the group's first bullet, and weigh it against the
overview's lead, which shares words with every thread. Here an overview point (not its first, not
from the lead's passage) goes to the theme group whose first bullet is the very next sentence, in
its passage, where

- it shares `SHARED` of its nouns and verbs with the group's bullets at least and none with the
  overview's points but the lead (the thread is the group's, not the overview's);
- it states no figure the lead does not (dates and times aside), no running total, no finding on
  the overview's subject, no forward look, and is not the overview's only point saying its title;
- the overview keeps `MIN_OVERVIEW` points and the group holds `MAX_GROUP` at most with it.

zh-news (cut into passages): 2 of 200 briefs change (L1520, the sinking now heads "富冈渔港"
over the pledge and an owner's words; L769, the seller's first find heads his dealings); pasted: none.
Read for Chinese news and features (`zh_news_groups`, after `zh_overview_runs`).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_deep_points import MAX_GROUP
from citebrief.engines.zh_overview_strays import nouns_and_verbs, words_shared
from citebrief.engines.zh_overview_themes import MIN_OVERVIEW, only_one_saying_title, overview_material

SHARED = 2  # nouns and verbs the point shares with the group's bullets, at least


def overview_heads_given(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each overview point right before a theme group's first
    bullet, of that group's thread alone, moved to head it (module doc)."""
    if len(drafts) < 2 or scored.lang != "zh":
        return drafts
    overview, units, texts = drafts[0], scored.units, scored.trimmed
    for point in list(overview.picked[1:]):
        lead = overview.picked[0]
        if len(overview.picked) <= MIN_OVERVIEW or units[point].paragraph == units[lead].paragraph:
            continue
        text = texts[point]
        if overview_material(text, overview.title, texts[lead]) or only_one_saying_title(texts, overview, point):
            continue  # a figure the lead lacks, a total, a finding, a forward look (`zh_overview_themes`)
        home = next((d for d in drafts[1:] if d.picked and min(d.picked) == point + 1), None)
        if home is None or len(home.picked) >= MAX_GROUP or units[point + 1].paragraph != units[point].paragraph:
            continue
        said = nouns_and_verbs(text)
        others = [i for i in overview.picked if i not in (point, lead)]
        if words_shared(said, texts, others) == 0 and words_shared(said, texts, home.picked) >= SHARED:
            overview.move(point, home)
    return drafts
