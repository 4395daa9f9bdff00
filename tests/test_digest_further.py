"""A story listed apart shows its lead point and one further point of its brief that states a
figure its lead does not (digest_further); a drought report joins the day's flood stories under
防汛抗旱, and a story alone in its section is listed by it (digest_themes)."""

from __future__ import annotations

from citebrief.digest_further import further_point, quantities
from citebrief.digest_sections import section_themes as _sections
from citebrief.digest_text import kinds
from citebrief.digest_titles import FLOOD_AND_DROUGHT, closer_title


def test_quantities_are_no_dates_ordinals_ages_or_emergency_numbers() -> None:
    assert quantities("结果发现，47例患者术中器械成功率为97.9%。") == {"47", "97.9"}
    assert quantities("2019年4月，赵某某得知生产这批机顶盒的厂家已被公安机关抓获。") == set()
    assert quantities("28日9时55分，今年第5号台风登陆。来自甘肃的“00后”宋杰，59岁。") == set()
    assert quantities("20世纪70年代至90年代，有40多年划船经验的船老大") == set()
    assert quantities("On April 7, 2015 the 17th hole; Clarkson, 55, and a 78-year-old at the age of 75") == set()
    assert quantities("In the 1990s, the 2006-07 season. Luckily he could call 911.") == set()
    assert quantities("He will pay back the whole £185,000 after 15 months.") == {"185,000", "15"}


def _choose(lead: str, *others: str, overview: tuple[bool, ...] = ()) -> str | None:
    texts = [lead, *others]
    cites = [[1]] + [[k + 2] for k in range(len(others))]
    shown = list(overview) or [True] * len(texts)
    chosen = further_point(0, list(range(len(texts))), texts, cites, shown, lambda i: True, "zh")
    return None if chosen is None else texts[chosen]


def test_the_further_point_states_a_figure_the_lead_does_not() -> None:
    lead = "日前，被告人赵某某因犯非法经营罪，被判处有期徒刑一年二个月，并处罚金六万元。"
    story = "2016年，他在一次上门服务时，发现客户家的机顶盒可以收看境外电视频道。"  # a date, no figure
    figure = "经查，赵某某向客户及下家销售并提供续费服务，非法经营数额约14万元。"
    assert _choose(lead, story, figure) == figure
    assert _choose(lead, story) is None  # no figure: the lead alone


def test_the_further_point_is_no_repeat_no_paragraph_and_leans_on_nothing() -> None:
    lead = "青藏高原关键物种种群数量与20年前相比增加2至3倍。"
    assert _choose(lead, "所以种群数量较20年前增加2至3倍。") is None  # the lead's figures again
    assert _choose(lead, "为解决这一难题，团队建成样机产线1条。") is None  # leans on the sentence before
    assert _choose(lead, "藏羚羊" * 60 + "增加到6万只。") is None  # a paragraph, not a point


def test_in_a_theme_the_further_point_says_no_figure_another_point_says() -> None:
    lead = "今年第11号台风“海葵”5日5时40分在福建东山县沿海登陆，登陆时中心附近最大风力有13级。"
    moved = "福建省防汛抗旱指挥部已将应急响应提升至Ⅰ级，沿海各地共转移群众16万余人，2.3万艘渔船回港避风。"
    rain = "福建沿海多地出现特大暴雨，漳州、厦门部分地区累计降雨量超过300毫米。"
    texts = [lead, moved, rain]
    chosen = further_point(0, [0, 1, 2], texts, [[1], [2], [3]], [True] * 3, lambda i: True, "zh", frozenset({"16"}))
    assert chosen == 2  # the other outlet's lead already says 16万余人
    assert further_point(0, [0, 1, 2], texts, [[1], [2], [3]], [True] * 3, lambda i: True, "zh") == 1


def test_the_overview_s_figure_comes_before_a_later_group_s() -> None:
    lead = "魏翔团队发表一项最新研究成果。"
    later, central = "结果发现，47例患者术中器械成功率为97.9%。", "团队获得美国专利授权1项，国内专利授权近20项。"
    assert _choose(lead, later, central, overview=(True, False, True)) == central


GANSU = (
    "中新网兰州8月18日电 (记者 冯志军)启动备用水源、开动机井……8月以来，甘肃多地出现重度干旱，"
    "该省多个大型引调水工程满负荷运行。"
)
TYPHOON = "中新社福州7月28日电 28日9时55分，今年第5号台风“杜苏芮”在福建晋江沿海登陆。"
RAIN = "中新网北京7月31日电 北京持续降雨。北京重点地铁线路开展延时运营。"
SICHUAN = "中新网成都8月8日电 记者8月8日从四川省防汛抗旱指挥部办公室获悉，受降雨天气影响，该省转移避险15000余户。"


def test_a_drought_is_of_the_flood_kind_and_the_theme_is_named_for_both() -> None:
    assert "flood" in kinds(GANSU, "zh")  # joins the day's flood stories by its kind of event
    texts = [TYPHOON, RAIN, GANSU]
    assert closer_title("防汛", [0, 1, 2], [], texts, "zh") == FLOOD_AND_DROUGHT
    assert closer_title("台风杜苏芮", [0, 2], [], texts, "zh") == FLOOD_AND_DROUGHT
    assert closer_title("防汛", [0, 1], [], texts, "zh") == "防汛"  # no drought: as it was
    # the flood headquarters' name (防汛抗旱指挥部) reports no drought
    assert closer_title("防汛", [0, 1], [], [TYPHOON, SICHUAN], "zh") == "防汛"


def test_a_story_alone_in_its_section_is_one_of_the_other_stories_not_a_group() -> None:
    court = "中新网杭州8月11日电 被告人赵某某因犯非法经营罪，被法院判处有期徒刑一年二个月，检察院提起公诉。"
    fraud = "中新网上海8月12日电 上海警方破获一起电信诈骗案，抓获犯罪嫌疑人12名，法院已受理。"
    assert _sections([0], [court], "zh") == []  # no heading over one story: among the other stories
    made = _sections([0, 1], [court, fraud], "zh")
    assert [(t.title, t.members, t.section) for t in made] == [("公安与司法", [0, 1], True)]


def test_the_further_point_does_not_say_the_leads_figure_again() -> None:
    """The spokeswoman restates the lead's 830亿元 before the new figures: the point after the lead
    is one that says only new ones, or none."""
    lead = "邹颖在发布会上介绍，2023年上半年，海南全省社会融资规模增量为830亿元。"
    again = "邹颖介绍，今年上半年，海南全省社会融资规模增量为830亿元，同比多增287亿元。"
    loans = "其中，人民币各项贷款增加543亿元，同比多增291亿元。"
    assert _choose(lead, again, loans) == loans
    assert _choose(lead, again) == again  # the figure it adds still makes it the point


def test_a_point_whose_he_follows_an_opening_that_names_nobody_leans_on_the_article() -> None:
    lead = "A nervous Lindsey Vonn was back at Augusta on Friday to watch Tiger Woods."
    leaning = "Heading into the weekend he is a very, very distant 12 strokes behind a seemingly unstoppable Spieth."
    named = "The former world number one played solidly at Augusta National to card a three-under-par 69."
    assert _choose(lead, leaning, named) == named
    assert _choose(lead, "The tree trunks he has been using weigh nearly 700 pounds each.") is not None
