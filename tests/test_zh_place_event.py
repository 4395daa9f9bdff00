"""A Chinese news group titled by a bare site takes the act its bullets report done there
(`zh_place_event`): "例行检查", not "青山收费站" over a police check at a toll station; "校园翻修"
where two bullets carry an act out on the site itself. A site whose sentence carries out no act,
an act only one bullet says, or one opening on a time keeps the title. Sentences are invented."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_place_event import bare_site, place_event_titles

CHECKED = "6月3日上午，城东交警来到京沪高速青山收费站，对过往的客车、货车进行例行检查和安全提醒。"
PULLED = "10时左右，一辆长途客车驶过收费站，被交警引到路边的检查点接受检查。"


def _retitled(bullets: list[str], title: str = "青山收费站") -> str:
    used = {title}
    found = place_event_titles([title], [(bullets, bullets)], used)[0]
    assert used == {found.casefold()}
    return found


def test_a_bare_site_gives_way_to_the_act_its_bullets_report_done_there() -> None:
    assert _retitled([CHECKED, PULLED]) == "例行检查"


def test_an_act_no_other_bullet_says_keeps_the_title() -> None:
    assert _retitled([CHECKED, "10时左右，一辆长途客车驶过收费站，停在路边。"]) == "青山收费站"


def test_an_act_opening_on_a_time_keeps_the_title() -> None:
    bullets = ["交警来到青山收费站，对客车进行多天检查。", PULLED]
    assert _retitled(bullets) == "青山收费站"


def test_an_act_two_clauses_on_is_another_subjects_and_keeps_the_title() -> None:
    bullets = ["交警来到青山收费站，天色已晚，司机们对货车进行例行检查。", PULLED]
    assert _retitled(bullets) == "青山收费站"


def test_a_site_two_bullets_carry_an_act_out_on_is_titled_with_the_act() -> None:
    bullets = ["开学前，老师们已经对校园进行多天清扫。", "暴雨过后，全体职工回到学校，对校园进行翻修。"]
    assert _retitled(bullets, "校园") == "校园翻修"


def test_a_site_one_bullet_carries_an_act_out_on_keeps_the_title() -> None:
    bullets = ["开学前，老师们已经打扫了校园。", "暴雨过后，全体职工回到学校，对校园进行翻修。"]
    assert _retitled(bullets, "校园") == "校园"


def test_a_title_naming_more_than_a_site_is_no_case() -> None:
    assert not bare_site("收费站安全检查工作", [CHECKED, PULLED])
    assert bare_site("青山收费站", [CHECKED, PULLED])


def test_the_table_holds_one_site_head_a_row() -> None:
    rows = data_lines("zh_place_heads.tsv")
    assert rows and len(set(rows)) == len(rows)
    assert all(not any(c.isspace() for c in row) for row in rows)
    assert {"站", "校园"} <= set(rows)


SOLD = "自6月1日起，每天9点在南湖游客服务亭开售，每人限购2份。"
QUEUED = "当天一早，在南湖游客服务亭前，市民排起长队，等待着南湖菱角开售。"


def test_a_site_a_thing_goes_on_sale_at_is_titled_by_the_thing_and_the_sale() -> None:
    assert _retitled([SOLD, QUEUED], "南湖游客服务亭") == "南湖菱角开售"


def test_the_thing_sheds_its_front_words_where_a_title_given_holds_it() -> None:
    used = {"南湖游客服务亭", "南湖菱角"}
    own = [([SOLD, QUEUED], [SOLD, QUEUED])]
    assert place_event_titles(["南湖游客服务亭"], own, used)[0] == "菱角开售"


def test_a_sale_no_other_bullet_names_the_thing_of_keeps_the_title() -> None:
    bullets = [SOLD, "当天一早，在南湖游客服务亭前，市民排起长队。"]
    assert _retitled(bullets, "南湖游客服务亭") == "南湖游客服务亭"


def test_a_verb_that_goes_on_to_an_object_is_no_sale_at_the_site() -> None:
    bullets = ["每天9点在南湖游客服务亭开放预约通道。", "市民排起长队，等待着南湖菱角开放。"]
    assert _retitled(bullets, "南湖游客服务亭") == "南湖游客服务亭"


def test_the_opening_verbs_table_holds_one_verb_a_row() -> None:
    rows = data_lines("zh_site_opening_verbs.tsv")
    assert rows and len(set(rows)) == len(rows)
    assert all(not any(c.isspace() for c in row) for row in rows)
    assert "开售" in rows
