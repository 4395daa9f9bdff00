"""A bare Chinese news title of one or two characters takes the noun phrase two bullets write
around it (`zh_bare_phrase`); a phrase one bullet writes is its detail, and the word stays."""

from citebrief.text.zh_bare_phrase import bare_phrase_titles


def test_phrase_two_bullets_write() -> None:
    bullets = ["本轮降雪过程中，全省平均积雪深度达到20厘米。", "针对此次降雪过程，交通部门启动应急响应。"]
    used = {"降雪", "除冰"}
    assert bare_phrase_titles(["降雪", "除冰"], [(bullets, bullets), None], used) == ["降雪过程", "除冰"]
    assert used == {"降雪过程", "除冰"}


def test_phrase_one_bullet_writes_stays() -> None:
    bullets = ["机械师在车厢里检修地铁车门。", "地铁公司表示，车门故障已排除。"]
    assert bare_phrase_titles(["地铁"], [(bullets, bullets)], set()) == ["地铁"]


def test_measure_word_is_no_modifier() -> None:
    bullets = ["全县12处安置点的群众陆续返家。", "另有3处安置点今天关闭，安置工作结束。"]
    assert bare_phrase_titles(["安置"], [(bullets, bullets)], set()) == ["安置"]


def test_phrase_another_group_has_stays() -> None:
    bullets = ["本轮降雪过程中，全省平均积雪深度达到20厘米。", "针对此次降雪过程，交通部门启动应急响应。"]
    titles = bare_phrase_titles(["降雪", "降雪过程"], [(bullets, bullets), None], set())
    assert titles == ["降雪", "降雪过程"]
