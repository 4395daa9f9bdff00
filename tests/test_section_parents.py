"""A group that merges sibling sections is titled by the heading they share, not by their list."""

from citebrief.engines.section_parents import enclosing_heading, parent_title
from citebrief.text.outline import Heading
from conftest import shared_group_titles

OUTLINE = [
    Heading(0, 2, "支持企业稳定发展", 8),
    Heading(1, 3, "加大稳岗支持力度", 8),
    Heading(3, 2, "鼓励支持就业创业", 8),
    Heading(4, 3, "支持创业载体建设", 8),
    Heading(6, 3, "扩大就业见习补贴范围", 10),
    Heading(8, 2, "保障措施", 4),
    Heading(9, 3, "加强组织领导", 6),
    Heading(10, 3, "保障经费投入", 6),
]


def test_enclosing_heading_spans_its_section() -> None:
    assert enclosing_heading(OUTLINE, 4, 3, 12, "zh") == (3, 8, "就业创业")


def test_no_parent_for_top_level_sections_or_a_generic_one() -> None:
    assert enclosing_heading(OUTLINE, 3, 2, 12, "zh") is None  # 一、 sections share nothing
    assert enclosing_heading(OUTLINE, 9, 3, 12, "zh") is None  # "保障措施" says where, not what


def test_parent_title_only_where_every_bullet_lies_under_it() -> None:
    parents = {2: (3, 8, "就业创业")}
    listed = ["创业载体建设", "就业见习补贴范围"]
    assert parent_title(parents, 2, [5, 7], listed) == "就业创业"
    assert parent_title(parents, 2, [5, 9], listed) == "创业载体建设、就业见习补贴范围"  # one borrowed from past it
    assert parent_title(parents, 1, [5, 7], listed) == "创业载体建设、就业见习补贴范围"
    assert parent_title(parents, None, [5, 7], listed) == "创业载体建设、就业见习补贴范围"


def test_policy_sibling_sections_titled_by_their_parent() -> None:
    titles = shared_group_titles("zh-policy.jsonl", 7)  # 促进就业: （四）（五） of 二、鼓励支持就业创业
    assert "就业创业" in titles
    assert not any(t == "创业载体建设、就业见习补贴范围" for t in titles)
