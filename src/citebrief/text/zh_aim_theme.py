"""A Chinese official's statement with no hope nor pledge, themed by what it says the work aims at.

`zh_statement_theme` titles a speaker by the clause of hope or pledge ("希望……", "将……"), and
`zh_speaker_subject` a speaker's group by a rare noun most of its bullets share. An official's
remarks with neither stay titled by post and name ("统战部部长叶卫红"; zh-news 29), which says who
spoke, not about what. Such remarks carry their point as the object of a verb of aim: "该市着力
打造新时代“名士之乡”人才高地" — what the city builds is "人才高地".

So the first clause whose verb (a tagger's verb, outside quotation marks) is one of aim (聚焦,
围绕, 坚持, 推动, 打造) gives the theme where its object ends on a run of nouns at the clause's end
of four to ten characters, said on word boundaries: the object's head, the whole object or the
run past a quoted slogan or a 的 before it, not one cut off its modifier ("新|时代人才高地"). An
object that ends on a quoted slogan ("打造……的“雪顿盛宴”"), on a short noun ("聚焦“……”新目标",
"坚持“……”的原则") or on a verb ("推动文化传承与时代精神相融合": "融合", two characters) gives
none: its head is no sure theme, and the title stays as it was.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import tag_zh

MIN_THEME_CHARS = 4
MAX_THEME_CHARS = 10
_AIMS = frozenset({"聚焦", "围绕", "坚持", "推动", "打造"})
_RUN_TAGS = frozenset({"n", "nz", "vn", "nt", "j", "l"})  # no place: a place is no aim
_HEAD_AFTER = frozenset({"”", "」", "的"})  # the head run opens past a slogan or a 的, not a modifier
# a quotation (a slogan, not the theme) and the marks a clause ends on; zh_statement_theme reads them too
QUOTED = LazyPattern(r"“[^”]*”|「[^」]*」")
CLAUSE_STOPS = LazyPattern(r"[，；。！？]")


def aim_theme(statement: str) -> str:
    """The head noun run of the first aim verb's object in `statement`, or '' (module doc)."""
    for clause in CLAUSE_STOPS.split(QUOTED.sub(lambda quote: quote.group()[0] + quote.group()[-1], statement)):
        words = tag_zh(clause)
        aims = [at for at, (word, tag) in enumerate(words) if word in _AIMS and tag == "v"]
        if not aims:
            continue
        first = len(words)
        while first > aims[0] + 1 and words[first - 1][1] in _RUN_TAGS:
            first -= 1
        theme = "".join(word for word, _ in words[first:])
        whole = first == aims[0] + 1 or words[first - 1][0] in _HEAD_AFTER  # not "新|时代人才高地"
        fits = MIN_THEME_CHARS <= len(theme) <= MAX_THEME_CHARS and on_word_boundaries(theme, statement, "zh")
        return theme if whole and fits else ""
    return ""
