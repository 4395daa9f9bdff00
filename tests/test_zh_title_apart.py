"""A Chinese news group's title holding the overview's whole title that one bullet says gives way to
the phrase of the noun its bullets share apart from the other groups (`zh_title_apart`): the
Qinling report's judicial group, "秦岭司法保障体系"; a word one bullet writes, one the overview's
bullets write too, an act's word, and a title two bullets say keep the title. The bullets are
written for these tests, but the shared briefs'."""

from __future__ import annotations

import pytest

from citebrief.text.zh_title_apart import apart_titles, own_words
from conftest import shared_group_titles

SHOWN = "秦岭生态环境保护"
OVERVIEW = ("当日，西安中院与西安市秦保局共同召开签约仪式。", "秦岭西安段植被覆盖度显著上升。")
COURTS = [
    "全市法院系统充分发挥职能作用，构建了全方位的秦岭司法保障体系。",
    "《协议》提出，以行政执法、司法裁判引导市场主体，推进西安秦岭生态环境保护审判体系和审判能力现代化。",
    "近三年来，西安全市两级法院审理涉秦岭生态保护案件共计1643件。",
]
TITLE = "秦岭生态环境保护审判体系"


def _retitled(title: str, bullets: list[str], overview: tuple[str, ...] = OVERVIEW) -> str:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    return apart_titles(["", title], own, {SHOWN.casefold(), title.casefold()}, SHOWN, overview)[-1]


def test_the_groups_own_word_names_it() -> None:
    assert own_words(COURTS, list(OVERVIEW), SHOWN) == ["司法"]
    assert _retitled(TITLE, COURTS) == "秦岭司法保障体系"


@pytest.mark.parametrize(
    ("bullets", "overview"),
    [
        ([COURTS[0], COURTS[1].replace("司法裁判", "裁判"), COURTS[2]], OVERVIEW),  # one bullet writes 司法
        (COURTS, (*OVERVIEW, "加强司法力量。")),  # the overview's bullets write it too
        ([c.replace("司法", "发展") for c in COURTS], OVERVIEW),  # an act's word (vn), no thing
        ([*COURTS, "推进秦岭生态环境保护审判体系建设。"], OVERVIEW),  # two bullets say the title
    ],
)
def test_titles_with_no_own_word_or_said_twice_stay(bullets: list[str], overview: tuple[str, ...]) -> None:
    assert _retitled(TITLE, bullets, overview) == TITLE


def test_a_title_not_holding_the_overviews_stays() -> None:
    assert _retitled("审判体系", COURTS) == "审判体系"


def test_shared_brief_names_the_courts_group_apart() -> None:
    titles = shared_group_titles("zh-news.jsonl", 53)
    assert "秦岭司法保障体系" in titles and TITLE not in titles, titles


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (51, "历史城区高质量发展"),  # no noun its two bullets share apart from the overview's
        (62, "《敦煌文献全集》"),  # two bullets say it
        (64, "鲜辣美食产业"),
        (132, "学校法治副校长工作"),
    ],
)
def test_shared_titles_naming_the_groups_share_stay(index: int, title: str) -> None:
    assert title in shared_group_titles("zh-news.jsonl", index)
