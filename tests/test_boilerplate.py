"""extract/boilerplate.tsv: every pattern drops its example line, and never an article's text.

Each pattern is tested three ways: its example line alone is boilerplate; the example glued in
front of an article paragraph (a crumb or a credit on the first paragraph) costs the example,
never the article; and glued after the paragraph ("…持续。返回腾讯网首页>>") likewise.
"""

from __future__ import annotations

import pytest

from citebrief.extract.boilerplate import is_boilerplate, patterns, strip_boilerplate

ARTICLE = "全国政协14日在京召开专题协商会，围绕推进制造业数字化转型建言献策，二十余位委员在会上发言。"
ARTICLE_EN = "The council approved the budget on Tuesday, after a debate that lasted most of the night."
ORDINARY_LINES = [
    ARTICLE,
    ARTICLE_EN,
    "记者：您如何看待今年的政策变化？",
    "记者会上，发言人表示将继续推进改革，确保各项措施落地见效。",
    "法院认定，原告对涉案作品享有版权所有人的全部权利。",
    "举报人称，该企业长期违规排放污水，当地环保部门已介入调查。",
    "分享经济的规模去年增长了三成，平台企业数量超过一千家。",
    "来源地不同的产品，关税税率也不同，出口企业需要逐项核对。",
    "一、总体要求",
    "2019年9月7日，华为在柏林发布了新一代麒麟处理器。",
    "Related costs, such as land acquisition, were not included.",
    "Tagging the shipments took the customs officers three weeks.",
    "Source material for the film came from the family's own letters, the director said.",
]
ALL = patterns()


def test_the_data_file_is_read() -> None:
    assert len(ALL) >= 30
    assert len({p.name for p in ALL}) == len(ALL), "pattern names are unique"


@pytest.mark.parametrize("pattern", ALL, ids=[p.name for p in ALL])
def test_example_is_boilerplate(pattern: object) -> None:
    example = pattern.example  # type: ignore[attr-defined]
    assert pattern.regex.fullmatch(example), f"{pattern.name} does not match its own example"  # type: ignore[attr-defined]
    assert is_boilerplate(example)
    assert strip_boilerplate(example) is None


@pytest.mark.parametrize("pattern", ALL, ids=[p.name for p in ALL])
def test_article_text_after_the_pattern_is_kept(pattern: object) -> None:
    example = pattern.example  # type: ignore[attr-defined]
    kept = strip_boilerplate(f"{example} {ARTICLE}")
    assert kept is not None, f"{pattern.name} deleted a paragraph holding article text"  # type: ignore[attr-defined]
    assert ARTICLE in kept


@pytest.mark.parametrize("pattern", ALL, ids=[p.name for p in ALL])
def test_article_text_before_the_pattern_is_kept(pattern: object) -> None:
    example = pattern.example  # type: ignore[attr-defined]
    kept = strip_boilerplate(f"{ARTICLE}{example}")
    assert kept is not None
    assert ARTICLE in kept


@pytest.mark.parametrize("line", ORDINARY_LINES)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)
    assert strip_boilerplate(line) == line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(f"首页 > 科技湃 > 正文 {ARTICLE}", ARTICLE, id="crumb-before-the-first-paragraph"),
        pytest.param(f"{ARTICLE}返回腾讯网首页>>", ARTICLE, id="back-link-after-the-last"),
        pytest.param(f"{ARTICLE} 本文来源：新京报 责任编辑：杜硕_NB12556", ARTICLE, id="credits-after-the-last"),
        pytest.param(f"当前位置：首页 > 经济 {ARTICLE}", ARTICLE, id="where-am-i"),
    ],
)
def test_boilerplate_cut_from_an_article_paragraph(line: str, expected: str) -> None:
    assert strip_boilerplate(line) == expected


@pytest.mark.parametrize("line", ["Source: City Statistics Office", "Photos: Getty Images", "Credit: AP/Jane Roe"])
def test_english_credit_lines_are_boilerplate(line: str) -> None:
    """A picture's or a figure's credit on a line of its own (credit-en) is no bullet."""
    assert is_boilerplate(line)


def test_an_english_credit_glued_to_text_keeps_the_text() -> None:
    """Where the credit ends in a line of text is unknown: the line stays whole, the text with it;
    and a speaker's turn labelled "Source:" is a sentence, kept."""
    assert strip_boilerplate(f"Source: City Council {ARTICLE_EN}") == f"Source: City Council {ARTICLE_EN}"
    assert not is_boilerplate("Source: We were told to keep quiet about the deal.")


def test_no_pattern_has_an_unbounded_repeat() -> None:
    """A `.*` or `.+` could swallow a whole paragraph; every repeat is bounded."""
    for pattern in ALL:
        source = pattern.regex.pattern
        assert ".*" not in source and ".+" not in source, pattern.name
