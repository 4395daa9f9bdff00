"""A Chinese news theme group that opens on a sentence of the lead passage, far from its own run,
gives that sentence up to the overview.

A theme group gathers sentences by their words, so a lead sentence that says a group's word
("周俊的生父说，26年从未放弃寻找……" beside the group "周俊", "财政部相关负责人表示，今年预计有102个
中央部门向社会公开决算" beside "财政") opens that group although its story is the lead's: the
reunion, the number of departments that publish. The zh-news sub-editor's read (s40) marked these
stray bullets ("belongs with group 1") in groups whose other bullets all come from passage 3 on:
the group's own strand (the brothers' trafficking, the performance reports) starts there, and the
lead sentence sits above it in a passage the group never reaches again.

Here a theme group of three bullets or more whose first bullet lies in the overview's lead
passage and whose next bullet lies two passages later at least gives that first bullet to the
overview, where the overview holds fewer than `MAX_OVERVIEW` points and the group keeps
`MIN_LEFT`; the bullet takes its place in the overview in the article's order. It stays where it
leans on the sentence before it (a pronoun or a turn: "其受访时笑称", "但同时") and the overview
does not hold that sentence; where it opens on a quotation (the article's opening quote, its
speaker not yet named, read as a loose line on top of the overview: "“近年来，西安市的秦岭保护
工作稳步前行……”"); and where it shares fewer of its nouns and verbs with the overview's points
than with the group's other bullets: "17日，距离开学只剩3天的时间" shares 开学 with its group's
"如期开学" and nothing with the overview, and "大会举办的主要方式是……定向邀请境外采购商" says more
of its group's on-site talks than of the fair's opening; read above, neither was better.
It stays, too, where it is one of the bullets that give the group its title and fewer than two
of the others say that phrase (`title_choice.group_title` asked of the group as a news group's,
said on word boundaries): "周俊的生父说，……" and "……将周俊拐走" are the two that say 周俊, and
"……与受助学生代表签订助学协议" and "……53名受助学生之一" the two that say 受助学生; moved up,
the groups left behind were titled by one bullet's "圆梦大学" or a cut "石灰", and readers
preferred the briefs before. Where every bullet left says a name or noun that no overview point
says (`zh_regroup.key_words`), it moves all the same: the lime works the two others both name
("石灰厂", whole since `zh_title_whole` reads 厂 as a name's end) title the brothers' method and
周俊's abduction, and the father's quote goes up to the reunion it answers (zh-news 140, s83c).
Written by helper s40s (first version, its blind read: 3 of 5 briefs better, the 2 worse for
their titles); the title guard added by s40y. zh-news: 3 of 200 briefs change (L939, L74, L827);
zh-clts and zh-policy: none. Read for Chinese news and features (`final_groups`).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored, overview_placed
from citebrief.engines.zh_overview_strays import nouns_and_verbs, words_shared
from citebrief.engines.zh_regroup import key_words
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.title_choice import group_title
from citebrief.text.titles import on_word_boundaries
from citebrief.text.zh_turn_opening import opens_on_turn

MAX_OVERVIEW = 4  # the overview's points, at most, once the lead sentence joins it
MIN_LEFT = 2  # the group's bullets, at least, once it gives the lead sentence up
GAP = 2  # passages between the lead sentence and the group's next bullet, at least
# a sentence that leans on the one before it: a pronoun subject, a turn, a "这/此" back-reference
_QUOTES = ("“", '"', "「")  # a quotation whose speaker the overview would not yet have named
_LEANS = LazyPattern(r"^(?:[他她它其该这此]|同时|与此同时|此外|另外|而|对此|因此|所以|其中|随后)")


def leans_on_before(text: str) -> bool:
    """Whether `text` opens on a pronoun, a back-reference (`_LEANS`) or a turn (`zh_turn_opening`:
    the table of turn words the overview reads too)."""
    return bool(_LEANS.match(text)) or opens_on_turn(text)


def leans_up(texts: list[str], first: int, overview: list[int], rest: list[int]) -> bool:
    """Whether sentence `first` shares as many words with the overview's points as with the
    group's other bullets (`rest`), at least."""
    said = nouns_and_verbs(texts[first])
    return words_shared(said, texts, overview) >= words_shared(said, texts, rest)


def news_title(scored: Scored, group: list[int]) -> str:
    """The phrase the bullets `group` are titled by (`title_choice.group_title`, as a news group's)."""
    paragraphs: dict[int, list[str]] = {}
    for unit in scored.units:
        paragraphs.setdefault(unit.paragraph, []).append(unit.text)
    every_text = ["".join(paragraphs[p]) for p in sorted(paragraphs)]
    picked = sorted(group)
    bullets = [scored.trimmed[i] for i in picked]
    texts = ["".join(paragraphs[scored.units[i].paragraph]) for i in picked]
    return group_title(bullets, texts, every_text, "zh", set(), covering=True)


def _keeps_its_title(scored: Scored, group: list[int], first: int, overview: list[int]) -> bool:
    """Whether the phrase the group's bullets are titled by (`news_title`) is still said by two of
    its bullets once `first` leaves, or `first` never said it, or the bullets left share a thing
    of their own to be titled by (`_own_thing`)."""
    picked = sorted(group)
    title = news_title(scored, picked)
    if not title or not on_word_boundaries(title, scored.trimmed[first], "zh"):
        return True
    rest = [i for i in picked if i != first]
    said = sum(on_word_boundaries(title, scored.trimmed[i], "zh") for i in rest)
    return said >= MIN_LEFT or _own_thing(scored.trimmed, rest, overview)


def _own_thing(texts: list[str], rest: list[int], overview: list[int]) -> bool:
    """Whether every bullet of `rest` says one name or noun (`zh_regroup.key_words`) that no point
    of the `overview` says: a thing of the group's own ("石灰", the works the brothers' method and
    周俊's abduction both name), not one bullet's detail ("圆梦大学")."""
    shared = frozenset.intersection(*(key_words(texts[i]) for i in rest))
    return bool(shared - frozenset().union(*(key_words(texts[i]) for i in overview)))


def lead_strays_given(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each theme group's stray lead sentence moved up to the
    overview (module doc)."""
    if len(drafts) < 2 or not drafts[0].picked or scored.lang != "zh":
        return drafts
    overview, units, texts = drafts[0], scored.units, scored.trimmed
    lead = min(units[i].paragraph for i in overview.picked)
    for group in drafts[1:]:
        if len(overview.picked) >= MAX_OVERVIEW or len(group.picked) < MIN_LEFT + 1:
            continue
        first, second = sorted(group.picked)[:2]
        if units[first].paragraph != lead or units[second].paragraph < lead + GAP:
            continue
        if texts[first].startswith(_QUOTES) or (leans_on_before(texts[first]) and first - 1 not in overview.picked):
            continue
        if not leans_up(texts, first, overview.picked, [i for i in group.picked if i != first]):
            continue
        if not _keeps_its_title(scored, group.picked, first, overview.picked):
            continue
        group.picked.remove(first)
        overview.picked = overview_placed(overview.picked, first)
    return drafts
