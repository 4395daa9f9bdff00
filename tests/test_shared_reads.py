"""Work one brief shares between its steps instead of doing it twice gives the same answers as
doing it again: the cuts a sentence borrows from its paragraph, a bullet's text without its
asides, the quick test before a story-detail pattern."""

from __future__ import annotations

import random

import pytest
import rjieba

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text import tokenize, zh_asides
from citebrief.text.tokenize import new_brief, share_cuts, tag_zh
from conftest import load_records


@pytest.mark.parametrize("name", ["zh-policy.jsonl", "zh-news.jsonl", "zh-clts.jsonl"])
def test_every_cut_a_brief_keeps_is_jiebas_cut_of_that_text(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lent = 0
    real = rjieba.cut
    cut: list[str] = []
    for record in load_records(name)[:24]:
        document = document_from_text(record["article"], origin="test", kind="text")
        draft_extractive(document)
        # every sentence and bullet the brief noted and no title asked for (titles keep some words)
        parts = [part for part in tokenize._BRIEF_SOURCES if part not in tokenize._BRIEF_CUTS]
        cut.clear()
        monkeypatch.setattr(rjieba, "cut", lambda text, *args: cut.append(text) or real(text, *args))
        for part in parts:  # each asked for now, as a title would
            tokenize._zh_cut(part)
        monkeypatch.setattr(rjieba, "cut", real)
        lent += len(parts) - len(cut)  # given their paragraph's words, not cut again
        for text, words in tokenize._BRIEF_CUTS.items():
            assert words == real(text), text
    assert lent >= 20  # parts given their paragraph's words


def test_a_part_is_lent_its_words_only_where_jieba_must_cut() -> None:
    text = "国务院总理在北京会见了联合国秘书长。随后双方举行了会谈，签署了合作文件。"
    new_brief()
    tag_zh(text)
    second = text.index("随后")
    share_cuts(text, [(0, second), (second, len(text)), (2, 6), (second + 2, len(text))])
    assert tokenize._BRIEF_CUTS[text[:second]] == rjieba.cut(text[:second])
    assert tokenize._BRIEF_CUTS[text[second:]] == rjieba.cut(text[second:])
    assert text[2:6] not in tokenize._BRIEF_CUTS  # inside a run of Han characters: cut on its own
    assert text[second + 2 :] not in tokenize._BRIEF_CUTS
    share_cuts("一段没有切过的文字。", [(0, 3)])  # a text this brief never cut lends nothing
    assert "一段没" not in tokenize._BRIEF_CUTS


def test_lent_cuts_are_the_briefs_own() -> None:
    text = "国务院总理在北京会见了联合国秘书长。随后双方举行了会谈。"
    new_brief()
    tag_zh(text)
    share_cuts(text, [(0, text.index("随后"))])
    tokenize.lend_cuts([(text, "随后双方举行了会谈。")])
    assert "国务院总理在北京会见了联合国秘书长。" in tokenize._BRIEF_CUTS and tokenize._BRIEF_SOURCES
    new_brief()  # the next brief starts with none of them
    assert not tokenize._BRIEF_CUTS and not tokenize._BRIEF_SOURCES


def test_a_noted_part_is_cut_from_its_paragraph_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = "国务院总理在北京会见了联合国秘书长。随后双方举行了会谈，签署了合作文件。"
    inside = "在北京会见了联合国"  # starts and ends inside runs of Han characters
    new_brief()
    tag_zh(paragraph)
    second = "随后双方举行了会谈，签署了合作文件。"
    tokenize.lend_cuts([(paragraph, second), (paragraph, inside)])
    assert second not in tokenize._BRIEF_CUTS  # nothing sliced yet
    cuts: list[str] = []
    real = rjieba.cut
    monkeypatch.setattr(rjieba, "cut", lambda text, *args: cuts.append(text) or real(text, *args))
    assert [w for w, _ in tag_zh(second)] == real(second)
    assert not cuts  # the paragraph's words, no cut of its own
    assert [w for w, _ in tag_zh(inside)] == real(inside) and cuts == [inside]  # cut on its own


def test_a_bullet_without_its_asides_is_the_pattern_s_reading() -> None:
    bullets = [
        "长三角产业青年创新孵化基地（碳谷绿湾）举办大赛。",
        "山西阳泉煤业集团公司三矿（以下简称杏煤公司）发生事故。",
        "ATF（自重徒手功能性训练）的组合也非常受欢迎（据统计",
        "没有括号的一句话。",
    ]
    for bullet in bullets:
        assert zh_asides._unbracketed(bullet) == zh_asides._BRACKETED.sub(zh_asides._kept, bullet)


def test_a_story_detail_ends_on_one_of_its_last_characters() -> None:
    """The quick test before the pattern: a window the pattern matches ends on a character of
    _DETAIL_LAST (random windows of the pattern's own characters and others)."""
    alphabet = list("爸妈奶爷外婆公姥家人父亲母丈夫妻子儿女正在跟和一颗只张幅用拿自制")
    alphabet += list("，,；; 我你他她再先就并可利通的了是")
    rng = random.Random(11)
    matched = 0
    for _ in range(50000):
        window = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        if zh_asides._DETAIL_BEFORE.search(window):
            matched += 1
            assert window[-1] in zh_asides._DETAIL_LAST, window
    assert matched > 1000


@pytest.mark.parametrize("kind", ["skip", "background"])
def test_anchored_patterns_tried_once_give_the_tables_verdict(kind: str) -> None:
    """`is_structure` and `is_background` try the patterns anchored at the start once and search
    the rest: the verdict of searching the whole table, on every sentence and paragraph of the
    shared sets (and each sentence as a bullet would say it)."""
    from citebrief.engines.bullets import trim_sentence
    from citebrief.text import patterns

    check = patterns.is_structure if kind == "skip" else patterns.is_background
    texts: list[str] = []
    for name in ("zh-policy.jsonl", "zh-news.jsonl", "en-cnndm.jsonl"):
        for record in load_records(name)[:60]:
            document = document_from_text(record["article"], origin="test", kind="text")
            for segment in document.segments:
                texts += [segment.text, *(s.text for s in segment.sentences)]
    texts += [trim_sentence(t, "zh") for t in texts]
    found = 0
    for text in texts:
        flat = patterns._flat(text)
        whole = patterns._combined(kind, patterns._script(flat)).search(flat) is not None
        assert check(text) == whole, text
        found += whole
    assert found >= 20


def test_a_pattern_is_anchored_only_where_every_branch_is() -> None:
    from citebrief.text.patterns import _anchored, _top_branches

    assert _top_branches("^a|b(?:c|d)|[|]e") == ["^a", "b(?:c|d)", "[|]e"]
    assert _anchored("^a|^b") and _anchored("^(?:a|b)")
    assert not _anchored("^a|b") and not _anchored("a^") and not _anchored(r"\^a")


def test_boilerplate_split_in_two_gives_the_tables_verdict() -> None:
    from citebrief.extract import boilerplate

    lines = [example for _, _, example in boilerplate._rows()]
    for name in ("zh-policy.jsonl", "zh-news.jsonl", "en-cnndm.jsonl", "en-xsum.jsonl"):
        for record in load_records(name)[:80]:
            lines += [" ".join(p.split()) for p in record["article"].split("\n") if p.strip()]
            lines += [s for s in record["article"].replace("。", "。\n").split("\n") if s.strip()][:20]
    found = 0
    for line in lines:
        whole = boilerplate._whole().fullmatch(line.strip()) is not None
        assert boilerplate.is_boilerplate(line) == (whole or not boilerplate._HAS_WORD.search(line.strip())), line
        found += whole
    assert found >= 30  # every example, and the sets' own credit lines


def test_words_and_tags_apart_are_tag_zhs_pairs() -> None:
    from citebrief.text.tokenize import zh_words_tags

    for text in ["国务院总理在北京会见了联合国秘书长。", "大型新型机器人@iRobot，原料：红枣"]:
        words, tags = zh_words_tags(text)
        assert list(zip(words, tags, strict=True)) == tag_zh(text)


def test_the_dictionary_answer_is_asked_once_a_word_and_kept_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from citebrief.text import chunks

    words = ["国务院", "总理", "草间", "弥生", "林田", "湖草", "x", "秘书长"]
    assert [chunks._IN_DICTIONARY[w] for w in words] == [bool(rjieba.has_word(w)) for w in words]
    monkeypatch.setattr(chunks, "_DICTIONARY_MAX", 3)
    chunks._IN_DICTIONARY.clear()
    for word in words:
        assert chunks._IN_DICTIONARY[word] == bool(rjieba.has_word(word))
        assert len(chunks._IN_DICTIONARY) <= 4 + 1


def test_a_roundup_mark_is_looked_for_only_where_its_character_is() -> None:
    """`zh_roundup._items` asks each mark's pattern only of sentences holding the character it
    needs: a match without that character would be lost."""
    from citebrief.text import zh_roundup

    pieces = ["红枣黑芝麻粥", "，", "原料", "材料", "食材", "用料", "：", ":", "@", "iRobot", "1.", "2、", "窗户"]
    pieces += ["。", "；"]
    rng = random.Random(5)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        if zh_roundup._RECIPE.search(text):
            assert "料" in text or "材" in text, text
            found += 1
        if zh_roundup._BRAND.search(text):
            assert "@" in text, text
        if zh_roundup._NUMBERED.search(text):
            assert "：" in text or ":" in text, text
    assert found > 10
