"""`zh_unrelated._said_in` reads only the paragraph's words that start inside the sentence (a
bisection over their places): the same words as a scan of every word of the paragraph."""

from __future__ import annotations

from citebrief.engines.zh_unrelated import _placed_keys, _said_in
from citebrief.text.tokenize import new_brief

_PARAGRAPH = (
    "8月18日，国家防汛抗旱总指挥部启动防汛四级应急响应。水利部派出工作组赴四川、重庆指导抢险救援。"
    "气象部门预计，四川盆地西部仍有大到暴雨。各地要做好山洪地质灾害防范工作，及时转移受威胁群众。"
)


def _scanned(text: str, paragraph: str, placed: list[tuple[int, str]]) -> frozenset[str]:
    start = paragraph.find(text)
    end = start + len(text)
    return frozenset(word for at, word in placed if start <= at and at + len(word) <= end)


def test_a_sentence_says_the_words_a_full_scan_finds() -> None:
    new_brief()
    placed = _placed_keys(_PARAGRAPH)
    assert placed
    for low in range(0, len(_PARAGRAPH), 3):  # every cut of the paragraph, words split at its ends too
        for high in range(low + 1, len(_PARAGRAPH) + 1, 5):
            text = _PARAGRAPH[low:high]
            assert _said_in(text, _PARAGRAPH, placed) == _scanned(text, _PARAGRAPH, placed), text
