"""A Chinese news group's title through the steps that each pass one kind of poor title, in
order, each reading the title the one before gave: one bullet's measure or the suspects
(`zh_detail_title`), one bullet's phrase where every bullet says a rare word
(`zh_every_said_title`), one bullet's act to the thing it acts on (`zh_act_object`), a bare word
the group writes inside a longer phrase (`zh_held_title`), a bare noun to the act its bullets
report (`zh_action_title`), one item of a list to the kind the list is of (`zh_list_head`), a
name's tail to the name every bullet saying it gives ("北京地铁", not "地铁": `zh_named_title`),
one bullet's phrase where every bullet says what a count is of (`zh_counted_title`), one bullet's
occasion to the person every bullet goes on about (`zh_subject_person`).

One place holds the order, so `group_titles` calls one step and no rule module wraps another.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.text.zh_abstract_title import abstract_subject
from citebrief.text.zh_act_object import act_object
from citebrief.text.zh_action_title import acted_zh_title
from citebrief.text.zh_clause_title import clause_act
from citebrief.text.zh_counted_title import counted_title
from citebrief.text.zh_crowd_act import crowd_act
from citebrief.text.zh_detail_title import past_detail
from citebrief.text.zh_every_said_title import every_said_title
from citebrief.text.zh_held_title import held_zh_title
from citebrief.text.zh_item_title import item_title
from citebrief.text.zh_list_head import list_head
from citebrief.text.zh_named_title import named_title
from citebrief.text.zh_subject_person import subject_person
from citebrief.text.zh_title_repeat import distinct_zh_title

TitleRule = Callable[[str, list[str], list[str], set[str]], str]  # (title, bullets, texts, used) -> title


def swapped(
    rule: TitleRule, title: str, guard: set[str], bullets: list[str], texts: list[str], given: set[str]
) -> tuple[str, set[str]]:
    """`rule`'s title free of the titles `given` before (the overview's subject among them), and
    the guard with it in place of the title it replaced."""
    phrase = rule(title, bullets, texts, given - {title.casefold()})
    if phrase == title:
        return title, guard
    return phrase, (guard - {title.casefold()}) | {phrase.casefold()}


def past_news_details(
    title: str, guard: set[str], bullets: list[str], texts: list[str], given: set[str]
) -> tuple[str, set[str]]:
    """A news group's title past each step in turn, and the guard with it."""
    title, guard = past_detail(title, guard, bullets, texts, given)
    title, guard = swapped(abstract_subject, title, guard, bullets, texts, given)  # "春笋", not its "味蕾记忆"
    title, guard = swapped(every_said_title, title, guard, bullets, texts, given)
    title, guard = swapped(clause_act, title, guard, bullets, texts, given)  # "传授专业知识", not "职工传授……"
    title, guard = swapped(crowd_act, title, guard, bullets, texts, given)  # "中小学教师培训", not who
    title, guard = swapped(act_object, title, guard, bullets, texts, given)  # "产品功效", not "影响产品功效"
    title, guard = swapped(held_zh_title, title, guard, bullets, texts, given)
    title, guard = swapped(acted_zh_title, title, guard, bullets, texts, given)
    title, guard = swapped(list_head, title, guard, bullets, texts, given)  # "赛道", not one track of three
    title, guard = swapped(item_title, title, guard, bullets, texts, given)  # "鱼粉", not one item of 鱼粉、鱼油
    title, guard = swapped(named_title, title, guard, bullets, texts, given)
    # last: a name's front step would give the count back ("万人生产生活用水")
    title, guard = swapped(counted_title, title, guard, bullets, texts, given)  # "生产生活用水", not "全天候补水"
    title, guard = swapped(subject_person, title, guard, bullets, texts, given)  # "贺宏达", not where he heard of it
    return swapped(distinct_zh_title, title, guard, bullets, texts, given)  # "道路积水", not "强降雨" again
