"""Verify does not read again what the brief already read (issue #14): the outline the draft found
is the one `structure.roles` gets for the same paragraphs (`outline.find_outline` keeps it for the
brief), and an English word is judged and stemmed once, not at each of its uses (`content_words`).
Each answer is as before."""

from __future__ import annotations

import pytest

from citebrief.text import outline, structure, tokenize
from citebrief.text.tokenize import content_words, new_brief

POLICY = [
    "一、总体要求",
    "坚持问题导向，统筹推进城乡供水设施建设，到年底前基本完成老旧管网改造任务。",
    "二、主要任务",
    "各地要加快推进排水管网建设，建立健全长效运行维护机制，切实提升城市排水能力。",
    "三、保障措施",
    "市县两级财政要按比例共同分担改造资金，省住房城乡建设厅负责督导检查。",
]


def test_verify_gets_the_outline_the_draft_found(monkeypatch: pytest.MonkeyPatch) -> None:
    new_brief()
    first = outline.find_outline(POLICY, "zh")  # the draft's outline
    assert [h.label for h in first] == ["总体要求", "主要任务", "保障措施"]
    asked: list[str] = []
    numbered = outline._numbered

    def counted(text: str) -> outline.Heading | None:
        asked.append(text)
        return numbered(text)

    monkeypatch.setattr(outline, "_numbered", counted)
    assert structure.roles(POLICY, "zh") == {0: "heading", 2: "heading", 4: "heading"}
    assert asked == []
    again = outline.find_outline(tuple(POLICY), "zh")
    assert again == first and again is not first  # each caller its own list
    again.clear()
    assert outline.find_outline(POLICY, "zh") == first
    new_brief()  # the next brief reads its paragraphs afresh
    assert outline.find_outline(POLICY, "zh") == first
    assert asked == POLICY


def _by_the_rule(text: str) -> list[tuple[int, str]]:
    """`content_words`' English words as its rule reads, each use judged and stemmed afresh."""
    found = []
    for match in tokenize._EN_LETTERS.finditer(text):
        word = match.group().lower().replace("’", "'").removesuffix("'s")
        if len(word) >= 2 and word not in tokenize.stop_words("en"):
            found.append((match.start(), tokenize.stem(word)))
    return found


def test_an_english_word_is_stemmed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Rising prices hit cities. The cities’ councils said prices rose; Rising costs worry Mary’s council."
    expected = _by_the_rule(text)
    assert [w for _, w in expected].count("pric") == 2 and (0, "ris") in expected and "mary" in dict(expected).values()
    asked: list[str] = []
    stem = tokenize.stem

    def counted(word: str) -> str:
        asked.append(word)
        return stem(word)

    monkeypatch.setattr(tokenize, "stem", counted)
    monkeypatch.setattr(tokenize, "_EN_STEMS", {}, raising=False)  # a fresh table
    words, names = content_words(text, "en")
    assert words == expected
    assert names == ["Mary’s"]
    assert len(asked) == len(set(asked))  # each word as written once: "Rising", "prices", "cities" too
    assert content_words(text, "en") == (words, names)
    assert len(asked) == len(set(asked))
