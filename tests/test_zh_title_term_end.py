"""zh_title_term_end: a news group title the article always writes before the same head character
(data/zh_term_end_heads.tsv) takes it back — "描金漆", not "描金" — where it says the title twice or
more; a continuation that varies, a particle after it, a head opening a longer word, a title said
once and a term that is another group's title leave the title as it is. A title ending on a verb or
noun the article always goes on with one phrase-closing word (data/zh_term_end_words.tsv) takes it:
"夜班公交延长运营", not a subject's verb (审议|通过) or a place (落户|常州)."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.zh_title_term_end import term_end_titles

_LACQUER = ["老师傅说，描金漆的工序很多，要刷上二十层。", "描金漆也由此得名，每件要做三个月。"]


def _term(title: str, texts: list[str], others: tuple[str, ...] = ()) -> str:
    used = {title.casefold(), *others}
    return term_end_titles([title], [(texts, texts)], texts, used)[0]


def test_a_title_always_written_before_one_head_takes_it() -> None:
    used = {"描金"}
    assert term_end_titles(["描金"], [(_LACQUER[1:], _LACQUER[1:])], _LACQUER, used) == ["描金漆"]
    assert used == {"描金漆"}


def test_a_continuation_that_varies_or_a_particle_keeps_the_title() -> None:
    assert _term("描金", [*_LACQUER, "描金工艺源远流长。"]) == "描金"  # once written apart: no term
    assert _term("城东", ["城东的道路很宽。", "城东的学校开学了。"]) == "城东"  # 的 heads nothing


def test_a_title_said_once_or_a_head_opening_a_longer_word_stays() -> None:
    assert _term("描金", _LACQUER[:1]) == "描金"
    assert _term("开发", ["这片开发区域很大。", "开发区域内有工厂。"]) == "开发"  # 区域, not 区


def test_a_term_that_is_another_title_stays() -> None:
    assert _term("描金", _LACQUER, others=("描金漆",)) == "描金"


def test_the_heads_table_reads() -> None:
    heads = data_lines("zh_term_end_heads.tsv")
    assert "漆" in heads and "院" in heads and all(len(h) == 1 for h in heads)
    assert not {"的", "在", "是", "会"} & set(heads)


_NIGHT_BUS = ["夜班公交延长运营两小时，方便市民出行。", "今年夜班公交延长运营的线路有五条。"]


def test_a_title_always_going_on_with_one_closing_word_takes_it() -> None:
    assert _term("夜班公交延长", _NIGHT_BUS) == "夜班公交延长运营"
    assert _term("湿地生态", ["湿地生态修复已完工。", "湿地生态修复花了三年。"]) == "湿地生态修复"


def test_a_varied_or_lone_continuation_a_verb_or_a_place_keeps_the_title() -> None:
    assert _term("夜班公交延长", [*_NIGHT_BUS, "夜班公交延长至凌晨。"]) == "夜班公交延长"
    assert _term("夜班公交延长", _NIGHT_BUS[:1]) == "夜班公交延长"
    assert _term("会议审议", ["会议审议通过了报告。", "会议审议通过了预算。"]) == "会议审议"
    assert _term("项目落户", ["新项目落户常州。", "新项目落户常州高新区。"]) == "项目落户"


def test_the_closing_words_table_reads() -> None:
    words = data_lines("zh_term_end_words.tsv")
    assert "运营" in words and "保护" in words and all(len(w) == 2 for w in words)
    assert not {"通过", "常州"} & set(words)
