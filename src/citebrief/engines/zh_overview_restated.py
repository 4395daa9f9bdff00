"""An overview point a theme bullet says again, fuller: the overview takes the fuller sentence.

A Chinese news lead often gives a headline figure that the body states again with more: the
overview's "邹颖在发布会上介绍，2023年上半年，海南全省社会融资规模增量为830亿元。" and, in the
group below, "邹颖介绍，今年上半年，海南全省社会融资规模增量为830亿元，同比多增287亿元。其中，…".
Readers marked the brief down for saying the fact twice. `engines/figure_repeats.py` lets an
overview point stay (it gave the brief's title) and keeps a theme bullet that adds figures of its
own, so both stayed. This step reads such a pair (Chinese news and features, as figure_repeats
does): where the overview point says nothing the theme bullet does not — each of its clauses is
a source's lead-in ("……在发布会上介绍") or has most of its words in the theme bullet, and every
figure it states is one the theme bullet states — the overview takes the theme bullet's sentence
in its place, and the theme group takes another sentence of that bullet's paragraph that states
a figure (or, with three bullets or more, is one shorter; with two, its other bullet joins the
next theme group: "6月末，全省各项贷款余额11658亿元……" goes on to the loan balances), so the fact
is said once, in full, at the top; where no group can give the bullet up, an overview of three
points lets its lesser one go. A lead
point that says more than the body's ("……抓获犯罪嫌疑人19名，涉案金额1000余万元" beside the
raid's "抓获犯罪嫌疑人19名，捣毁犯罪窝点6处……") stays as it is.
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.repeated_figures import content_words, figure_keys
from citebrief.text.speech_verbs import verbs

# most of a clause's character pairs in the fuller bullet: the clause is said there again
LEAST_CLAUSE_SHARE = 0.6
# a group takes one more bullet up to this many
MOST_BULLETS = 5
_CLAUSE_END = LazyPattern(r"[，；：。！？]")
# a clause that only says who told or where it was read ("据统计", "记者从……获悉")
_SOURCE_ENDS = ("获悉", "了解到", "显示", "透露", "宣布", "统计")


def _source_clause(clause: str) -> bool:
    clause = clause.strip()
    return clause.endswith(verbs("label")) or clause.endswith(_SOURCE_ENDS)


def restated(overview_text: str, theme_text: str) -> bool:
    """Whether `theme_text` says all `overview_text` says and states more figures besides."""
    mine, theirs = figure_keys(overview_text, "zh"), figure_keys(theme_text, "zh")
    if not mine or not mine < theirs:
        return False
    fuller = content_words(theme_text, "zh")
    for clause in _CLAUSE_END.split(overview_text):
        words = content_words(clause, "zh")
        if not words or _source_clause(clause):
            continue
        if len(words & fuller) < LEAST_CLAUSE_SHARE * len(words):
            return False
    return True


def _neighbour_with_room(drafts: list[Draft], owner: Draft) -> Draft | None:
    """The theme group after `owner` (else the one before it) that has room for one more bullet."""
    at = drafts.index(owner)
    for near in (at + 1, at - 1):
        if 1 <= near < len(drafts) and len(drafts[near].picked) < MOST_BULLETS:
            return drafts[near]
    return None


def overview_takes_fuller(
    scored: Scored, drafts: list[Draft], chosen: list[int], lesser: int, fuller: int, stand_in: int | None
) -> bool:
    """The overview (drafts[0]) says sentence `fuller` in place of `lesser`, and `fuller`'s group
    takes `stand_in` (another sentence of its paragraph, where that states a figure) or, with
    three bullets or more, drops it, or with two its other bullet joins the neighbouring theme
    group (after it, else before it) where that has room; where none fits, an overview of three points or more
    drops `lesser` and the fuller stays below. False, and nothing changed, where none fits."""
    overview = drafts[0]
    owner = next((draft for draft in drafts[1:] if fuller in draft.picked), None)
    if owner is None or lesser not in overview.picked or not restated(scored.trimmed[lesser], scored.trimmed[fuller]):
        return False
    if stand_in is not None and figure_keys(scored.trimmed[stand_in], "zh"):
        owner.swap(fuller, stand_in, chosen)
    elif len(owner.picked) >= 3:
        owner.drop(fuller, chosen)
    elif (home := _neighbour_with_room(drafts, owner)) is not None:
        owner.picked.remove(fuller)  # the group's other bullet joins its neighbour: no group of one
        for bullet in list(owner.picked):
            owner.move(bullet, home)
        drafts.remove(owner)
    elif len(overview.picked) >= 3:  # no figure to stand in below: the overview's lesser point goes
        overview.drop(lesser, chosen)
        return True
    else:
        return False
    overview.swap(lesser, fuller, chosen, in_order=False)
    return True
