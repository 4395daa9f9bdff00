"""zh_headless: a Chinese title candidate every paragraph saying it writes as the front of a
longer noun phrase (its head still to come) takes the head where the whole stays short, else gives
way to the next candidate, and no piece of the same cut phrase but its head takes its place."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.title_choice import _first_clean
from citebrief.text.zh_headless import completion

DATA = Path("/work/shared/data")
_SERVICE = ["山西公安主动融入对外开放大局，推出企业员工紧急商务申办出入境证件预约加急办证服务，已有47家企业受益。"]


def test_the_front_of_a_verbs_object_reads_cut() -> None:
    assert completion("企业员工紧急商务", _SERVICE) == ("申办出入境证件预约加急办证服务", True)


def test_a_phrase_that_ends_its_phrase_is_none() -> None:
    assert completion("企业员工紧急商务", ["推出企业员工紧急商务，方便企业。"]) is None
    assert completion("绩效评价", ["在绩效评价方面，今年随同中央决算报送了项目。"]) is None  # a frame, not a head
    assert completion("加急办证服务", _SERVICE) is None
    # a head that leaves the phrase open is no head: the tagger cuts the name 草间弥生 as 草间|弥生
    assert completion("日本艺术家", ["我喜欢日本艺术家草间弥生，而我也梦想着有一天可以像她一样。"]) is None
    assert completion("农产品牌化", ["在当地创新模式，助力农产品牌化运营；"]) == ("运营", False)


def test_a_cut_candidate_gives_way_and_so_do_its_fronts_but_not_its_head() -> None:
    ranked = [(1.0, "企业员工紧急商务"), (0.9, "企业员工"), (0.8, "员工紧急商务"), (0.7, "加急办证服务")]
    used: set[str] = set()
    assert _first_clean(ranked, _SERVICE, "zh", used) == "加急办证服务"
    assert used == {"加急办证服务"}


def test_a_body_s_name_is_not_a_head() -> None:
    texts = ["10日0时14分，白银市景泰县消防救援大队接到报警，在该县喜泉镇马场山区域有人被困。"]
    assert _first_clean([(1.0, "白银市景泰县消防")], texts, "zh", set()) == "白银市景泰县消防"


def test_zh_news_titles_cut_before_their_head() -> None:
    lines = (DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()
    for index, cut, whole in (
        (7, "企业员工紧急商务", "加急办证服务"),  # the service, not its modifier (s100e)
        (72, "农产品牌化", "农产品牌化运营"),  # 助力农产品牌化运营: the running of the brand
        # 侵害民营企业利益|犯罪: the crime, so the pair's two crimes title it together (`zh_run_titles`)
        (188, "危害税收征管犯罪", "民营企业利益犯罪、危害税收征管犯罪"),
    ):
        article = json.loads(lines[index])["article"]
        titles = [g.title for g in draft(document_from_text(article, origin=f"zh-news-{index}", kind="text")).groups]
        assert whole in titles and cut not in titles
