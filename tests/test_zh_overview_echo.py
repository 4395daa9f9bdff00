"""zh_overview_echo: a Chinese news group titled by the overview's title again, or a part of it,
takes the overview's title with the group's own noun after it, where its bullets say one; a
group whose bullets say none, a heading's title and a title of its own stay."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_overview_echo import echoes, overview_echoes, past_echo

DATA = Path("/work/shared/data")

_COURTS = [
    "全市法院系统充分发挥职能作用，构建了全方位的秦岭司法保障体系。",
    "《协议》提出，强化秦岭生态环境法治保障，推进西安秦岭生态环境保护审判体系建设。",
]


def test_echoes_reads_a_part_of_the_overview_title() -> None:
    assert echoes("秦岭生态", "秦岭生态环境保护")
    assert echoes("秦岭生态环境保护", "秦岭生态环境保护")
    assert not echoes("秦岭司法保障", "秦岭生态环境保护")
    assert not echoes("秦岭生态", "")


def test_a_part_of_the_overview_title_takes_the_group_noun_after_it() -> None:
    assert past_echo("秦岭生态", "秦岭生态环境保护", _COURTS, _COURTS, set()) == "秦岭生态环境保护审判体系"


def test_a_phrase_another_title_holds_is_not_taken() -> None:
    assert past_echo("秦岭生态", "秦岭生态环境保护", _COURTS, _COURTS, {"审判体系"}) == "秦岭生态"


def test_a_deed_of_the_title_alone_is_not_taken() -> None:
    bullets = ["公开资料显示，沈德咏生于1954年3月。", "2022年9月，官方通报，沈德咏严重违纪违法被开除党籍和公职。"]
    assert past_echo("沈德咏", "沈德咏受贿一案", bullets, bullets, set()) == "沈德咏"


def test_a_heading_group_and_an_own_title_stay() -> None:
    own: list[tuple[list[str], list[str]] | None] = [None, (_COURTS, _COURTS), (_COURTS, _COURTS)]
    titles = overview_echoes(["保护协议", "秦岭生态", "司法保障"], own, "秦岭生态环境保护")
    assert titles == ["保护协议", "秦岭生态环境保护审判体系", "司法保障"]


def test_no_news_group_title_is_a_part_of_its_overview_title() -> None:
    """On real news: the Qinling court-pact report's judicial group is no longer "秦岭生态" under
    "秦岭生态环境保护"; no brief of the first forty has a group title inside the overview's, unless
    its bullets give no longer name (a person's own name under his case)."""
    lines = (DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()
    found = []
    for line in lines[:60]:
        article = json.loads(line)["article"]
        if "秦岭" not in article[:400]:
            continue
        brief = draft(document_from_text(article, origin="article.txt", kind="text"))
        shown = (brief.groups[0].title or "").partition("：")[2]
        found.extend(g.title for g in brief.groups[1:] if g.title and echoes(g.title, shown))
        found.append(shown)
    assert "秦岭生态环境保护" in found
    assert "秦岭生态" not in found
