"""A Chinese news group a numbered answer's point stands in is titled by the question the points
answer (`text/zh_asked_title.py`, its closing words in `text/data/zh_asked_kinds.tsv`)."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_asked_title import asked_title, asked_titles
from conftest import shared_article, shared_group_titles

# zh-clts 10, from the question to the answer's third point
ASKED = "那么，采集血浆和平时献血有什么区别？王贵强解释，第一，对象不同。"
BEFORE = "以前我们一般采的是全血，这次单采浆，对机体的伤害很小，大家不要有太多的顾虑。"
POINTS = (
    "新冠病毒感染的肺炎恢复期血浆只有病人恢复期才可以作为供血者。第二，仅采血浆，不采全血。"
    "一般平时的献血采血都是全血，里面有红细胞、血小板，这次只要血浆，其他的还要给病人回输回去。第三，要做一些检测。"
)
POINT_BULLET = "一般平时的献血采血都是全血，里面有红细胞、血小板，这次只要血浆，其他的还要给病人回输回去。"


def test_the_blood_donation_group_is_titled_by_the_question_its_points_answer() -> None:
    titles = shared_group_titles("zh-clts.jsonl", 10)
    assert "采集血浆和平时献血有什么区别" in titles
    assert "全血" not in titles
    assert "检测病毒" in titles  # the tests' group has no question in its paragraphs: it keeps its own


def test_a_word_one_point_says_gives_way_to_what_was_asked() -> None:
    texts = [BEFORE + ASKED, POINTS]
    assert asked_title("全血", [BEFORE, POINT_BULLET], texts, texts, {"采集血浆"}) == "采集血浆和平时献血有什么区别"


def test_a_title_the_answer_does_not_say_stays() -> None:
    texts = [BEFORE + ASKED, POINTS]
    assert asked_title("重症患者", [BEFORE, POINT_BULLET], texts, texts, set()) == "重症患者"


def test_a_group_whose_paragraphs_do_not_say_the_question_stays() -> None:
    # the title is the text's own words: a paragraph the group cites says it
    texts = [BEFORE + ASKED, POINTS]
    assert asked_title("全血", [POINT_BULLET], [POINTS], texts, set()) == "全血"


def test_a_group_with_no_bullet_in_the_answer_stays() -> None:
    texts = [BEFORE + ASKED, POINTS]
    assert asked_title("全血", [BEFORE], texts, texts, set()) == "全血"


def test_the_answer_ends_with_its_last_points_paragraph() -> None:
    after = "血浆采集后，病人一般只需一两周就能完全恢复，其他的和一般献血没有区别。"
    texts = [BEFORE + ASKED, POINTS, after]
    assert asked_title("一般献血", [BEFORE, after], texts, texts, set()) == "一般献血"


def test_an_answer_not_in_numbered_points_gives_nothing() -> None:
    unnumbered = [BEFORE + ASKED.replace("第一，", ""), POINTS.replace("第二，", "").replace("第三，", "")]
    assert asked_title("全血", [BEFORE, POINT_BULLET], unnumbered, unnumbered, set()) == "全血"


def test_a_question_given_as_a_title_already_is_not_given_again() -> None:
    texts = [BEFORE + ASKED, POINTS]
    used = {"采集血浆和平时献血有什么区别"}
    assert asked_title("全血", [BEFORE, POINT_BULLET], texts, texts, used) == "全血"


def test_the_pass_over_every_group_follows_the_titles_given() -> None:
    used = {"采集血浆", "全血", "检测"}
    # both groups quote a point and cite the question: the first takes it, the second keeps its own
    texts = [BEFORE + ASKED, POINTS]
    own = [([BEFORE, POINT_BULLET], texts), ([POINT_BULLET], texts), None]
    titles = asked_titles(["全血", "检测", "总结"], own, texts, used)
    assert titles == ["采集血浆和平时献血有什么区别", "检测", "总结"]
    assert "采集血浆和平时献血有什么区别" in used and "全血" not in used


def test_the_article_asks_in_words_the_table_lists() -> None:
    assert "有什么区别" in data_lines("zh_asked_kinds.tsv")
    assert ASKED[3:] in shared_article("zh-clts.jsonl", 10)
