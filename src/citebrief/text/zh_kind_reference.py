"""A Chinese sentence whose subject names its thing only as "the kind said before": "2023年1月至6月
共起诉此类犯罪2000余人。", "受其影响，10日至13日，东北地区……有中到大雨", "上述部分地区伴有短时强降水",
"“这些造假行为往往是……”". Read alone, the reader cannot tell which crimes, whose influence, which
regions: the sentence before says (it is no opening pronoun, so `text.anaphora.needs_antecedent`,
which reads a sentence's first characters, misses it behind a date or a quotation mark).

Narrow on purpose: 此类/该类/这类/上述 within the first clause (after a frame of at most a few
words), 受其影响 opening a sentence, a purpose aimed at "这一问题" ("为了解决这一问题，村委会……": alone,
the reader never learns what the problem was), and an opening quotation mark before the pronouns
`needs_antecedent` reads ("“这些……"). Not 其实, 尤其, 其他, 与其: those point at nothing before.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

FIRST_CLAUSE_CHARS = 16  # a kind word this far into the first clause is still its subject's

# 此类犯罪, 该类案件, 这类活动, 上述地区 in the first clause ("除上述……外" says what else: no lean)
_KIND_WORD = LazyPattern(rf"^(?!除)[^，。；：“”！？]{{0,{FIRST_CLAUSE_CHARS}}}?(?:此类|该类|这类|上述)")
# "受其影响，……", "对此，……", "为此，……": the cause or the matter is the sentence before's
_LEANING_OPENER = LazyPattern(r"^(?:受其影响|受此影响|对此|为此)[，,]")
# "为了解决这一问题，……", "为应对这一难题，……": a purpose aimed at a problem only the sentence before states
_PROBLEM_PURPOSE = LazyPattern(
    r"^为了?(?:解决|应对|破解|缓解|化解)(?:这一|这个|这些|此|该)(?:问题|难题|困境|矛盾|难点|痛点)[，,]"
)
# an opening quotation on a demonstrative ("“这些造假行为……", "“这种情况……")
_QUOTED_DEMONSTRATIVE = LazyPattern(r"^“(?:这些|这种|这类|此类|这一|这个|此举|该[\u4e00-\u9fff])")


def refers_back_zh(text: str, *, quoted: bool = True) -> bool:
    """Whether a Chinese sentence's subject is a kind or cause only the sentence before names;
    with `quoted` False, a quotation that opens on a demonstrative does not count (a speaker's
    "“这些……" is placed after the sentence it leans on, not joined to it: joined, a feature's
    scene and the craftsman's words read as one run-on, read 35a on zh-news L1291)."""
    demonstrative = quoted and _QUOTED_DEMONSTRATIVE.match(text)
    problem = _PROBLEM_PURPOSE.match(text)  # "为了解决这一问题，": which problem, the sentence before says
    return bool(_LEANING_OPENER.match(text) or problem or demonstrative or _KIND_WORD.match(text))
