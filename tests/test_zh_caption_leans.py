"""In a dish feature whose photo captions are no bullets, a sentence that opens on a bare verb or
preposition ("佐以……") is no bullet either (engines/zh_caption_leans.py)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_caption_leans import caption_leans
from citebrief.ingest import document_from_text
from conftest import shared_article

_FEATURE = [
    "松仁玉米烙，金黄酥脆、香甜可口。",  # a caption the next sentences name again
    "最受欢迎的是松仁玉米烙。",  # "……的是": its subject is the "……的" phrase
    "厨师选用新鲜玉米粒。",
    "佐以松仁和火腿的醇厚鲜香，口感更加丰富。",  # leans on the cook before it
    "用小火把玉米粒慢慢煎到两面金黄。",
    "上菜前，撒上一层白糖。",  # a short lead: as `no_subject` reads it, a dish or an act named
    "桂花糖藕，把糯米塞进藕孔里蒸熟。",  # a short first clause names the dish the rest speaks of
]


def test_a_bare_verb_or_preposition_opens_no_bullet_in_a_feature_with_dish_captions() -> None:
    assert caption_leans(_FEATURE, [1] * len(_FEATURE), _FEATURE) == frozenset({3, 4})


def test_no_sentence_is_dropped_in_an_article_with_no_such_caption() -> None:
    texts = _FEATURE[2:]  # no caption: "佐以……" stays for the other readers to weigh
    assert caption_leans(texts, [1] * len(texts), texts) == frozenset()
    # the caption that no later sentence of its paragraph names again is no such caption
    assert caption_leans(_FEATURE, [1, 2, 2, 2, 2, 2], _FEATURE) == frozenset()


def test_the_slot_a_dish_caption_freed_goes_to_no_subjectless_sentence() -> None:
    # zh-clts 3: with "荠菜火腿拌天目春笋，……" no bullet, "佐以时鲜荠菜的清香口感和火腿的醇厚鲜美，……" took
    # its place, a blind reader's fragment; the group keeps a sentence with its own subject
    document = document_from_text(shared_article("zh-clts.jsonl", 3), origin="x", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    assert not any(b.startswith("佐以") for b in bullets)
    assert any(b.startswith("腌笃鲜自不必说") for b in bullets)
    assert any(b.endswith("莫过于是荠菜火腿拌天目春笋。") for b in bullets)
