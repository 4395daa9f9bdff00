"""zh_generic_heading_phrase: a policy group under a heading any document has, with no parts to
name, gets the phrase most of its bullets share and no other group's; a common word, a body, the
document's own title, a pair's phrase and another group's phrase leave the heading bare."""

from __future__ import annotations

from citebrief.text.zh_generic_heading_phrase import _runs, heading_phrase
from conftest import shared_group_titles

# zh-policy 1's "组织实施" section, as its brief quotes it
_PROMOTION = [
    "各省（区、市）人民政府要把推广支持创新相关改革举措列为本地区重点工作，切实加强组织领导，结合各自实际情况，"
    "研究制定推广工作方案。",
    "要加强督促检查，积极创造条件开展复制推广工作，确保改革举措落地生根、产生实效。",
    "国务院各有关部门要结合工作职能，积极协调、指导推进复制推广工作。",
    "国家发展改革委和科技部要适时督促检查推广工作进展情况及效果，重大问题及时向国务院报告。",
]
_OTHERS = [
    "之后，相关方面继续加强改革探索，形成了新一批支持创新的改革举措，经国务院批准，决定在更大范围内复制推广。",
    "整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”。",
]


def test_the_phrase_every_bullet_shares_follows_the_heading() -> None:
    assert heading_phrase("组织实施", _PROMOTION, _PROMOTION, _OTHERS, {"支持创新相关改革举措"}) == "推广工作"


def test_a_phrase_another_group_says_is_no_aspect() -> None:
    assert heading_phrase("组织实施", _PROMOTION, _PROMOTION, [*_OTHERS, "做好推广工作。"], set()) == ""


def test_a_phrase_a_title_given_holds_is_no_aspect() -> None:
    assert heading_phrase("组织实施", _PROMOTION, _PROMOTION, _OTHERS, {"复制推广工作方案"}) == ""


def test_a_phrase_half_the_bullets_say_is_no_aspect() -> None:
    # "复制推广工作": two of four bullets, not more than half
    assert heading_phrase("组织实施", [_PROMOTION[1], _PROMOTION[2], *_OTHERS], _PROMOTION, [], set()) == ""


def test_a_pairs_phrase_is_no_aspect() -> None:
    # zh-policy 28's "工作安排": two bullets, both on 采购结果; a pair stays under the bare heading
    pair = ["联合采购办公室起草并发布集中采购公告，公布采购结果。", "试点地区于2019年初开始执行集中采购结果。"]
    assert heading_phrase("工作安排", pair, pair, [], set()) == ""


def test_a_common_word_or_a_body_is_no_aspect() -> None:
    # zh-policy 33's "保障措施": 信息 (three bullets) is any part's word, 税务机关 a body
    bullets = [
        "扣缴义务人应当及时将相关信息报送税务机关。",
        "有关部门和单位有责任向税务部门提供与专项附加扣除有关的信息。",
        "拥有专项附加扣除涉税信息的部门承担相应责任。",
        "税务机关核查专项附加扣除情况时，有关单位应当协助核查。",
    ]
    assert heading_phrase("保障措施", bullets, bullets, ["本办法自2019年1月1日起施行。"], set()) == ""


def test_runs_end_on_a_thing() -> None:
    runs = _runs("积极创造条件开展复制推广工作")
    assert {"复制推广工作", "推广工作"} <= runs
    assert "复制推广" not in runs  # ends on an act


def test_a_shared_brief_names_its_generic_parts_theme() -> None:
    titles = shared_group_titles("zh-policy.jsonl", 1)
    assert "组织实施：推广工作" in titles and "组织实施" not in titles


def test_a_generic_heading_with_no_shared_phrase_stays() -> None:
    assert "组织实施" in shared_group_titles("zh-policy.jsonl", 18)
