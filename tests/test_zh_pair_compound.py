"""A Chinese news group titled "A、B" takes the compound its paragraphs write of a rare word of
each part (`zh_pair_compound`): "防汛救灾", not "防汛工作调度会、中央救灾救助资金"; a pair whose
paragraphs write no such compound, a heading's group and a title of one part stay."""

from __future__ import annotations

from citebrief.text.zh_pair_compound import compound_titles, pair_compound
from conftest import shared_group_titles

MEETING = "8月5日，河北省防汛抗旱指挥部召开全省防汛工作调度会，对转移安置工作进一步安排部署。"
FUNDS = "河北省减灾委办公室争取中央救灾救助资金6000万元。"
LEAD = "为加强受灾地区防汛救灾工作，河北累计派出3917个工作组。"
PAIR = "防汛工作调度会、中央救灾救助资金"


def _titled(title: str, texts: list[str], used: set[str] | None = None) -> str:
    own: list[tuple[list[str], list[str]] | None] = [None, ([MEETING, FUNDS], texts)]
    return compound_titles(["核心要点：洪涝灾害", title], own, used if used is not None else set())[1]


def test_a_pair_takes_the_compound_its_paragraphs_write() -> None:
    used: set[str] = set()
    assert _titled(PAIR, [LEAD + MEETING, FUNDS], used) == "防汛救灾"
    assert "防汛救灾" in used  # no later group takes it again
    # either order of the parts: the compound is read as the paragraph writes it
    assert pair_compound("中央救灾救助资金", "防汛工作调度会", [LEAD], set()) == "防汛救灾"


def test_no_compound_in_the_groups_paragraphs_keeps_the_pair() -> None:
    assert _titled(PAIR, [MEETING, FUNDS]) == PAIR  # only another group's paragraph writes it
    assert _titled(PAIR, [LEAD + MEETING, FUNDS], {"防汛救灾"}) == PAIR  # another title has it already
    # common words ("工作", "资金") form no compound: "工作资金" names nothing of the group
    assert pair_compound("全省工作会议", "救助资金", ["争取工作资金6000万元。"], set()) == ""


def test_a_heading_group_and_a_title_of_one_part_stay() -> None:
    assert compound_titles([PAIR], [None], set()) == [PAIR]
    assert _titled("防汛工作调度会", [LEAD + MEETING, FUNDS]) == "防汛工作调度会"


def test_shared_articles() -> None:
    # zh-news 159: the flood-control meeting and the relief funds, one theme
    titles = shared_group_titles("zh-news.jsonl", 159)
    assert "防汛救灾" in titles and PAIR not in titles
    # the text writes no compound of "暴雨洪灾" and "保险报案" (zh-news 42): the pair stays
    assert "暴雨洪灾、保险报案" in shared_group_titles("zh-news.jsonl", 42)
