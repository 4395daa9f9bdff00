"""What comes next: a Chinese news item or feature that ends on a plan or an outlook ("公司计划在全球扩展
业务，尤其是汽车和工业领域的设备业务。", "下一步，相关部门将深入推进“机器人+”应用行动……", "针对机器人产业未来
发展趋势，报告指出，……"). The last sentence is far from the lead and often short, so the picking
passes it over, yet an analyst reads an item for where it is heading: readers of a company's exit
from a business asked for its planned expansion. Where no bullet cites it, it joins the group of
the bullet just before it (else a group citing its paragraph) while that group has fewer than
three bullets: a fourth sets the later steps regrouping (a Hong Kong market item's list of indices
came apart over two groups). A rhetorical close ("必将……谱写新的篇章") or an opinion of what
should be done ("下一步应……") is no plan. An item that ends on its outcome with a count ("经专班民警多年
不懈努力，最终找回了包括周俊在内的4名被拐儿童。") is read for that end the same way: readers of an
abduction case missed that four children were found. The close takes the place of a bullet of that
group that only tells what an emblem stands for ("寓意……如意吉祥"): readers of a market's feature
missed that more such markets will be held, and read the emblem's meaning as decoration. A close that
is a call of a speaker whom a group already quotes ("叶卫红希望，……要……") is read for that call: it
joins the speaker's group while it has room (readers of a camp's opening missed the official's call).
"""

from __future__ import annotations

import re

from citebrief.engines.bullets import repeats_any
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_quote_named import not_speaker_name
from citebrief.text.lazy_re import LazyPattern

GROUP_MOST = 3  # a group grows to three bullets for the close, no further (a fourth unsettles the groups)
MIN_PLAN_CHARS = 15

# a plan or an outlook: who plans, what is next, where a trend goes
_PLAN = LazyPattern(
    r"计划|拟于?|下一步|接下来|今后|还将|未来(?:发展|将|几年|五年|三年)|将(?:继续|进一步|加快|深入|全面|持续|着力)"
)
# a close that hopes or urges rather than reports: no plan of anyone's
_NO_PLAN = LazyPattern(
    r"必将|势必|应当|应该|希望|期待|相信|需要|(?:应|要)(?:进一步|加强|加快|着力|继续|坚持|切实|努力)"
)
# how it ended, with a count: the case's or the campaign's result
_OUTCOME = LazyPattern(
    r"最终|终于|至此|截至(?:目前|发稿)|(?:累计|共|先后)(?:找回|抓获|破获|救出|查获|挽回|追回|救治|帮助)"
)
# what a figure or a design stands for: a bullet that describes, and reports nothing
_EMBLEM = LazyPattern(r"寓意|象征|寓示|喻示|寄寓")
# a close that is a named speaker's call: "叶卫红希望，……"
_CALL = LazyPattern(r"^([\u4e00-\u9fff]{2,4}?)(?:希望|呼吁|建议|强调|要求)[，：]")
_COUNT = LazyPattern(r"\d|[一二两三四五六七八九十百千万]+(?:名|个|件|起|人|家|户|次|批)")
_OPEN_ENDS = ("；", ";", "：", ":", "，", ",")


def closing_plan(text: str) -> bool:
    """Whether an article's last sentence says what is planned or where things head."""
    return len(text) >= MIN_PLAN_CHARS and _PLAN.search(text) is not None and _NO_PLAN.search(text) is None


def closing_outcome(text: str) -> bool:
    """Whether an article's last sentence reports how it ended, with a count."""
    return len(text) >= MIN_PLAN_CHARS and _OUTCOME.search(text) is not None and _COUNT.search(text) is not None


def _home(scored: Scored, drafts: list[Draft], i: int) -> Draft | None:
    """The group that takes the closing sentence `i`: the one holding the sentence before it, else
    one citing its paragraph (side groups first); None where no group does."""
    paragraph = scored.units[i].paragraph
    holding = [d for d in drafts if i - 1 in d.picked]
    citing = [d for d in [*drafts[1:], drafts[0]] if any(scored.units[k].paragraph == paragraph for k in d.picked)]
    for draft in holding or citing[:1]:
        return draft
    return None


def _emblem(scored: Scored, draft: Draft) -> int | None:
    """The bullet of a group that only tells what an emblem stands for (no figure in it): the one a
    closing plan takes the place of; None where there is none."""
    for k in draft.picked:
        text = scored.trimmed[k]
        if _EMBLEM.search(text) is not None and _COUNT.search(text) is None:
            return k
    return None


def add_closing_plan(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """The article's last sentence, where it is a usable plan or outlook (`closing_plan`) or a counted
    outcome (`closing_outcome`) that no bullet cites nor repeats and that stands alone, joins its
    group (`_home`) in place of an emblem's meaning (`_emblem`), else while it has room; a speaker's
    closing call joins the group that quotes the speaker (`_speaker_home`)."""
    if scored.lang != "zh" or not drafts or not scored.usable:
        return
    i = max(scored.usable)  # the last sentence that may be a bullet: a byline or "（完）" after it is none
    if i in chosen:
        return
    own = scored.units[i].text.strip()
    text = scored.trimmed[i]
    read_for = closing_plan(own) or closing_outcome(own)
    if own.endswith(_OPEN_ENDS) or text != own or dangling(own, "zh"):
        return
    if repeats_any(text, [scored.trimmed[k] for k in chosen], "zh"):
        return
    if not read_for:
        _add_call(scored, drafts, chosen, i, own)
        return
    home = _home(scored, drafts, i)
    if home is None:
        return
    if (emblem := _emblem(scored, home)) is not None:
        home.swap(emblem, i, chosen)
    elif len(home.picked) < GROUP_MOST:
        home.add(i, chosen)


def _speaker_home(scored: Scored, drafts: list[Draft], name: str) -> Draft | None:
    """The group with a bullet where `name` speaks ("……部长叶卫红在开营仪式上表示，"), or None."""
    speaks = re.compile(rf"{re.escape(name)}[^。，“”]{{0,12}}?(?:表示|说|指出|介绍|强调)")
    for draft in drafts:
        if any(speaks.search(scored.units[k].text) for k in draft.picked):
            return draft
    return None


def _add_call(scored: Scored, drafts: list[Draft], chosen: list[int], i: int, text: str) -> None:
    """The closing sentence `i`, where it is the call of a speaker whom a group quotes (`_CALL`),
    joins that group while it has fewer than `GROUP_MOST` bullets."""
    found = _CALL.search(text)
    if found is None or not_speaker_name(found.group(1)):
        return
    home = _speaker_home(scored, drafts, found.group(1))
    if home is not None and len(home.picked) < GROUP_MOST:
        home.add(i, chosen)
