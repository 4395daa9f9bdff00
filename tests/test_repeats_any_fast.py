"""`bullets.repeats_any` and the shingles it compares, held to the plain forms they replace
(a pair per step in Python; `min`'s call): the same answers, so the same briefs."""

from __future__ import annotations

import itertools
import random

import pytest

from citebrief.engines import bullets
from citebrief.engines.bullets import near_duplicate, repeats_any
from citebrief.model import Lang
from conftest import shared_article


def _plain_shingles(text: str, lang: Lang) -> frozenset[str]:
    if lang == "zh":
        compact = bullets._NON_WORD.sub("", text)
        return frozenset(compact[i : i + 2] for i in range(len(compact) - 1))
    words = bullets._EN_WORDS.findall(text.casefold())
    return frozenset(f"{a} {b}" for a, b in itertools.pairwise(words))


def _sentences(name: str, lang: Lang, limit: int) -> list[str]:
    stop = "。" if lang == "zh" else ". "
    articles = [shared_article(name, k) for k in range(3)]
    return [s for a in articles for s in a.split(stop) if s.strip()][:limit]


CASES: list[tuple[Lang, list[str]]] = [
    ("zh", ["", "。", "一", "春节：放假7天。", "国庆节：放假7天。", "春节：放假7天", "罚款3万元", "罚款6万元"]),
    ("en", ["", "Hi.", "The cat sat on the mat.", "the cat sat on the mat", "A dog sat on the mat."]),
]


def test_shingles_as_the_plain_form() -> None:
    for lang, texts in [
        *CASES,
        ("zh", _sentences("zh-policy.jsonl", "zh", 80)),
        ("en", _sentences("en-cnndm.jsonl", "en", 80)),
    ]:
        for text in texts:
            assert bullets._shingles(text, lang) == _plain_shingles(text, lang), text


def test_repeats_any_as_each_pair() -> None:
    for lang, texts in [*CASES, ("zh", _sentences("zh-policy.jsonl", "zh", 40))]:
        for text in texts:
            others = [t for t in texts if t is not text]
            expected = any(near_duplicate(text, other, lang) for other in others)
            assert repeats_any(text, iter(others), lang) == expected, text
    assert repeats_any("", [""], "zh") and not repeats_any("", ["一"], "zh")
    assert repeats_any("春节：放假7天。", ["春节：放假7天"], "zh")


def _random_texts(lang: Lang, seed: int, count: int) -> list[str]:
    """Texts over a few words or characters, so pairs share much and sketches collide."""
    rng = random.Random(seed)
    alphabet = "春节放假天国庆罚款万元3７6，。" if lang == "zh" else ["the", "cat", "sat", "on", "mat", "3", "7", "dog"]
    glue = "" if lang == "zh" else " "
    return [glue.join(rng.choices(alphabet, k=rng.randint(0, 14))) for _ in range(count)]


@pytest.mark.parametrize("bits", [bullets._SKETCH_BITS, 7, 0])
def test_sketch_bound_never_below_the_overlap(monkeypatch: pytest.MonkeyPatch, bits: int) -> None:
    """The sketches' bound lets go of no pair the set intersection keeps, whatever the collisions
    (8 bits, or one bit for all): random texts answer as `near_duplicate` pair by pair."""
    monkeypatch.setattr(bullets, "_SKETCH_BITS", bits)
    bullets._sketch.cache_clear()
    try:
        for lang in ("zh", "en"):
            texts = _random_texts(lang, seed=bits + 14, count=120)
            for text in texts:
                first, mask, spare = bullets._sketch(text, lang)
                for other in texts:
                    second, other_mask, other_spare = bullets._sketch(other, lang)
                    assert len(first & second) <= (mask & other_mask).bit_count() + min(spare, other_spare)
            for k, text in enumerate(texts):
                others = texts[k + 1 : k + 12]
                expected = any(near_duplicate(text, other, lang) for other in others)
                assert repeats_any(text, others, lang) == expected, (text, others)
    finally:
        bullets._sketch.cache_clear()
