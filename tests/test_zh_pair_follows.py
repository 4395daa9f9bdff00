"""engines/zh_pair_follows.py: a Chinese news pair of strangers that no sentence of its theme
mends takes, for the bullet that gives way, the sentence right after the one that stays where it
shares a name or noun with it; a sentence that shares nothing is no tie, a story's next step is
no stranger, and a weather pair of two kinds is left to zh_weather_kinds."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from conftest import load_records, shared_article


def _groups(name: str, record_id: str) -> list[list[str]]:
    index = next(i for i, r in enumerate(load_records(f"{name}.jsonl")) if str(r["id"]).endswith(record_id))
    brief = draft_extractive(document_from_text(shared_article(f"{name}.jsonl", index), origin="x", kind="text"))
    return [[point.text for point in group.points] for group in brief.groups]


def _group_of(groups: list[list[str]], start: str) -> list[str]:
    return next(g for g in groups if any(t.startswith(start) for t in g))


def test_the_carnival_in_the_park_goes_on_with_the_park_not_the_painting_rules() -> None:
    # zh-news L1347: "……在园区内开展的……嘉年华活动将持续至10月底" stood beside the painting
    # contest's rules ("作品要体现生态环保主题……"); the writer's next sentence is the park's quizzes
    park = _group_of(_groups("zh-news", "_L1347"), "启动仪式上，欢乐谷集团表示")
    assert len(park) == 2
    assert any(t.startswith("活动期间，园区将设置多个环保知识问答点位") for t in park)
    assert not any(t.startswith("作品要体现生态环保主题") for t in park)


def test_the_market_scene_goes_on_with_its_diners() -> None:
    # zh-news L1220: the giant leg through the wall beside the film's landlady, who share no word;
    # the writer's next sentence is the diners' joke about the chill
    scene = _group_of(_groups("zh-news", "_L1220"), "食客转头一看")
    assert any(t.startswith("有食客笑言，来这吃饭") for t in scene)


def test_a_consultations_forecast_and_decision_stay_together() -> None:
    # zh-news L965: "要最高标准……加强回港船只" is no bullet since s80b (`zh_modal_leans`: the
    # consultation that decided it is two sentences up); "要层层压实……" carries "会商明确，……", and
    # the consultation's forecast ("会商指出，台风……") stands beside its decision
    groups = _groups("zh-news", "_L965")
    assert not any(t.startswith("要最高标准") for g in groups for t in g)
    decided = _group_of(groups, "会商明确")
    assert any(t.startswith("会商指出，台风") for t in decided)
    assert any("。要层层压实" in t for t in decided)


def test_a_next_sentence_that_shares_nothing_is_no_tie() -> None:
    # zh-news L989: after the new hall's floor areas the curator's words on the unearthed relics
    # would say what the next group says; the display cases stay beside the floor areas
    groups = _groups("zh-news", "_L989")
    halls = _group_of(groups, "展览面积约2.2万平方米")
    assert any(t.startswith("通过独立展柜") for t in halls)
    # zh_we_speakers (s48f) labels the relic group's "我们……" bullet with 冉宏林's interview line;
    # what stays pinned is that his words are not tied to the floor areas
    assert not any("冉宏林" in t for t in halls)


def test_a_step_of_the_story_is_no_stranger() -> None:
    # zh-news L1301 cut in passages of three sentences (as bench reads it): "屏幕共享后，……转到
    # '安全账户'" before "郑女士警觉起来……报警" is the scam's next step; taking "接到报警后，民警赶到"
    # for it lost the transfer the whole story turns on
    index = next(i for i, r in enumerate(load_records("zh-news.jsonl")) if str(r["id"]).endswith("_L1301"))
    text = "\n\n".join(split_paragraphs(shared_article("zh-news.jsonl", index), "zh"))
    brief = draft_extractive(document_from_text(text, origin="x", kind="text"))
    bullets = [point.text for group in brief.groups for point in group.points]
    assert any("便让郑女士将钱转到“安全账户”" in t for t in bullets)
    assert not any(t.startswith("接到报警后，民警赶到郑女士家中") for t in bullets)
