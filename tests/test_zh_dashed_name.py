"""zh_dashed_name: a group's bare name ("东盟") most of its bullets write dashed to another name
gives way to the pair ("中国—东盟"); a name few bullets write so, a partner that is no name, a taken
pair, a word that is no name and a heading's group stay."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_dashed_name import dashed_name_titles

DATA = Path("/work/shared/data/zh-news.jsonl")

# zh-news 162's ASEAN group: four of five bullets write 中国—东盟
_ASEAN = [
    "作为中国唯一与东盟陆海相连的省区，近年来，广西发挥区位优势，推动中国—东盟应急合作交流。",
    "今年6月至7月，广西壮族自治区应急管理厅与相关单位共同承办了4场次在中国—东盟应急管理合作框架下的系列培训活动。",
    "与东盟国家共同举办多期有关自然灾害防治、应急管理政策标准、韧性城市建设研讨班，拓展交流合作内容。",
    "2023中国—东盟应急管理国际合作论坛将于12月4日至6日在南宁举行。",
    "今年将以安全生产为主题，举办中国—东盟安全生产合作论坛，提升中国和东盟的安全生产水平。",
]


def test_a_name_most_bullets_write_dashed_takes_the_pair() -> None:
    used = {"东盟"}
    assert dashed_name_titles(["东盟"], [(_ASEAN, _ASEAN)], used) == ["中国—东盟"]
    assert "中国—东盟" in used and "东盟" not in used


def test_a_name_few_bullets_write_dashed_stays() -> None:
    bullets = [*_ASEAN[2:3], "东盟国家代表出席论坛。", _ASEAN[0]]  # one of three
    assert dashed_name_titles(["东盟"], [(bullets, bullets)], set()) == ["东盟"]


def test_a_partner_that_is_no_name_stays() -> None:
    bullets = ["双方推动合作—东盟成员积极响应。", "会议期间，合作—东盟框架再次被提及。"]
    assert dashed_name_titles(["东盟"], [(bullets, bullets)], set()) == ["东盟"]


def test_a_taken_pair_a_word_that_is_no_name_and_a_heading_group_stay() -> None:
    assert dashed_name_titles(["东盟"], [(_ASEAN, _ASEAN)], {"中国—东盟应急管理"}) == ["东盟"]
    assert dashed_name_titles(["合作"], [(_ASEAN, _ASEAN)], set()) == ["合作"]
    assert dashed_name_titles(["东盟"], [None], set()) == ["东盟"]


def test_the_guangxi_group_names_the_partnership() -> None:
    record = json.loads(DATA.read_text(encoding="utf-8").splitlines()[162])  # Guangxi's ASEAN emergency work
    brief = draft(document_from_text(record["article"], origin="article.txt", kind="text"))
    titles = [group.title for group in brief.groups]
    assert "中国—东盟" in titles[1:]
    assert "东盟" not in titles
