"""A bullet less an opener that only points back at the sentence before it ("对此，", "至于", "And").

Blind readers quoted "对此，中国科学院……于近期派出……" (zh-news 13), "至于强劲清洁系统的好处在于，……"
(zh-clts 2), "And by 2060, immigrants could account for …" (en-cnndm 18) and "Meanwhile, Labour MP
Tom Watson said …" (en-xsum 198, after the bullet it goes on from) as bullets opening
on a word that points at nothing, even where the bullet before is the sentence pointed at: in a
list each bullet is read alone, and these words add no claim ("但", "However" turn, and say
something: `en_turn_words` and `engines/bullets._strip_connective` drop those only where the
sentence turned on is not there). "此外，" `_strip_connective` drops from one sentence, not from
the head of two joined ("此外，浙江省红十字会亦……。其为……", zh-news 178). The openers are data
(`data/back_openers.tsv`). The opener goes only where what is left still says a claim: Chinese
at least `MIN_REST_CHARS_ZH` characters that lean on nothing before (`anaphora.needs_antecedent`,
`patterns.is_dangling`), English at least `MIN_REST_WORDS` words (`en_turn_words.without_opening`),
its first letter capitalised; "And yet" and "And so on" stay. A Chinese opener written without its
comma ("随后", "而") stays where the character after it makes a word with it ("而是", "而且",
"随后的": the table's "zh-glued" rows).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.model import Lang
from citebrief.text.anaphora import needs_antecedent
from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.patterns import is_dangling

MIN_REST_CHARS_ZH = 15  # what is left of a Chinese bullet once its opener goes
_EN_KEPT = r"(?!\s+(?:yet|so on)\b)"  # "And yet" turns; "And so on" is no opener


@cache
def _opener(lang: Lang) -> re.Pattern[str]:
    """The openers of `lang` in `data/back_openers.tsv` as one pattern matched at the start."""
    words = word_alternation(rows_by_kind("back_openers.tsv")[lang])
    if lang == "zh":
        return re.compile(rf"(?:{words})")
    # a row ends on its word ("And") or on the comma the article sets after it ("Meanwhile,")
    return re.compile(rf"(?:{words})(?:(?<=,)|\b(?![-'’])){_EN_KEPT}\s+(?=[\w'‘\"“])")


@cache
def _glued() -> frozenset[str]:
    """The characters that make one word with a Chinese opener written without its comma."""
    return frozenset(rows_by_kind("back_openers.tsv")["zh-glued"])


def without_back_opener(text: str, lang: Lang) -> str:
    """`text` less the opener of `data/back_openers.tsv` it opens on, where what is left reads
    alone; `text` itself otherwise."""
    found = _opener(lang).match(text)
    if lang == "en":
        from citebrief.text.en_turn_words import without_opening  # not on a Chinese start

        return without_opening(found, text)
    if found is None:
        return text
    if not found.group().endswith("，") and text[found.end() : found.end() + 1] in _glued():
        return text  # "而是……", "而且……": a word, not the opener
    rest = text[found.end() :].lstrip("，, ")
    if len(rest) < MIN_REST_CHARS_ZH or needs_antecedent(rest, "zh") or is_dangling(rest):
        return text
    return rest
