"""zh_most_said_word: a news group's title one bullet says gives way to the rare noun most of
its bullets say and no other group's; measures' tails, asides, list items, another group's word
and a title whose subject the group shares stay out."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_most_said_word import _not_a_thing, most_said_words, role_word

DATA = Path("/work/shared/data")

_SERVED = [
    "医院的藏医、藏药以独特的疗效深受各族群众信赖。",
    "志愿服务队为有语言交流障碍的各族群众提供帮助。",
    "医院研发新药、拓展治疗手段。",
]
_OTHER = ["迪庆州藏医院始建于1987年。", "医院已建成综合性民族医医院。"]


def _titled(title: str, bullets: list[str], others: list[str] | None = None) -> str:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    return most_said_words(["藏医院", title], own, [others or _OTHER, bullets], {"藏医院"})[1]


def test_the_noun_most_bullets_say_titles_the_group() -> None:
    used = {"藏医院"}
    titles = most_said_words(["藏医院", "语言交流障碍"], [None, (_SERVED, _SERVED)], [_OTHER, _SERVED], used)
    assert titles == ["藏医院", "各族群众"]
    assert "各族群众" in used and "语言交流障碍" not in used


def test_a_word_another_group_says_is_no_title() -> None:
    assert _titled("语言交流障碍", _SERVED, [*_OTHER, "各族群众纷纷点赞。"]) == "语言交流障碍"


def test_a_title_whose_word_every_bullet_says_stays() -> None:
    bullets = [
        "会议提出适应房地产市场供求关系的新形势，调整优化房地产政策。",
        "分析师表示，房地产市场供求关系发生重大变化是新提法。",
        "当前房地产板块估值处于底部区间。",
    ]
    assert _titled("房地产政策", bullets) == "房地产政策"


def test_a_measure_tail_and_an_aside_are_no_title() -> None:
    bullets = [
        "未来三天，江南等地部分地区有大雨，上述部分地区将有分散性暴雨。",
        "南疆盆地等地部分地区有4～6级风(见图2)。",
        "山东半岛等地部分地区有4～6级风(见图3)。",
    ]
    assert _titled("分散性暴雨", bullets) == "分散性暴雨"


def test_an_item_of_a_list_is_no_title() -> None:
    bullets = [
        "警方开展集中收网行动，查获涉案胶囊120余万粒、假冒品牌标贴4800余张、贴标机10台。",
        "犯罪团伙从胡某等人处购得假冒品牌标贴等包材。",
        "陈某等人通过网店对外销售。",
    ]
    assert _titled("集中收网行动", bullets) == "集中收网行动"


def _titles(name: str, index: int) -> list[str]:
    record = json.loads((DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[index])
    brief = draft(document_from_text(record["article"], origin="article.txt", kind="text"))
    return [group.title for group in brief.groups]


def test_the_hospital_service_group_is_titled_by_whom_it_serves() -> None:
    titles = _titles("zh-news", 5)  # a Tibetan-medicine hospital: remedies, interpreters, decades of care
    assert "各族群众" in titles[1:]
    assert "语言交流障碍" not in titles


def test_the_gas_field_group_is_titled_by_its_injection_scheme() -> None:
    titles = _titles("zh-news", 169)  # an offshore gas field: cyclic gas injection, its design, the build
    # "循环注气" here, then the whole name both bullets write it in (`zh_title_whole`)
    assert "循环注气开发方案" in titles[1:]
    assert "方案系统设计" not in titles


def test_a_feature_item_named_again_keeps_its_name() -> None:
    titles = _titles("zh-clts", 5)  # designed goods: each brand's group keeps the brand's name
    assert "圣路易水晶" in titles
    assert "烈酒" not in titles


def test_people_named_by_their_role_title_no_group() -> None:
    # the bundled example (examples/zh-tech-policy.html): two of three bullets say "有关部门负责同志" /
    # "全国政协有关负责同志", the group is about green power for industrial parks; "负责同志" says who spoke
    assert role_word("负责同志") and role_word("负责人") and role_word("消费者")
    assert not role_word("增长") and not role_word("绿电") and not role_word("循环注气")
    bullets = [
        "建议扩大绿电直供和绿证交易规模，力争到2030年重点园区绿电使用比例达到百分之六十以上。",
        "有关部门负责同志表示，将认真研究吸纳委员们的意见建议，抓紧完善相关政策措施。",
        "全国政协有关负责同志在总结时强调，要围绕推动制造业高质量发展深入协商议政。",
    ]
    assert _not_a_thing("负责同志", bullets, bullets)
