"""A Chinese news theme group that opens on a leftover line of the lead, next to its own run,
gives that line up.

A news item read in runs has a first run that holds the lead and what follows it up to the first
clear turn; the overview takes its points from the lead passage and the first theme group gets
what it leaves. Picked by their closeness to the whole run, the group's bullets may then open on a
leftover line of the lead (a restaurant owner's "……是我们的招牌菜" before the county's support
policy and the industry's output; the report's "机器人作为科技创新的璀璨明珠" before its findings on
the industry) and go on with the run's next topic in the next passage: two stories under one
title. `zh_lead_strays` sends such a line up to the overview where the group's run starts two
passages below the lead; here, where it starts in the very next passage, the line leaves the
group, where

- the group's first bullet lies in the overview's lead passage, all its others past it, and no
  bullet of the brief answers the line from the sentence after it ("但同时，……");
- the line shares none of the others' nouns and verbs that the overview does not say, and at most
  MAX_SUBJECT_WORDS of those it does (the article's subject, its name: "常山", "机器人"): a line
  sharing more ("成都", "大运会", "入境", "涉赛", "人员") tells the group's own topic;
- the line shares as many nouns and verbs with the overview's points as with the group's others
  (`zh_lead_strays.leans_up`).

A group of three left keeps them. A group of two left takes, in the line's place, the unused
sentence of their passages that shares most of their own words (MIN_SHARED at least; on a tie,
the one with most kinds of specifics, a figure or a date; then the earliest), where one leans on
no sentence before it and names nothing one of them names again (a run of more than
MAX_SHARED_RUN characters: "中国—东盟安全生产合作论坛" in two bullets); with none, the line stays.
Either way the group so made keeps a title that two of its bullets say: where it would be titled
by one bullet's detail ("波兰雕塑艺术家" over five artists' works), the line stays.
Read for Chinese news and features (`final_groups`).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_lead_strays import MIN_LEFT, leans_on_before, leans_up, news_title
from citebrief.engines.zh_overview_strays import nouns_and_verbs, words_shared
from citebrief.text.titles import on_word_boundaries

# the subject's words (its name: "常山", "机器人"), at most, that the line shares with the group's
# others: one sharing more ("成都", "大运会", "入境", "涉赛", "人员") tells the group's own topic
MAX_SUBJECT_WORDS = 2
MIN_SHARED = 2  # of the group's own words (`_own_words`), at least, that a stand-in says
# characters in a row a stand-in shares with another bullet of the group, at most: more is one
# named thing said twice ("中国—东盟安全生产合作论坛" in two bullets)
MAX_SHARED_RUN = 7


def _names_again(text: str, others: list[str]) -> bool:
    """Whether `text` says a run of more than MAX_SHARED_RUN characters of one of `others`."""
    for other in others:
        match = SequenceMatcher(None, text, other, autojunk=False).find_longest_match(0, len(text), 0, len(other))
        if match.size > MAX_SHARED_RUN:
            return True
    return False


def _own_words(texts: list[str], overview: list[int], rest: list[int]) -> set[str]:
    """The nouns and verbs the bullets `rest` say and the `overview`'s points do not."""
    subject = set().union(*(nouns_and_verbs(texts[i]) for i in overview))
    return set().union(*(nouns_and_verbs(texts[i]) for i in rest)) - subject


def _stand_in(scored: Scored, drafts: list[Draft], rest: list[int], words: set[str]) -> int | None:
    """The usable sentence no group holds, in the passages of `rest`, sharing most of `words`
    (MIN_SHARED at least; on a tie, the one saying most kinds of specifics, then the earliest), not
    leaning on the sentence before it nor naming again what one of `rest` names (`_names_again`)."""
    units, texts = scored.units, scored.trimmed
    passages = {units[i].paragraph for i in rest}
    used = {i for d in drafts for i in d.picked}
    best: tuple[int, int, int] | None = None
    for i in scored.usable:
        if i in used or units[i].paragraph not in passages or leans_on_before(texts[i]):
            continue
        if _names_again(texts[i], [texts[j] for j in rest]):
            continue
        shared = len(nouns_and_verbs(texts[i]) & words)
        if shared >= MIN_SHARED and (best is None or (shared, scored.kinds.get(i, 0)) > best[:2]):
            best = (shared, scored.kinds.get(i, 0), i)
    return best[2] if best else None


def _titled(scored: Scored, group: list[int]) -> bool:
    """Whether the group's title (`news_title`) is said by MIN_LEFT of its bullets at least."""
    title = news_title(scored, group)
    return bool(title) and sum(on_word_boundaries(title, scored.trimmed[i], "zh") for i in group) >= MIN_LEFT


def lead_leftovers_given_up(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The drafts (overview first) with each theme group's leftover lead line given up (module doc),
    and `chosen` (every group's sentences) in step: without the line, with its stand-in."""
    if len(drafts) < 2 or not drafts[0].picked or scored.lang != "zh":
        return drafts
    overview, units, texts = drafts[0].picked, scored.units, scored.trimmed
    lead = min(units[i].paragraph for i in overview)
    held = {i for d in drafts for i in d.picked}
    for group in drafts[1:]:
        if len(group.picked) < MIN_LEFT + 1:
            continue
        first, *rest = sorted(group.picked)
        if units[first].paragraph != lead or units[rest[0]].paragraph != lead + 1:
            continue
        if first + 1 in held and leans_on_before(texts[first + 1]):
            continue  # "但同时，……" answers the line, wherever the brief holds it
        said = nouns_and_verbs(texts[first])
        words = _own_words(texts, overview, rest)
        if said & words or words_shared(said, texts, rest) > MAX_SUBJECT_WORDS:
            continue
        if not leans_up(texts, first, overview, rest):
            continue
        stand_in = None if len(rest) > MIN_LEFT else _stand_in(scored, drafts, rest, words)
        if len(rest) <= MIN_LEFT and stand_in is None:
            continue
        if not _titled(scored, sorted([*rest, *([stand_in] if stand_in is not None else [])])):
            continue
        group.drop(first, chosen)
        group.picked.sort()  # a theme group in article order
        if stand_in is not None:
            group.add(stand_in, chosen)
    return drafts
