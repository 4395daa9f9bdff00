"""A nickname a Chinese feature gives its person ("称呼他为“老叶”") stands for the person's name,
so a profile told by the nickname is titled by role and name (`zh_nicknames`)."""

from __future__ import annotations

from citebrief.text.zh_nicknames import as_named, nicknames
from citebrief.text.zh_profile_person import profiled_person
from conftest import shared_group_titles

MILITIA = [
    "8月9日，民兵班长叶立海正在带领民兵进行堤坝加固。2003年，叶立海从部队光荣退伍，战友们都亲切地称呼他为“老叶”。",
    "被赋予固堤任务的“老叶”深知此次任务艰巨。“老叶”带领队员装填沙袋。",
    "在“老叶”的统筹下，8个人完成了任务。“老叶”和战友们放下心来。",
    "“老叶”身上的那股子“兵味儿”始终未减。“老叶”多次被评为优秀工作者。",
]


def _sentences(texts: list[str]) -> list[str]:
    return [s + "。" for text in texts for s in text.split("。") if s]


def test_a_nickname_is_given_to_the_subject_of_its_sentence() -> None:
    # the tagger reads 光荣 as a name; the sentence's subject is 叶立海
    assert nicknames(MILITIA) == {"老叶": "叶立海"}
    assert as_named(["在“老叶”的统筹下"], {"老叶": "叶立海"}) == ["在叶立海的统筹下"]


def test_no_call_or_no_name_gives_no_nickname() -> None:
    assert nicknames(["战友们都叫他老叶。", "“老叶”说。"]) == {}  # not quoted: no nickname
    assert nicknames(["大家都称呼他为“老叶”。"]) == {}  # no name said before
    assert nicknames(["叶立海从部队退伍，学员们都叫他“老师”。"]) == {}  # no character of his name
    assert as_named(["老叶说，“老叶”来了。"], {"老叶": "叶立海"}) == ["老叶说，叶立海来了。"]  # quoted only


def test_a_story_told_by_the_nickname_is_the_persons_profile() -> None:
    assert profiled_person("老叶", MILITIA, _sentences(MILITIA)) == ("叶立海", "民兵班长叶立海")
    plain = [text.replace("称呼他为“老叶”", "很敬重他") for text in MILITIA]
    assert profiled_person("老叶", plain, _sentences(plain)) is None  # 老叶 is nobody's nickname


def test_shared_militia_profile_in_the_readers_form() -> None:
    # a militia squad leader holding a flood dyke, called 老叶 by his comrades: the overview
    # names him by role and name, and no group is titled by the bare nickname
    titles = shared_group_titles("zh-news.jsonl", 196)
    assert titles[0] == "核心要点：民兵班长叶立海"
    assert "老叶" not in titles[1:]
