"""A Chinese news opening that lists scenes and trails off ("捶打、压平、切割、晾晒……") is no bullet."""

from __future__ import annotations

from citebrief.engines.lead_points import dangling
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_teaser import teaser_list, without_teasers
from conftest import load_records


def test_a_list_that_trails_off_is_a_teaser() -> None:
    assert teaser_list("捶打、压平、切割、晾晒……")
    assert teaser_list("横排座椅、绿皮车身、开通初期线路图……")
    # a bracket's or a title's "、" and commas do not count
    assert teaser_list("对抗激烈的“三大球”(篮球、足球、排球)比赛、人机对弈的智力运动、龙狮表演《鼓舞飞扬》……")
    # a clause with a subject and its verbs
    assert not teaser_list("一年365天，他有200多天忙碌在试验田里，记录生长数据、进行田间管理、开展品种杂交……")
    assert not teaser_list("“1车车门良好、2车良好、3车良好……”")  # a quotation that trails off
    assert not teaser_list("捶打、压平、切割、晾晒。")  # no ellipsis: a list that ends
    assert not teaser_list("捶打、压平……")  # a pair
    assert dangling("捶打、压平、切割、晾晒……", "zh")


def test_teasers_leave_the_usable_sentences_where_enough_others_remain() -> None:
    trimmed = ["捶打、压平、切割、晾晒……", "a", "b", "c", "d"]
    assert without_teasers([0, 1, 2, 3, 4], trimmed) == [1, 2, 3, 4]
    assert without_teasers([0, 1, 2, 3], trimmed) == [0, 1, 2, 3]  # a short article keeps what it has


def test_the_opening_list_is_no_bullet_of_the_news_brief() -> None:
    """zh-news L1316 (record 50) opened its overview on "捶打、压平、切割、晾晒……" (readers: a fragment with
    no content as the first bullet); the lead that follows it is the first bullet now."""
    record = next(r for r in load_records("zh-news.jsonl") if r["id"].endswith("_L1316"))
    brief = draft(document_from_text(str(record["article"]), origin="x", kind="text"))
    bullets = [point.text for group in brief.groups for point in group.points]
    assert not any(teaser_list(bullet) for bullet in bullets)
    assert brief.groups[0].points[0].text.startswith("18日一早")
