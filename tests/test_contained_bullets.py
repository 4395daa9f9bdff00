"""A bullet another bullet of the brief says whole gives way, or the wider one says the rest."""

from citebrief.engines.contained_bullets import without_contained
from citebrief.model import Point


def _p(text: str, n: int = 1) -> Point:
    return Point(text=text, citations=[n])


def test_a_quote_said_again_inside_a_two_quote_bullet_of_its_group_gives_way() -> None:
    short = "'We have a great deal of work to do this week,' said Jones."
    wide = short + " 'The others can smell it.'"
    points = [[_p("The club lost twice in March.")], [_p(short, 4), _p(wide, 4), _p("Smith is fit again.", 5)]]
    without_contained(points)
    assert [p.text for p in points[1]] == [wide, "Smith is fit again."]


def test_a_lead_said_above_is_left_off_the_wider_bullet_below() -> None:
    lead = "3月2日，第五届山城读书节在某市图书馆开幕。"
    rest = "此次读书节由市文化局主办，旨在推广全民阅读。"
    points = [[_p(lead), _p("活动将持续一个月。", 3)], [_p(lead + rest), _p("现场有三百人参加。", 2)]]
    without_contained(points)
    assert [p.text for p in points[0]] == [lead, "活动将持续一个月。"]
    assert [p.text for p in points[1]] == [rest, "现场有三百人参加。"]


def test_bullets_that_only_share_words_stay() -> None:
    points = [[_p("The council approved the plan on Monday.")], [_p("The council approved the plan on Monday, 4-3.")]]
    without_contained(points)
    assert [len(g) for g in points] == [1, 1]
