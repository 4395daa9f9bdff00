"""A Chinese news group's edge bullet whose subject is another group's goes there
(engines/zh_edge_subjects.py, called from engines/final_groups.py), and a name title the tagger
cut short is given whole (text/zh_name_tail.py); read on zh-news articles and on short texts."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_edge_subjects import edge_subjects_placed, speaker_of, took_part
from citebrief.text.zh_name_tail import name_tailed
from conftest import shared_group_titles, shared_groups


def _group_of(groups: list[list[str]], opening: str) -> int:
    return next(k for k, group in enumerate(groups) if any(text.startswith(opening) for text in group))


def test_the_singers_words_to_the_children_join_his_group() -> None:
    # zh-news 175: "嘎玛西周对孩子们说，……" then "“希望喜欢音乐，……”" had opened the youth-unity group
    groups = shared_groups("zh-news.jsonl", 175)
    singer = _group_of(groups, "2014年，嘎玛西周获中央电视台")
    # zh_we_speakers (s48f) puts the sentence naming him before the quotation: the bullet now
    # opens "嘎玛西周对孩子们说，……“希望喜欢音乐……”"
    assert _group_of(groups, "嘎玛西周对孩子们说") == singer, groups
    assert any("“希望喜欢音乐，一定要坚持到底" in text for text in groups[singer]), groups
    # zh_quote_named (s48w) labels the officials' quotation with its speaker (s63g: and his role):
    # "州民族语文工作中心主任宗金才：“近年来……”"
    assert _group_of(groups, "州民族语文工作中心主任宗金才：“近年来，按照国家民委") != singer, groups
    assert all(len(group) >= 2 for group in groups), groups


def test_the_singers_group_is_titled_by_his_whole_name() -> None:
    # zh-news 175: the tagger reads "嘎玛|西周"; three of his group's four bullets say "嘎玛"; his role
    # goes before his whole name since zh_written_person (s73a): "带队老师嘎玛西周"
    titles = shared_group_titles("zh-news.jsonl", 175)
    assert any(title.endswith("嘎玛西周") for title in titles) and "嘎玛" not in titles, titles


def test_the_meetings_guests_go_to_the_overview() -> None:
    # zh-news 18: "参会人员既有……" had ended the two officials' wishes under "崇文争先"
    groups = shared_groups("zh-news.jsonl", 18)
    assert _group_of(groups, "参会人员既有来自高通") == 0, groups
    wishes = groups[_group_of(groups, "东城区常务副区长李妍说")]
    assert len(wishes) == 2 and all("崇文争先" in text for text in wishes), groups


def test_who_a_sentence_says_is_speaking() -> None:
    assert speaker_of("嘎玛西周对孩子们说，在开心时，我们要唱歌。") == "嘎玛西周"
    assert speaker_of("“我们都觉得买菜很方便。”黄景立说。") == "黄景立"
    assert speaker_of("李雪表示，近年来当地将诚信建设与基层治理有机结合。") == "李雪"
    assert not speaker_of("近年来，衢州推进“工业强市、产业兴市”。")
    assert not speaker_of("据当地村民介绍，多年前，个别村民在街上卖菜。")  # no one person


def test_who_took_part() -> None:
    assert took_part("参会人员既有来自高通、毕马威等国际企业的高管，也有……企业负责人。")
    assert took_part("与会嘉宾包括多位院士。")
    assert not took_part("参加活动的孩子们来自玉树。")  # who the event is for, not who attended it
    assert took_part("出席会议的代表来自20个国家。")
    assert not took_part("活动现场，参会人员热烈讨论。")
    assert not took_part("参会人员将参观当地企业。")  # what they did, not who they were


def _scored(texts: list[str]) -> Scored:
    units = [SimpleNamespace(text=t, paragraph=k + 1) for k, t in enumerate(texts)]
    return cast(Scored, SimpleNamespace(trimmed=texts, units=units, lang="zh"))


def test_a_quotation_moves_only_where_its_speaker_is_the_group_befores() -> None:
    texts = [
        "交流会在北京举行。",
        "张三获得冠军。",
        "张三发行歌曲。",
        "张三对孩子们说，要坚持。",
        "“希望喜欢音乐，一定要坚持到底。”",
        "“近年来，玉树州持续开展民族团结活动。”",
        "李四介绍，玉树州坚持民族团结教育。",
    ]
    drafts = [Draft(None, [0]), Draft(0, [1, 2]), Draft(1, [4, 5, 6])]
    edge_subjects_placed(_scored(texts), drafts)
    assert [d.picked for d in drafts] == [[0], [1, 2, 4], [5, 6]]
    drafts = [Draft(None, [0]), Draft(0, [1, 2]), Draft(1, [4, 5, 6])]
    texts[6] = "张三介绍，玉树州坚持民族团结教育。"  # its own group names the speaker too: it stays
    edge_subjects_placed(_scored(texts), drafts)
    assert [d.picked for d in drafts] == [[0], [1, 2], [4, 5, 6]]


def test_a_name_cut_short_is_given_whole() -> None:
    texts = ["青年音乐人嘎玛西周说。", "嘎玛西周说，借着这次机会。", "2014年，嘎玛西周获奖"]
    assert name_tailed("嘎玛", texts) == "嘎玛西周"
    assert name_tailed("嘎玛", [*texts, "西周是一个朝代。"]) == "嘎玛"  # 西周 said on its own too
    assert name_tailed("王昱", ["王昱表示，电影很好。", "王昱表示，演员很好。", "他表示同意。"]) == "王昱"
    assert name_tailed("音乐", texts) == "音乐"  # no name
    # zh-news 9 read as the benches cut it: the volunteer's group was titled "卢鹏" (卢鹏|博正)
    tutor = ["18岁的准大一新生卢鹏博正拿着三角板为学生们辅导数学。", "卢鹏博记得，自己是8月4日开始教课的。"]
    assert name_tailed("卢鹏", tutor) == "卢鹏博"
