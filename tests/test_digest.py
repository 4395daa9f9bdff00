"""The digest: a day's briefs regrouped by theme, bullets citing [article.paragraph]."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from citebrief.batch import BatchSettings, Sources, run_batch
from citebrief.cli import app
from citebrief.digest import OTHER_TITLE, build_digest
from citebrief.digest_model import Digest, DigestArticle, DigestCitation, DigestGroup, DigestPoint
from citebrief.errors import NotFound, UsageError
from citebrief.model import Brief, Document
from citebrief.render.digest import render_digest
from citebrief.store import BriefRow, Store
from citebrief.text.speaker_label import ZH_DAY_IN_PLACE
from helpers import run_cli
from test_batch import write_articles, zh_articles

FORMATS = ["text", "markdown", "json", "html"]


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, int]]:
    """A store holding one batch of 24 real Chinese news articles."""
    folder = tmp_path_factory.mktemp("day")
    write_articles(folder / "in", 24, start=60)
    store = Store.open(folder / "store.db")
    result = run_batch(Sources(inputs=(str(folder / "in"),)), store=store, settings=BatchSettings(backend="thread"))
    assert result.counts == {"done": 24}
    yield store, result.batch_id
    store.close()


@pytest.fixture(scope="module")
def digest(day: tuple[Store, int]) -> Digest:
    store, batch_id = day
    return build_digest(store.digest_sources(batch_id=batch_id), store.get_document, scope=f"batch {batch_id}")


def test_four_to_ten_groups_across_articles(digest: Digest) -> None:
    assert 4 <= len(digest.groups) <= 10
    assert len(digest.articles) == 24
    assert [a.n for a in digest.articles] == list(range(1, 25))
    cited_articles = [{c.article for p in g.points for c in p.citations} for g in digest.groups]
    # themes, not one article a group; only a newspaper section may list one story alone in it
    assert all(
        len(articles) >= 2 or group.section for articles, group in zip(cited_articles, digest.groups, strict=True)
    )
    assert all(group.title for group in digest.groups)
    themes = [group for group in digest.groups if group.title not in OTHER_TITLE.values() and not group.section]
    sizes = [len(group.articles) for group in themes]
    assert sizes == sorted(sizes, reverse=True)  # the themes gathering most articles first
    assert digest.groups[: len(themes)] == themes  # the sections and the stories that share no theme come last
    sections = [len(group.articles) for group in digest.groups if group.section]
    assert sections == sorted(sections, reverse=True)  # a story alone in its section after the fuller ones


def test_every_bullet_cites_a_paragraph_of_an_article_that_says_it(digest: Digest, day: tuple[Store, int]) -> None:
    store, _ = day
    for group in digest.groups:
        for point in group.points:
            assert point.citations
            for citation in point.citations:
                article = digest.articles[citation.article - 1]
                document = store.get_document(article.document_id)
                assert 1 <= citation.paragraph <= len(document.segments)
                paragraph = document.segment(citation.paragraph).text
                assert article.paragraphs[citation.paragraph] == paragraph
            # the first citation says the bullet; more are other articles' reports of the same point
            first = point.citations[0]
            document = store.get_document(digest.articles[first.article - 1].document_id)
            said = point.text.rstrip(" …").rstrip("…")
            # a Chinese clause closed with "。" where its source goes on after "；" or "，" (engines/zh_clause_stops.py)
            clauses = [said[:-1] + mark for mark in "；，"] if said.endswith("。") else []
            # a day the brief bracketed after 今天/当天 ("今天（7月27日）", engines/zh_today_brackets.py) is read
            # from the dateline; the source's own bracket ("今天（8月17日）", zh-news 70) stays
            plain = [ZH_DAY_IN_PLACE.sub("", text) for text in [said, *clauses]]
            assert any(text in document.segment(first.paragraph).text for text in [said, *clauses, *plain]), said
            assert len({c.article for c in point.citations[1:]} - {first.article}) == len(
                {c.article for c in point.citations[1:]}
            ) or all(c.article == first.article for c in point.citations)


def test_the_digest_is_the_same_every_time(digest: Digest, day: tuple[Store, int]) -> None:
    store, batch_id = day
    again = build_digest(store.digest_sources(batch_id=batch_id), store.get_document, scope=f"batch {batch_id}")
    assert again == digest


def test_groups_can_be_asked_for_and_are_bounded(day: tuple[Store, int]) -> None:
    store, batch_id = day
    sources = store.digest_sources(batch_id=batch_id)
    assert len(build_digest(sources, store.get_document, scope="s", groups=4).groups) == 4
    assert len(build_digest(sources, store.get_document, scope="s", groups=10).groups) == 10
    with pytest.raises(UsageError):
        build_digest(sources, store.get_document, scope="s", groups=11)


def test_a_few_articles_are_grouped_bullet_by_bullet(day: tuple[Store, int]) -> None:
    store, batch_id = day
    two = store.digest_sources(batch_id=batch_id)[:2]
    result = build_digest(two, store.get_document, scope="two")
    bullets = sum(len(g.points) for g in result.groups)
    assert bullets >= 4
    assert min(4, bullets) <= len(result.groups) <= 10
    assert {c.article for g in result.groups for p in g.points for c in p.citations} <= {1, 2}


def test_nothing_to_digest_is_not_found(day: tuple[Store, int]) -> None:
    store, _ = day
    with pytest.raises(NotFound, match="no briefs since tomorrow"):
        build_digest([], store.get_document, scope="since tomorrow")


# --- rendering --------------------------------------------------------------------------------


def _hostile() -> Digest:
    article = DigestArticle(
        n=1,
        document_id="0" * 16,
        brief_id=1,
        title="<script>alert(1)</script> & 标题",
        site="测试日报",
        published_at=datetime(2025, 5, 14, 22, 17, tzinfo=UTC),
        url="https://example.org/a?x=1&y=2",
        origin="https://example.org/a?x=1&y=2",
        paragraphs={3: 'He said "<b>no</b>" & left.'},
    )
    point = DigestPoint(text="A *bold* <claim> [1]", citations=[DigestCitation(article=1, paragraph=3)])
    return Digest(
        title="Digest",
        lang="en",
        scope="since 2025-05-14 08:00",
        groups=[DigestGroup(title="Claims & <tags>", points=[point], articles=[1])],
        articles=[article],
    )


def test_every_format_names_the_citations_and_lists_the_articles(digest: Digest) -> None:
    text = render_digest(digest, "text")
    assert text.splitlines()[0] == digest.title
    marks = re.findall(r"\[(\d+)\.(\d+)\]", text)
    assert len(marks) == sum(len(p.citations) for g in digest.groups for p in g.points)
    listed = text.split("\n文章\n", 1)[1].splitlines()
    assert [line.split("]")[0] for line in listed] == [f"[{n}" for n in range(1, 25)]
    markdown = render_digest(digest, "markdown")
    assert markdown.count("](#article-") == len(marks)
    assert all(f'<a id="article-{n}"></a>' in markdown for n in range(1, 25))
    assert Digest.model_validate_json(render_digest(digest, "json")) == digest
    html = render_digest(digest, "html")
    assert html.count('class="cite"') == len(marks)
    assert all(f'id="article-{n}"' in html for n in range(1, 25))


def test_article_text_is_escaped_in_html_and_markdown() -> None:
    hostile = _hostile()
    html = render_digest(hostile, "html")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 标题" in html
    assert "&lt;claim&gt;" in html
    assert 'title="He said &quot;&lt;b&gt;no&lt;/b&gt;&quot; &amp; left."' in html
    assert 'href="https://example.org/a?x=1&amp;y=2"' in html
    markdown = render_digest(hostile, "markdown")
    assert "\\<script\\>" in markdown
    assert "A \\*bold\\* \\<claim\\> \\[1\\]" in markdown
    text = render_digest(hostile, "text")
    assert "- A *bold* <claim> [1] [1.3]" in text
    assert "[1] <script>alert(1)</script> & 标题 — 测试日报 · 2025-05-14 22:17 — https://example.org/a?x=1&y=2" in text


# --- the command line -------------------------------------------------------------------------


def invoke(*args: str | Path) -> Result:
    """The command line in this process (typer's runner): the format matrix without a start-up each."""
    result = CliRunner().invoke(app, [str(arg) for arg in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_digest_command(fmt: str, day: tuple[Store, int], tmp_path: Path) -> None:
    store, batch_id = day
    by_batch = invoke("digest", "--batch", str(batch_id), "--db", store.path, "--format", fmt)
    assert by_batch.exit_code == 0, by_batch.stderr
    assert by_batch.stderr == ""
    since = invoke("digest", "--since", "2h", "--db", store.path, "--format", fmt, "--out", tmp_path / "d")
    assert since.exit_code == 0, since.stderr
    written = (tmp_path / "d").read_text(encoding="utf-8")
    if fmt == "json":
        assert len(json.loads(written)["articles"]) == 24
        assert json.loads(by_batch.stdout)["scope"] == f"batch {batch_id}"
    else:
        assert "[1." in written or "[2." in written


def test_digest_errors_are_one_line(day: tuple[Store, int], tmp_path: Path) -> None:
    store, _ = day
    tomorrow = (datetime.now() + timedelta(days=1)).strftime("%Y-%m-%d")
    empty = run_cli("digest", "--since", tomorrow, "--db", store.path)
    assert empty.returncode == 1
    assert empty.stderr.startswith("citebrief: error: no briefs since ")
    assert empty.stderr.count("\n") == 1
    bad = run_cli("digest", "--since", "yesterday-ish", "--db", store.path)
    assert bad.returncode == 2
    assert "--since takes a span such as 24h" in bad.stderr
    none = run_cli("digest", "--batch", "999", "--db", store.path)
    assert none.returncode == 1
    assert none.stderr == "citebrief: error: no briefs batch 999\n"


def test_list_and_show_browse_the_store(day: tuple[Store, int]) -> None:
    store, _ = day
    listed = run_cli("list", "--db", store.path, "--limit", "30")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 24
    brief_id, _, _, document_id = lines[0].split()[:4]
    found = run_cli("list", "--db", store.path, "--json", "--query", "台风")
    assert found.returncode == 0
    assert json.loads(found.stdout)
    assert all("台风" in store.get_document(row["document_id"]).text for row in json.loads(found.stdout))
    by_brief = run_cli("show", brief_id, "--db", store.path)
    by_document = run_cli("show", document_id[:8], "--db", store.path)
    assert by_brief.returncode == by_document.returncode == 0
    assert by_brief.stdout == by_document.stdout
    assert "Group 1" in by_brief.stdout
    html = run_cli("show", brief_id, "--db", store.path, "--format", "html")
    assert html.stdout.startswith("<!doctype html>")
    missing = run_cli("show", "424242", "--db", store.path)
    assert missing.returncode == 1
    assert missing.stderr == f"citebrief: error: {store.path}: no brief 424242 in the store\n"


def test_average_linkage_does_not_chain_through_one_shared_word() -> None:
    import numpy as np

    from citebrief.digest_linkage import ALONE, average_linkage

    # a and b tell one story, b and c share one word, a and c nothing; d is alone
    similar = np.array([[1.0, 0.5, 0.0, 0.0], [0.5, 1.0, 0.12, 0.0], [0.0, 0.12, 1.0, 0.02], [0.0, 0.0, 0.02, 1.0]])
    assert average_linkage(similar, threshold=0.1).tolist() == [0, 0, ALONE, ALONE]
    assert average_linkage(similar, groups=2).tolist() == [0, 0, 0, 1]


TYPHOON_A = (
    "中新网福州9月5日电 今年第11号台风“海葵”5日5时40分在福建东山县沿海登陆，登陆时中心附近最大风力有13级。\n\n"
    "福建省防汛抗旱指挥部4日已将防台风应急响应提升至Ⅰ级，沿海各地共转移群众16万余人，2.3万艘渔船回港避风。\n\n"
    "受台风“海葵”影响，福建沿海多地出现特大暴雨，漳州、厦门部分地区累计降雨量超过300毫米。"
    "气象部门预计，台风“海葵”登陆后强度将逐渐减弱，但强降雨仍将持续两天。"
)
TYPHOON_B = (
    "新华社厦门9月5日电 记者从福建省防汛抗旱指挥部获悉，台风“海葵”于5日凌晨在东山县登陆，"
    "全省提前转移群众16万余人，渔船全部回港避风。\n\n"
    "厦门、漳州等地中小学5日停课，沿海景区暂停开放，福州、厦门机场取消航班百余架次。\n\n"
    "应急管理部工作组已赶赴福建，指导防御台风“海葵”带来的暴雨和风暴潮，"
    "水利部针对福建启动洪水防御Ⅲ级应急响应。"
)
TEA_FUJIAN = (
    "中新网福州9月6日电 第十五届海峡两岸茶业博览会6日在福建武夷山开幕，来自两岸的三百余家茶企参展。\n\n"
    "本届茶博会设置茶文化体验、茶旅融合等展区，现场签约茶叶采购项目45个，金额12亿元。"
    "武夷山大红袍、安溪铁观音等福建名茶吸引大批客商洽谈。"
)


def _day_of(texts: list[str]) -> list[tuple[BriefRow, Brief, Document]]:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    day = []
    for k, text in enumerate(texts, start=1):
        document = document_from_text(text, origin=f"item-{k}.txt", kind="text")
        row = BriefRow(
            id=k, document_id=document.id, engine="extractive", created_at="", title=None,
            site=None, published_at=None, url=None, origin=f"item-{k}.txt",
        )  # fmt: skip
        day.append((row, draft(document), document))
    return day


def _digest_of(texts: list[str]) -> Digest:
    day = _day_of(texts)
    documents = {document.id: document for _, _, document in day}
    return build_digest([(row, brief) for row, brief, _ in day], documents.__getitem__, scope="day")


def _theme_of(digest: Digest, article: int) -> DigestGroup:
    return next(g for g in digest.groups if article in g.articles)


def test_one_event_from_two_outlets_is_one_theme_and_a_shared_place_is_not() -> None:
    """Two written reports of typhoon Haikui end in one theme titled by what they share; a tea
    fair in the same province shares only the place name and stays out of it."""
    digest = _digest_of([TYPHOON_A, *zh_articles(6, start=100), TEA_FUJIAN, TYPHOON_B])
    typhoon = _theme_of(digest, 1)
    assert typhoon.title not in OTHER_TITLE.values()
    assert 9 in typhoon.articles
    assert 8 not in typhoon.articles
    unquoted = [text.replace("“", "").replace("”", "") for text in (TYPHOON_A, TYPHOON_B)]
    assert all(typhoon.title in text for text in unquoted), typhoon.title  # a phrase both say (台风“海葵”)
    assert "福建" not in typhoon.title  # the place all three share says where, not what
    assert {c.article for p in typhoon.points for c in p.citations} >= {1, 9}  # both cited
    assert sum("16万余人" in p.text for p in typhoon.points) == 1  # one evacuation count, told once
    tea = _theme_of(digest, 8)
    assert tea.section or tea.title == OTHER_TITLE["zh"]  # a cross-strait fair: a section at most, no story
    own = [p.text for p in tea.points if p.citations[0].article == 8]
    assert own[0] == "第十五届海峡两岸茶业博览会6日在福建武夷山开幕，来自两岸的三百余家茶企参展。"  # its lead point
    figures = "本届茶博会设置茶文化体验、茶旅融合等展区，现场签约茶叶采购项目45个，金额12亿元。"
    assert own[1:] == [figures]  # and the figures its brief adds
    assert digest.groups.index(tea) > digest.groups.index(typhoon)  # the stories apart come after the themes


def test_the_same_point_from_two_outlets_is_one_bullet_citing_both() -> None:
    copy = TYPHOON_A.replace("中新网福州9月5日电 ", "本报福州9月5日电 ").replace("最大风力有13级", "最大风力13级")
    digest = _digest_of([TYPHOON_A, *zh_articles(6, start=100), copy])
    typhoon = _theme_of(digest, 1)
    assert 8 in typhoon.articles
    both = [p for p in typhoon.points if {c.article for c in p.citations} == {1, 8}]
    assert both, [p.citations for p in typhoon.points]
    assert len(typhoon.points) == len({p.text for p in typhoon.points})  # no bullet twice


def test_an_english_theme_is_titled_by_the_name_its_articles_write() -> None:
    from citebrief.digest_text import article_phrases
    from citebrief.digest_titles import theme_title

    texts = [
        "Arsenal beat Chelsea in the Premier League on Sunday. The Premier League leaders now sit five points clear.",
        "Newcastle lost again in the Premier League. Fans of the Premier League side booed the players off.",
        "A Premier League referee was not involved when the council approved a new library on Monday.",
        "The council approved a new library budget on Monday after a long debate about taxes.",
        "Rain is expected across the north at the weekend, forecasters said.",
    ]
    found = [article_phrases(text, "en") for text in texts]
    assert theme_title([0, 1], found, texts, "en", set()) == "Premier League"  # as written, not "premier league"
    assert theme_title([2, 3], found, texts, "en", set()) in {"Council", "Library", "Monday"}


def test_a_later_update_with_new_figures_is_not_cited_as_the_same_point() -> None:
    update = TYPHOON_A.replace("中新网福州9月5日电 ", "本报福州9月6日电 ").replace("16万余人", "21万余人")
    digest = _digest_of([TYPHOON_A, *zh_articles(6, start=100), update])
    typhoon = _theme_of(digest, 1)
    assert 8 in typhoon.articles
    for point in typhoon.points:
        if {c.article for c in point.citations} == {1, 8}:
            assert "16万" not in point.text and "21万" not in point.text  # a figure one of them does not say


def test_a_member_tied_to_one_other_by_a_word_leaves_the_theme() -> None:
    import numpy as np

    from citebrief.digest_themes import hold_together

    # 1 and 2 are one derby; 0 shares a club's name with each, weakly; 3 is close to both
    similar = np.array([[1.0, 0.12, 0.1, 0.05], [0.12, 1.0, 0.26, 0.2], [0.1, 0.26, 1.0, 0.22], [0.05, 0.2, 0.22, 1.0]])
    members = [0, 1, 2, 3]
    hold_together(similar, members, 0.1)
    assert members == [1, 2, 3]
    kept = [1, 2]
    hold_together(similar, kept, 0.1)  # a pair is judged by the linkage alone
    assert kept == [1, 2]


EN_FILLERS = [
    "Apple unveiled a thinner laptop on Tuesday with a faster chip and a longer battery life for students.",
    "A rare snowy owl was spotted in a Texas garden, drawing hundreds of bird watchers from nearby towns.",
    "The price of crude oil fell for a third week as traders weighed weak demand from factories in Asia.",
    "Scientists found that regular naps can improve memory in older adults, according to a new study.",
    "A Bristol bakery has won a national award for its sourdough after a blind tasting by judges.",
    "The city council approved a new cycle lane along the river after a long public consultation.",
]
ANZAC_A = (
    "An obscure agreement struck by state governments means most Australians will not get a day off this Anzac Day "
    "weekend. Because Anzac Day falls on a Saturday, no public holiday is added on the Monday. Unions called the rule "
    "unfair to workers who lose the Anzac Day holiday."
)
ANZAC_B = (
    "Crowds at the Anzac Day dawn service in Sydney were left fuming after a nightclub played loud dance music during "
    "the minute's silence. Veterans said the Anzac Day memorial deserved respect; the club apologised for the noise."
)
CAMERON = (
    "David Cameron announced plans to give workers three days of paid leave a year to volunteer. David Cameron said "
    "the policy would help charities, while business leaders warned about the cost of the paid leave."
)


def test_two_reports_of_one_event_are_one_theme_named_by_it_and_a_shared_name_is_not() -> None:
    """Anzac Day told two ways is one theme titled "Anzac Day"; an article about paid leave that
    shares the holiday's words but not the event stays out."""
    from citebrief.digest_themes import day_themes

    texts = [ANZAC_A, *EN_FILLERS[:3], CAMERON, *EN_FILLERS[3:], ANZAC_B]
    found = day_themes(texts, "en")
    anzac = next(theme for theme in found if 0 in theme.members)
    assert anzac.members == [0, len(texts) - 1]
    assert anzac.title == "Anzac Day"
    assert all(4 not in theme.members for theme in found)


def test_a_title_names_the_event_not_the_person_or_office_who_speaks() -> None:
    from citebrief.digest_text import article_phrases
    from citebrief.digest_titles import theme_title

    texts = [
        "John Carver knows a Tyne-Wear derby can make or break a manager. Carver lost his first Tyne-Wear derby. "
        "Carver said the players must fight.",
        "Newcastle lost the Tyne-Wear derby again as John Carver watched. Carver said sorry to the fans after "
        "the Tyne-Wear derby defeat.",
        *EN_FILLERS,
    ]
    found = [article_phrases(text, "en") for text in texts]
    assert theme_title([0, 1], found, texts, "en", set()) == "Tyne-Wear derby"
    zh = [
        "中新网上海8月1日电 受台风“卡努”影响，中央气象台发布暴雨预警。中央气象台表示，台风“卡努”将带来强降雨。",
        "中新网杭州8月1日电 中央气象台消息，台风“卡努”逐渐靠近浙江沿海，中央气象台提醒注意防范。",
        TEA_FUJIAN,
        "中新网北京8月1日电 第十届全国书法展览在北京开幕，展出作品三百余件。",
        "中新网成都8月1日电 成都大运会志愿者培训结束，近两万名志愿者将上岗。",
    ]
    phrases = [article_phrases(text, "zh") for text in zh]
    assert theme_title([0, 1], phrases, zh, "zh", set()) == "台风卡努"  # the typhoon, not the office reporting it


def test_a_lead_point_is_the_news_not_a_headline_byline_question_or_attribution() -> None:
    from citebrief.digest import _Bullet

    def bullet(text: str, paragraph: int) -> _Bullet:
        return _Bullet(1, "zh", text, [paragraph], 1.0, overview=True)

    news = bullet("8月19日，6套新型智能气象站在沙漠公路沿线安装完成并投入使用。", 2)
    for junk in (
        "题：广西京剧小伙爱“国漆”朴实器物绘出绚丽色彩作者 刘俊聪",
        "新疆阜康市城关镇山坡中心村党总支副书记白晓萍说。",
        "“我们的露营基地从2022年9月开始试营业。",
        "(CNN)Think it's hard to redeem your miles for an airline award ticket?",
        "It's well known that exercise can make your muscles bigger.",
    ):
        assert min([bullet(junk, 1), news], key=_Bullet.lead_rank) is news, junk


def test_official_stories_weigh_more_than_features_in_the_order_of_themes() -> None:
    from citebrief.digest_themes import standing

    texts = [
        "中新网衢州8月7日电 我们的露营基地从去年开始试营业，游客越来越多。",
        "央视网消息：政协第十四届全国委员会第六次主席会议18日在北京召开。",
        "中新社北京7月25日电 十四届全国人大常委会第四次会议初次审议刑法修正案(十二)草案。",
    ]
    weight = standing(texts, "zh")
    assert weight[1] > weight[0] and weight[2] > weight[0]


def test_a_report_whose_lead_names_the_event_joins_its_theme() -> None:
    """A short item on flights cancelled by typhoon Haikui says little else the two typhoon reports
    say, but its lead names the typhoon: it joins their theme, and the tea fair does not."""
    from citebrief.digest_themes import day_themes

    flights = (
        "中新网厦门9月5日电 受台风“海葵”影响，厦门高崎国际机场5日取消进出港航班120余架次，"
        "航空公司为旅客免费办理退改签。机场提醒旅客出行前关注航班动态。"
    )
    texts = [TYPHOON_A, *zh_articles(6, start=100), TEA_FUJIAN, flights, TYPHOON_B]
    found = day_themes(texts, "zh")
    typhoon = next(theme for theme in found if 0 in theme.members)
    assert typhoon.members == [0, 8, 9]
    assert typhoon.title == "台风海葵"
    assert all(7 not in theme.members for theme in found if not theme.section)


def test_a_story_is_placed_in_a_section_by_two_of_its_words() -> None:
    from citebrief.text.sections import section_of

    assert section_of("The striker scored twice as the Premier League leaders won again.", "en") == "Sport"
    assert section_of("Police arrested a man on Monday; he was later charged with theft.", "en") == "Crime and courts"
    assert section_of("A bank manager opened a new branch in the town centre on Monday.", "en") is None
    assert section_of("The first debate ended in a draw; two more matches follow in May.", "en") is None  # one word
    assert section_of("中国女排3比0战胜对手，夺得本届锦标赛冠军。", "zh") == "体育"
    assert section_of("警方迅速立案侦查，将犯罪嫌疑人抓获归案。", "zh") == "公安与司法"
    assert section_of("上海市产业青年创新大赛在长阳创谷启动。", "zh") is None


def test_stories_that_share_no_story_are_listed_by_section_before_the_rest() -> None:
    texts = [
        "Rovers beat United 2-1 in the league on Saturday. The striker scored both goals in the second half. "
        "The coach praised the squad's spirit after a difficult season.",
        "The council approved a new library budget on Monday after a long debate about local taxes. "
        "Work on the building starts in the spring and should take two years.",
        "The top seed lost in straight sets at the clay-court tournament on Wednesday. "
        "She had won the title last year and blamed a wrist injury for the defeat.",
        "Police arrested a man after a jewellery shop was robbed on the high street. "
        "He was charged with theft and will appear in court next week.",
        "A new museum of maritime history opened its doors to visitors in the harbour town. "
        "Its collection includes ship models, maps and the logbooks of local captains.",
        "A former nurse was jailed for four years after a jury convicted her of fraud. "
        "The judge said she had stolen from elderly patients over a decade.",
        "Gardeners are being urged to leave a corner of their lawns uncut to help bees and butterflies. "
        "Wild flowers in long grass feed insects through the summer months.",
        "A rare copy of a nineteenth-century atlas sold for twice its estimate at an auction in the city. "
        "The buyer, a private collector, bid by telephone.",
    ]
    digest = _digest_of(texts)
    titles = [group.title for group in digest.groups]
    assert titles == ["Football and tennis", "Crime and courts", OTHER_TITLE["en"]], titles  # sport by sport
    sport = digest.groups[0]
    assert sport.articles == [1, 3] and len(sport.points) == 2  # each story by its lead bullet
    assert sorted(digest.groups[2].articles) == [2, 5, 7, 8]
