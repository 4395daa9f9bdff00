"""A Chinese news bullet leaning on a sentence the brief does not hold gets it before it where it
fits; otherwise, and where the reader has what it leans on, it stays (a stand-in and a cut speaker
read worse: read 38i)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from conftest import shared_article


def _bullets(index: int) -> list[list[str]]:
    """A zh-news article's brief, raw text read as the blind readers read it, as its groups' bullets."""
    brief = draft_extractive(document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text"))
    return [[p.text for p in g.points] for g in brief.groups]


def _flat(index: int) -> list[str]:
    return [t for group in _bullets(index) for t in group]


def test_the_bare_project_follows_the_sentence_naming_it() -> None:
    # zh-news L97: "截至目前，工程已……" without the 古文字与中华文明传承发展工程 it means
    for group in _bullets(0):
        at = next((k for k, t in enumerate(group) if t.startswith("截至目前，工程已")), None)
        if at is not None:
            assert at > 0 and "古文字与中华文明传承发展工程" in group[at - 1]
            return
    raise AssertionError("the project's bullet is gone")


def test_bullets_no_sentence_before_answers_stay() -> None:
    # an answer to a dropped question (L764), the days left to school (L1304: the story's peg to
    # a reader) and a pronoun opening a group (L135) stay: their stand-ins read worse
    assert any("给出了答案" in t for t in _flat(127))
    assert any(t.startswith("17日，距离开学") for t in _flat(44))
    assert any("它们不但" in t for t in _flat(173))


def test_a_named_speaker_is_introduced() -> None:
    # zh-news L1309: "付倩表示，……" where no bullet says she is the employment bureau's deputy head; where
    # the bullet introducing her comes later (carried by a "不仅……" bullet: zh_not_only), hers says who she is
    bullets = _flat(107)
    said = next(k for k, t in enumerate(bullets) if t.startswith("付倩"))
    assert bullets[said].startswith("付倩（就业局副局长）表示") or any("副局长付倩" in t for t in bullets[:said])


def test_a_pronoun_after_its_speakers_quote_stays() -> None:
    # zh-news L1310: "……唐宇力看来，…… | “……” | 他表示，……": the bullet before names him; s300l: in
    # brackets too (`zh_pronoun_speakers`: a view's holder is no sentence's subject), the quote not carried
    assert any(t.startswith("他（唐宇力）表示，未来，杭州市园林文物局") for t in _flat(41))


def test_a_speaker_no_bullet_introduces_keeps_the_name() -> None:
    # zh-news L752: "林文还介绍，……" where no sentence short enough says who 林文 is: the reader wants
    # the attribution, so the bullet stays whole
    assert any(t.startswith("林文还介绍，今年1-7月") for t in _flat(10))


def test_an_example_follows_the_point_it_illustrates() -> None:
    """s51n (readers: "如“……”目前正……", an example whose point was cut): zh-news 108's Yiwu case after
    the foreign mediators it shows, zh-news 182's 安福路 after the old roads turned "新晋网红"."""
    for index, example, point in (
        (108, "如在浙江义乌的一起诉中涉外纠纷中", "不少地区探索引入外籍调解员“以外调外”"),
        (182, "比如，前两年，电影《爱情神话》带火了", "还有一些老马路成为“新晋网红”"),
    ):
        group = next(g for g in _bullets(index) if any(t.startswith(example) for t in g))
        at = next(k for k, t in enumerate(group) if t.startswith(example))
        assert at > 0 and point in group[at - 1], (index, group)
