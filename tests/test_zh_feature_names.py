"""A Chinese group titled by one bullet's detail takes the name every bullet says where its
sibling groups are titled by names (`zh_feature_names.sibling_names`): "卢臣泰" beside "DEDON"."""

from __future__ import annotations

from citebrief.text.zh_feature_names import sibling_names
from conftest import shared_group_titles

EVERY_TEXT = [
    "王昱是导演，王昱拍过很多片。",
    "重案组刑警陈浩许诺破案。",
    "陈浩带着遗憾离开警队。10年后，陈浩发现新线索。",
    "冯远征饰演了一个复杂的角色，冯远征说要读剧本。",
]
PLOT = (["陈浩带着遗憾离开警队。", "10年后，陈浩发现新线索。"], [])
ACTOR = (["冯远征饰演角色。", "冯远征说话。"], [])


def test_a_detail_title_beside_named_groups_takes_the_name_every_bullet_says() -> None:
    used: set[str] = set()
    titles = sibling_names(["离开警队", "冯远征"], [PLOT, ACTOR], EVERY_TEXT, used)
    assert titles == ["陈浩", "冯远征"]  # the longest form said as a word, not the tagger's 陈浩带
    assert used == {"陈浩"}


def test_no_named_sibling_no_change() -> None:
    themes = ["离开警队", "首映礼"]
    assert sibling_names(themes, [PLOT, (["首映礼在北京举行。", "首映礼很热闹。"], [])], EVERY_TEXT, set()) == themes


def test_the_title_stands_where_a_bullet_lacks_the_name_or_it_is_said_seldom_or_taken() -> None:
    one_lacks = ([PLOT[0][0], "白兰重拾希望。"], [])
    siblings = [ACTOR]
    assert sibling_names(["离开警队", "冯远征"], [one_lacks, *siblings], EVERY_TEXT, set())[0] == "离开警队"
    seldom = ["陈浩离开警队。", "陈浩发现线索。"]  # the article says him only there
    few = [*seldom, *EVERY_TEXT[3:]]
    assert sibling_names(["离开警队", "冯远征"], [(seldom, []), *siblings], few, set())[0] == "离开警队"
    assert sibling_names(["离开警队", "冯远征"], [PLOT, *siblings], EVERY_TEXT, {"陈浩"})[0] == "离开警队"


def test_a_speaker_every_bullet_quotes_gives_no_title() -> None:
    said = (["陈浩表示，案子还要查。", "陈浩说，线索很多。"], [])
    assert sibling_names(["离开警队", "冯远征"], [said, ACTOR], EVERY_TEXT, set())[0] == "离开警队"


def test_the_shared_roundup_names_its_brand_and_the_film_piece_its_character() -> None:
    assert "卢臣泰" in shared_group_titles("zh-clts.jsonl", 5)  # beside YES!IC and DEDON, not 杯具套组
    # not 离开警队; each shown with who they are (`zh_person_role`), 冯远征 with the part he plays
    # (`zh_name_deed` past his bracketed aside, s72f)
    assert shared_group_titles("zh-clts.jsonl", 8)[1:] == ["刑警陈浩", "导演王昱", "冯远征：内心极度复杂的角色"]
