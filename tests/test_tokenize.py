"""Content-word tokenizers (citebrief.text.tokenize): the engine's view (terms and key phrases)
and the verify stage's (every content word with its offset, stems, names)."""

from __future__ import annotations

from collections import Counter

import pytest

from citebrief.engines.themes import PhraseStats, noun_runs, zh_phrases
from citebrief.text.tokenize import (
    analyze,
    content_words,
    en_reading,
    en_terms,
    is_zh_word,
    new_brief,
    stem,
    tag_zh,
    terms,
    zh_dictionary,
    zh_reading,
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "全国政协14日在京召开推进制造业数字化转型专题协商会",
            "zh",
            ["全国政协", "召开", "推进", "制造业", "数字化", "转型", "专题", "协商会"],
            id="zh-content-words",
        ),
        pytest.param(
            "The city's council voted to extend the tram lines in 2024.",
            "en",
            ["city", "council", "voted", "extend", "tram", "lines"],
            id="en-stop-words-possessives-numbers-out",
        ),
        pytest.param("的了是在和", "zh", [], id="zh-only-function-words"),
    ],
)
def test_terms(text: str, lang: str, expected: list[str]) -> None:
    assert terms(text, lang) == expected  # type: ignore[arg-type]


def test_analyze_keeps_offsets_into_the_text() -> None:
    text = "Port Alder approves a transit overhaul"
    for token in analyze(text, "en"):
        assert text[token.start : token.start + len(token.surface)] == token.surface
    zh = "建议深化产教融合，推动职业院校与龙头企业共建产业学院。"
    for token in analyze(zh, "zh"):
        assert zh[token.start : token.start + len(token.surface)] == token.surface


def test_personal_names_are_weighed_but_do_not_title_a_group() -> None:
    tokens = {t.word: t for t in analyze("张伟委员建议深化产教融合", "zh")}
    assert tokens["张伟"].is_term and not tokens["张伟"].is_phrase  # who spoke, not what about
    assert tokens["产教"].is_phrase and tokens["融合"].is_phrase


@pytest.mark.parametrize(
    ("text", "said_from"),
    [
        pytest.param("建议深化产教融合，推动职业院校与龙头企业共建产业学院。", 0, id="plain"),
        pytest.param("全国政协委员、某某大学校长：建议加快建设国家数据基础设施和算力网络。", 14, id="speaker-label"),
        pytest.param("的了是在和", 0, id="no-words"),
        pytest.param("2024年GDP增长5.2%，城镇新增就业1244万人，粮食产量创历史新高。", 16, id="mid-word-start"),
    ],
)
def test_zh_reading_is_what_the_tokens_give(text: str, said_from: int) -> None:
    # the engine's hot path reads terms and phrase runs without Token objects: the same words
    tokens = analyze(text, "zh")
    reading = zh_reading(text, said_from)
    assert reading.terms == [t.word for t in tokens if t.is_term]
    assert reading.term_starts == [t.start for t in tokens if t.is_term]
    spoken = [t for t in tokens if t.start >= said_from]
    first: dict[str, tuple[str, ...]] = {}
    second: dict[str, tuple[str, ...]] = {}
    assert zh_phrases(reading.phrase_runs, first) == noun_runs(spoken, text, "zh", second)
    assert first == second
    assert all(len(run) >= 1 for run in reading.phrase_runs)
    assert zh_reading(text, said_from) == reading  # again, every word now known: the quick look-up


@pytest.mark.parametrize(
    ("text", "said_from"),
    [
        pytest.param("Port Alder approves a transit overhaul worth $2.5bn in 2024.", 0, id="plain"),
        pytest.param("Council leader Jane Roe: The city's tram lines will reach the airport.", 24, id="speaker-label"),
        pytest.param("Mid-word: the 23-year-old O’Brien's tram-lines", 11, id="mid-word-start"),
        pytest.param("a an the of 12 3.5%", 0, id="no-terms"),
        pytest.param("", 0, id="empty"),
    ],
)
def test_en_reading_is_what_the_tokens_give(text: str, said_from: int) -> None:
    # the engine reads English terms without a Token per word; the tokens a title may ask for
    # (from the speaker's label on) are made when it iterates, the same as before
    tokens = analyze(text, "en")
    reading = en_reading(text, said_from)
    assert reading.terms == [t.word for t in tokens if t.is_term]
    assert reading.term_starts == [t.start for t in tokens if t.is_term]
    assert list(reading) == [t for t in tokens if t.start >= said_from]
    assert list(reading) == list(reading)  # asked again, the same tokens
    assert noun_runs(reading, text, "en") == noun_runs([t for t in tokens if t.start >= said_from], text, "en")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        pytest.param(["建议深化产教融合，推动职业院校共建产业学院。", "副组长：丁学东 国务院副秘书长"], "zh", id="zh"),
        pytest.param(["Port Alder approves a transit overhaul.", "Port Alder voters back a tram plan."], "en", id="en"),
    ],
)
def test_phrase_stats_are_counted_when_asked_and_as_before(texts: list[str], lang: str) -> None:
    readings = [zh_reading(t) if lang == "zh" else analyze(t, "en") for t in texts]
    stats = PhraseStats(texts, readings, lang)  # type: ignore[arg-type]
    assert "_counted" not in vars(stats)  # nothing read yet: most briefs never ask
    parts: dict[str, tuple[str, ...]] = {}
    phrases = [
        zh_phrases(r.phrase_runs, parts) if lang == "zh" else noun_runs(r, t, "en", parts)  # type: ignore[union-attr, arg-type]
        for t, r in zip(texts, readings, strict=True)
    ]
    if lang == "zh":
        phrases[1] = []  # a member line (structure) names people and offices, not the subject
    assert stats.per_paragraph == [Counter(p) for p in phrases]
    assert list(stats.overall.items()) == list(Counter(p for ps in phrases for p in ps).items())
    assert stats.parts == parts and stats.per_paragraph[0]


def test_tag_zh_covers_the_text() -> None:
    text = "国务院总理在北京会见了联合国秘书长。"
    assert "".join(word for word, _ in tag_zh(text)) == text


def test_content_words_give_offsets_stems_and_names_in_english() -> None:
    text = "The council met Mayor Lin in Port Alder. NASA agreed."
    words, names = content_words(text, "en")
    assert [w for _, w in words] == ["council", "met", "mayor", "lin", "port", "alder", "nasa", "agre"]
    assert all(text.lower()[offset:].startswith(word[:3]) for offset, word in words)
    assert names == ["Mayor", "Lin", "Port", "Alder", "NASA"]  # "The" opens a sentence: not a name


def test_content_words_find_chinese_places_and_organizations() -> None:
    words, names = content_words("国务院总理在北京会见了联合国秘书长。", "zh")
    assert [w for _, w in words] == ["国务院", "总理", "北京", "会见", "联合国", "秘书长"]
    assert names == ["国务院", "北京", "联合国"]
    assert content_words("国务院总理在北京会见了联合国秘书长。", "zh", names=False)[1] == []


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [
        pytest.param("cities", "city", id="ies"),
        pytest.param("lines", "lin", id="es"),
        pytest.param("running", "runn", id="ing"),
        pytest.param("bus", "bus", id="too-short-to-cut"),
        pytest.param("quickly", "quick", id="ly"),
    ],
)
def test_stem_is_crude_but_consistent(word: str, stemmed: str) -> None:
    assert stem(word) == stemmed


TAGGED_TEXTS = [
    "国务院办公厅关于推广第二批支持创新相关改革举措的通知",
    "2024年全国规模以上工业企业实现利润总额6.3万亿元，比上年增长3.5%。",
    "李强在北京主持召开国务院常务会议，研究部署AI+制造行动。",
    "长江三角洲区域一体化发展规划纲要印发实施",
]


def test_tags_from_the_word_table_are_rjiebas() -> None:
    import rjieba

    from citebrief.text import tokenize

    for clear in (True, False):  # the table filled word by word, then read
        if clear:
            tokenize._ZH_TAGS.clear()
            tokenize._ZH_SEEN.clear()
        for text in TAGGED_TEXTS:
            assert tag_zh(text) == rjieba.tag(text)


def test_a_word_jieba_cuts_further_alone_is_tagged_with_its_text() -> None:
    import rjieba

    from citebrief.text import tokenize

    # "这条" is one word of this cut (jieba's HMM joins it, tagged mq) but two when tagged alone
    text = "大家看这条辅助线应该画在哪？"
    assert "这条" in rjieba.cut(text) and rjieba.tag("这条") == [("这", "r"), ("条", "n")]
    tokenize._ZH_TAGS.clear()
    tokenize._ZH_SEEN.clear()
    assert tag_zh(text) == rjieba.tag(text)


def test_a_brief_reads_its_own_cuts_again_and_no_other_briefs() -> None:
    import rjieba

    from citebrief.text import tokenize

    text = "国务院总理在北京会见了联合国秘书长。"
    tokenize.new_brief()
    first = [w for w, _ in tag_zh(text)]
    assert first == rjieba.cut(text) and text in tokenize._BRIEF_CUTS  # the titles' second cut is a look-up
    assert [w for w, _ in tag_zh(text)] == first
    tokenize.new_brief()
    assert text not in tokenize._BRIEF_CUTS  # the next brief cuts its texts afresh


def test_the_dictionary_look_up_is_is_zh_words_and_one_for_every_caller() -> None:
    """chunks and titles ask jieba's dictionary through one cached look-up (`zh_dictionary`)."""
    look_up = zh_dictionary()
    assert look_up is zh_dictionary()
    for word in ("供电", "线路", "林田湖草", "草间弥生", "x"):
        assert bool(look_up(word)) == is_zh_word(word)
    assert look_up("供电") and not look_up("电线路板厂")


def test_a_text_tagged_again_in_a_brief_gives_the_same_tags_as_the_callers_own() -> None:
    import rjieba

    from citebrief.text import tokenize
    from citebrief.text.tokenize import zh_words_tags

    text = "市场监管局依法对当事人作出行政处罚决定，责令其停止生产销售不合格产品。" * 12  # past tag_zh's own table
    tokenize.new_brief()
    words, tags = zh_words_tags(text)
    assert list(zip(words, tags, strict=True)) == rjieba.tag(text) and text in tokenize._BRIEF_TAG_LISTS
    tags[0] = "x"  # a caller (`chunks`) changes its tags: the next caller's are still jieba's
    assert zh_words_tags(text)[1] == [t for _, t in rjieba.tag(text)] == [t for _, t in tag_zh(text)]
    tokenize.new_brief()
    assert text not in tokenize._BRIEF_TAG_LISTS  # the next brief tags its texts afresh


def test_a_new_word_said_often_in_a_text_is_tagged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph that says a word new to the table a dozen times asks the tagger once for it
    (issue 14: the first brief of each new document tagged "事故" twelve times in one paragraph)."""
    import rjieba

    from citebrief.text import segmenter, tokenize

    asked: Counter[str] = Counter()
    tag = segmenter.tag

    def counted(text: str) -> list[tuple[str, str]]:
        asked[text] += 1
        return tag(text)

    monkeypatch.setattr(segmenter, "tag", counted)
    for text in (
        "事故发生后，事故调查组赶到事故现场，查明事故原因。",
        "大家看这条辅助线，这条线应该画在哪？这条呢？",  # "这条": the whole text tagged, once
    ):
        monkeypatch.setattr(tokenize, "_ZH_TAGS", {})
        tokenize.new_brief()
        asked.clear()
        assert tag_zh(text) == rjieba.tag(text)
        assert asked and max(asked.values()) == 1, asked
        assert len(asked) <= len(set(rjieba.cut(text))) + 1


def test_an_accented_english_word_is_one_term() -> None:
    # an ASCII class made "Zoë Müller" the terms "zo" and "ller", so bullets naming her shared no term
    assert terms("Zoë Müller said the café in Łódź had closed.", "en") == ["zoë", "müller", "café", "łódź", "closed"]


def test_a_text_in_another_latin_language_reads_ascii_words() -> None:
    # a brief of a Welsh text reads its words as before accents were letters ("Tân": no term)
    try:
        new_brief(accents=False)
        assert en_terms("Gwasanaeth Tân ac Achub") == ["gwasanaeth", "ac", "achub"]
    finally:
        new_brief()
    assert en_terms("Gwasanaeth Tân ac Achub") == ["gwasanaeth", "tân", "ac", "achub"]
