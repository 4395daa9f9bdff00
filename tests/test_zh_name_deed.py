"""A Chinese news group titled by a bare person's or storm's name shows what its first sentence on
them says they do or are ("刘明：扎根海岛十余年", "台风“兰恩”：强度逐渐加强"); a name spoken,
possessed, compounded or followed by a figure or a preposition's aside stays (`zh_name_deed`)."""

from __future__ import annotations

from citebrief.text.zh_name_deed import deed_titled
from conftest import shared_group_titles

DOCTOR = ["今年37岁的刘明已经扎根海岛十余年。2010年他走出校园来到东海之滨的岱山海岛。"]
STORM = ["预计，“兰恩”将以每小时5-10公里的速度向西北方向移动，强度逐渐加强。"]


def test_a_persons_deed_after_the_name() -> None:
    assert deed_titled("刘明", DOCTOR[:1], DOCTOR, set(), person=True) == "刘明：扎根海岛十余年"
    who = ["来自妇产科医院的贺晶是浙江省妇产科的领头人物，从医四十年。"]
    assert deed_titled("贺晶", who, who, set(), person=True) == "贺晶：浙江省妇产科的领头人物"
    fired = ["2022年9月，官方通报，沈德咏严重违纪违法被开除党籍和公职。"]
    assert deed_titled("沈德咏", fired, fired, set(), person=False) == "沈德咏：被开除党籍和公职"  # split name


def test_a_storms_next_clause() -> None:
    assert deed_titled("台风“兰恩”", STORM, STORM, set(), person=False) == "台风“兰恩”：强度逐渐加强"
    written = ["今年第7号台风“兰恩”今晨加强。", *STORM]
    assert deed_titled("兰恩", STORM, written, set(), person=True) == "台风“兰恩”：强度逐渐加强"


def test_no_deed_the_name_stays() -> None:
    said = ["“今天做得很棒。”李凯尔说。"]
    assert deed_titled("李凯尔", said, said, set(), person=True) == "李凯尔"  # spoken
    aside = ["李凯尔在完成这次抢断后，与所有队友击掌相庆。"]
    assert deed_titled("李凯尔", aside, aside, set(), person=True) == "李凯尔"  # a preposition's aside
    kin = ["周俊的生父说，26年从未放弃寻找。"]
    assert deed_titled("周俊", kin, kin, set(), person=True) == "周俊"  # possessed
    basin = ["拉林河流域属“降雨叠加区”。"]
    assert deed_titled("拉林河", basin, basin, set(), person=True) == "拉林河"  # a compound
    born = ["公开资料显示，沈德咏生于1954年3月。"]
    assert deed_titled("沈德咏", born, born, set(), person=False) == "沈德咏"  # a figure
    assert deed_titled("刘明", DOCTOR, DOCTOR, set(), person=False) == "刘明"  # no name read
    assert deed_titled("刘明", DOCTOR, DOCTOR, {"扎根海岛十余年"}, person=True) == "刘明"  # given already


def test_shared_articles() -> None:
    titles = shared_group_titles("zh-news.jsonl", 91)  # Doctors' Day: an island doctor, a veteran
    assert "刘明：扎根海岛十余年" in titles and "贺晶：浙江省妇产科的领头人物" in titles
    assert "台风“兰恩”：强度逐渐加强" in shared_group_titles("zh-news.jsonl", 123)
    # his bullets (an aside, a score, a quote) are titled past him, the article's subject
    # (`zh_article_subject`): the loss to 德国队 two of them report (s280d)
    assert "德国队" in shared_group_titles("zh-news.jsonl", 86)


def test_a_surname_the_tagger_cuts_and_an_apposition_opening_on_a_name() -> None:
    donor = ["贺宏达是北华大学的一名大三学生，他是这所学校第10位造血干细胞捐献者。"]
    assert deed_titled("贺宏达", donor, donor, set(), person=False) == "贺宏达：北华大学的一名大三学生"
    assert "贺宏达：北华大学的一名大三学生" in shared_group_titles("zh-news.jsonl", 56)


def test_a_deed_after_a_bracketed_aside() -> None:
    # the name's clause holds only its aside: the deed is the next clause's, a played part cut to the role
    played = ["王芳（曾获金鸡奖），此番饰演了一位性格坚韧的乡村教师。"]
    assert deed_titled("王芳", played, played, set(), person=True) == "王芳：性格坚韧的乡村教师"
    films = ["王芳（曾获金鸡奖），今年出演三部电影。"]
    assert deed_titled("王芳", films, films, set(), person=True) == "王芳：出演三部电影"
    said = ["王芳（曾获金鸡奖），她说今年出演三部电影。"]
    assert deed_titled("王芳", said, said, set(), person=True) == "王芳"  # the next clause opens on no deed
    long = ["王芳（曾获金鸡奖），此番同样参与了一部规模宏大的历史题材电影的拍摄。"]
    assert deed_titled("王芳", long, long, set(), person=True) == "王芳"  # too long, no part played


def test_an_actors_aside_in_a_shared_article() -> None:
    # zh-clts 8's film premiere: "冯远征（《不要和陌生人说话》中扮相狰狞），此番同样饰演了……角色"
    assert "冯远征：内心极度复杂的角色" in shared_group_titles("zh-clts.jsonl", 8)
