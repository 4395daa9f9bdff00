"""engines/zh_strand_splits.py: a Chinese news group of four bullets or more that tells two strands,
one per paragraph run, becomes two groups; a group whose halves share a rare name (but for one name
alone, two paragraphs or more apart), or whose one half has no word of its own, stays whole."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_strand_splits import _Words, strand_cut
from citebrief.ingest import document_from_text
from conftest import load_records, shared_article


def _groups(name: str, record_id: str) -> list[list[str]]:
    index = next(i for i, r in enumerate(load_records(f"{name}.jsonl")) if str(r["id"]).endswith(record_id))
    brief = draft_extractive(document_from_text(shared_article(f"{name}.jsonl", index), origin="x", kind="text"))
    return [[point.text for point in group.points] for group in brief.groups]


def _group_of(groups: list[list[str]], words: str) -> list[str]:
    return next(g for g in groups if any(words in t for t in g))


def test_the_makers_pipeline_is_not_under_the_mechanism() -> None:
    # zh-news L1307: how PCSK9 works ([2], [3]) and 信达生物's 10 products and 35 new drugs ([5])
    # were one group titled "坏胆固醇"
    groups = _groups("zh-news", "_L1307")
    mechanism = _group_of(groups, "PCSK9是一种肝脏合成的蛋白酶")
    assert not any("信达生物已有10款产品" in t for t in mechanism)
    pipeline = _group_of(groups, "信达生物已有10款产品")
    assert len(pipeline) == 2 and any("35个新药品种" in t for t in pipeline)


def test_the_scam_and_the_real_service_are_two_groups() -> None:
    # zh-news L1301: the "客服"'s lines ([2], [3]) and what 百万保障 really is ([5])
    groups = _groups("zh-news", "_L1301")
    scam = _group_of(groups, "屏幕共享后")
    assert not any("安全保障服务" in t for t in scam)
    assert len(_group_of(groups, "安全保障服务")) == 2


def test_a_subject_said_on_both_sides_keeps_the_group_whole() -> None:
    # zh-news L1216: the donation ceremony and 达摩 himself both say 《达摩血脉论》 and 少林寺
    groups = _groups("zh-news", "_L1216")
    assert len(_group_of(groups, "捐赠仪式也同步在少林寺藏经阁举行")) == 4


def test_a_cut_asks_for_a_turn_of_paragraph_and_words_of_each_half() -> None:
    texts = [
        "警方抓获诈骗团伙成员5人。",
        "诈骗团伙冒充客服骗取钱款。",
        "气象台预计明天有暴雨。",
        "暴雨期间请市民减少出行。",
        "暴雨还将影响航班。",
    ]
    words = _Words(texts, frozenset())
    assert strand_cut([0, 1, 2, 3], words, [1, 1, 2, 2]) == 2
    assert strand_cut([0, 1, 2, 3], words, [1, 1, 1, 1]) is None  # no turn of paragraph
    assert strand_cut([0, 1, 2], words, [1, 1, 2]) is None  # too small to halve
    assert strand_cut([0, 2, 1, 3], words, [1, 1, 2, 2]) is None  # neither half has a word of its own


def test_two_passages_sharing_no_word_are_two_groups() -> None:
    # zh-news L754: the new device and its patents ([3]) and the 47 patients' results ([4]) were one
    # group; the device pair has no word of its own, but the pairs share no name or noun at all
    groups = _groups("zh-news", "_L754")
    results = _group_of(groups, "47例患者术中器械成功率为97.9%")
    assert len(results) == 2 and not any("专利授权" in t for t in results)
    # zh-news L1354: China's part ([3]) and Xi's speech ([4]) both say 中国 and stay one group (the hosting
    # itself is an overview point since the two slogans before it are no bullets: text/zh_exhortations.py)
    together = _group_of(_groups("zh-news", "_L1354"), "新时代的中国正致力于")
    assert len(together) == 3 and any("习近平主席的致辞" in t for t in together), together


def test_two_passage_cut_asks_for_no_shared_word() -> None:
    texts = ["该术式变成微创小切口手术。", "团队获得专利授权。", "患者器械成功率为97.9%。", "患者症状改善。"]
    words = _Words(texts, frozenset())
    assert strand_cut([0, 1, 2, 3], words, [3, 3, 4, 4]) == 2
    assert strand_cut([0, 1, 2, 3], words, [2, 3, 4, 4]) is None  # one pair spans two passages
    shared = ["该团队变成微创小切口手术。", "团队获得专利授权。", "患者器械成功率为97.9%。", "团队患者症状改善。"]
    assert strand_cut([0, 1, 2, 3], _Words(shared, frozenset()), [3, 3, 4, 4]) is None


def test_one_rare_word_ties_no_halves_that_lie_apart() -> None:
    # two dishes of a feature, each told in a passage of its own, that both use one ingredient
    texts = ["香椿拌豆腐是春天的凉菜。", "豆腐切块后拌入香椿末。", "银鱼羹是江南的名菜。", "厨师在银鱼羹里撒上香椿。"]
    words = _Words(texts, frozenset())
    assert strand_cut([0, 1, 2, 3], words, [1, 1, 4, 4]) == 2  # two paragraphs between them
    assert strand_cut([0, 1, 2, 3], words, [1, 1, 2, 2]) is None  # next to each other: one story
    assert strand_cut([0, 1, 2, 3], words, [1, 1, 3, 3]) is None  # one paragraph between them
