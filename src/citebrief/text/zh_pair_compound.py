"""A Chinese news group titled by two parts ("防汛工作调度会、中央救灾救助资金") retitled by the term
the article forms of one word of each part ("防汛救灾"), where it writes one.

The pair steps (`engines/zh_run_titles.py`, `zh_two_strand_title.py`) name a small group of two
things by both; readers of zh-news marked such "A、B" titles as two topics over one group. A
demanding reader wants the one theme the two bullets share, and the article sometimes writes it
as a compound of the two parts' own words: "防汛" of the meeting's part and "救灾" of the
funds' part are "防汛救灾" in the article's "防汛救灾工作". That compound names the group whole
and is the group's own wording; where the article writes none, the pair stays (the text offers
no single theme: "暴雨洪灾、保险报案", "乱收费现象、项目对象范围").

Each word taken is of two characters or more and rare (`MIN_IDF`, so no "工作资金" of common
words), one from each part; the compound lies in one of the group's paragraphs on word boundaries and is no title
given already. It may modify the noun after it there ("防汛救灾|工作"): a term before its head
still names the theme, so no verb-end test (`titles.cleanly_cut`) is asked.
"""

from __future__ import annotations

from itertools import product

from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import tag_zh

LIST_MARK = "、"
PARTS = 2
MIN_WORD = 2
# a word of its own, as the pair steps ask of a part (zh_run_titles.MIN_IDF): "防汛", "救灾", not "工作"
MIN_IDF = 8.5


def compound_titles(titles: list[str], own: list[tuple[list[str], list[str]] | None], used: set[str]) -> list[str]:
    """`titles` with each two-part title of a group titled by its own text (`own`: its bullets and
    their paragraphs, None for a heading's group) as the compound its paragraphs write of one word
    of each part (module docstring); `used` gains it."""
    result = list(titles)
    for index, (title, group) in enumerate(zip(titles, own, strict=True)):
        parts = title.split(LIST_MARK)
        if group is None or len(parts) != PARTS:
            continue
        taken = used | {t.casefold() for j, t in enumerate(result) if j != index and t}
        compound = pair_compound(parts[0], parts[1], group[1], taken)
        if compound:
            result[index] = compound
            used.add(compound.casefold())
    return result


def pair_compound(first: str, second: str, texts: list[str], taken: set[str]) -> str:
    """The compound of a rare word of `first` and one of `second` (in either order) that one of
    the group's paragraphs (`texts`) writes on word boundaries, so the reader finds it there;
    "" where none, or where it is a title given already (`taken`)."""
    words_first, words_second = _rare_words(first), _rare_words(second)
    for left, right in (*product(words_first, words_second), *product(words_second, words_first)):
        compound = left + right
        if left == right or compound.casefold() in taken:
            continue
        for text in texts:
            if compound in text and on_word_boundaries(compound, text, "zh"):
                return compound
    return ""


def _rare_words(part: str) -> list[str]:
    """The words of `part` of two characters or more whose background IDF is MIN_IDF or more."""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    words = [w for w, _ in tag_zh(part) if len(w) >= MIN_WORD]
    values = background_idf().lookup(words).tolist() if words else []
    return [w for w, v in zip(words, values, strict=True) if v >= MIN_IDF]
