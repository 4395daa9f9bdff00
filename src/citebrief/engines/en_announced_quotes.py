"""An English bullet that announces the words after it and leaves them out ("After a few more
comments, including telling the woman she doesn't have a brain, McHenry delivers her biggest
sting.", "… told BBC Radio London:") carries the quotation it announces.

CNN/Daily Mail build up to a quotation with a sentence of its own and give the words in the next
("… McHenry delivers her biggest sting. | 'Maybe if I was missing some teeth they would hire me,
huh?' she says."). Picked alone, the sentence promises what the brief never says: readers of
en-cnndm flagged such bullets twice, the sting in no bullet while a group was titled by it, and a
bullet ending on a colon whose quotation was left out. Such a sentence ends on a colon or on
words that name what follows as something said (`data/en_announcing_words.tsv`: "sting", "this to
say", "the following"), and holds no quotation of its own. Its bullet carries the next sentence
where that opens on a quotation mark (not a quoted term: "'Mama' June …"), stands in the same
paragraph (or the next passage cut from one block), no bullet of the brief says it, and the two
fit one bullet (`CARRY_WORDS_WITH_ANTECEDENT_EN` of `anaphora`); a
quotation that goes on past that sentence is carried or closed by `en_quote_ends` after it. A
sentence that cannot carry its quotation keeps its bullet as it was.

A sentence that names a decision, list or terms that follow (`text.en_cataphora`: "… set out a
list of actions the trust must take") carries the sentence after it on the same terms, whatever
that opens on ("These included …"). One that cannot keeps its bullet: passing it over (en-cnndm
136, cut: a 49-word statement that "announced the following decision") regrouped that brief under
a weaker title for a decision the overview already gave, no surer a read.
"""

from __future__ import annotations

from functools import cache

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.scored import Carried, Scored
from citebrief.text.anaphora import CARRY_WORDS_WITH_ANTECEDENT_EN
from citebrief.text.data_files import data_lines, word_alternation
from citebrief.text.en_cataphora import names_what_follows
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import skip_reason
from citebrief.text.quote_fragments import ANY_MARK
from citebrief.text.speech_verbs_en import TablePattern

NAME = "en_announcing_words.tsv"
_ROW = LazyPattern(r"[a-z]+(?: [a-z]+)*")


def parse_rows(rows: tuple[str, ...]) -> tuple[str, ...]:
    """The endings of `NAME`'s rows; a row that is no lower-case words is an error naming it."""
    for row in rows:
        if not _ROW.fullmatch(row):
            raise ValueError(f"{NAME}: {row!r} is no lower-case ending of words")
    return rows


@cache
def _alternation() -> str:
    """The table's endings, checked, as one regex alternation (`word_alternation`: the longest first)."""
    return word_alternation(parse_rows(data_lines(NAME)))


# the sentence's close: a colon, or an ending of the table before the full stop
ANNOUNCES = TablePattern(lambda: rf"(?::|\b(?:{_alternation()})\.)\s*$")
# a sentence opening on a quotation: a mark, then words (not "'Mama' June Shannon and …", a quoted term)
_OPENS_QUOTE = LazyPattern(r"^['‘\"“](?![^'’\"”]{1,40}['’\"”]\s+\w)")


def announces(sentence: str) -> bool:
    """Whether `sentence` announces the words after it: it ends on a colon or on words of the table,
    and quotes no one itself."""
    return ANNOUNCES.search(sentence) is not None and ANY_MARK.search(sentence) is None


def _carried_next(scored: Scored, i: int, text: str) -> Carried | None:
    """`text` (sentence `i`'s bullet) joined to the sentence after it, where that stands in the same
    paragraph (or the next passage cut from one block) and the two fit one bullet; else None."""
    after = i + 1
    if after >= len(scored.units):
        return None
    unit, given = scored.units[i], scored.units[after]
    if given.paragraph != unit.paragraph and not (scored.passages and given.paragraph == unit.paragraph + 1):
        return None  # the writer's next paragraph is its own point
    joined = f"{text.rstrip()} {given.text.strip()}"
    if len(joined.split()) > CARRY_WORDS_WITH_ANTECEDENT_EN or skip_reason(joined) is not None:
        return None
    return Carried(joined, given.paragraph)


def announced_quote(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> Carried | None:
    """`text` (sentence `i`'s bullet) with the quotation it announces after it, or the decision or
    list it names as following, and the paragraph that stands in; None where the bullet announces
    none, or cannot carry it (module doc)."""
    after = i + 1
    if scored.lang != "en" or after >= len(scored.units) or after in everywhere:
        return None
    if not scored.units[i].text.rstrip().endswith(text.rstrip()[-20:]):
        return None  # a bullet cut before its sentence's end announces nothing
    words = scored.units[after].text.strip()
    if not names_what_follows(text) and not (announces(text) and _OPENS_QUOTE.match(words)):
        return None  # announces nothing, or no quotation after it
    joined = _carried_next(scored, i, text)
    if joined is None or any(near_duplicate(words, scored.trimmed[j], "en") for j in everywhere if j != i):
        return None  # another bullet says those words (a caption repeating them, say)
    return joined


def with_announced_quote(
    scored: Scored, i: int, text: str, everywhere: frozenset[int], citations: set[int]
) -> tuple[str, set[int]]:
    """`text` and its `citations` with the quotation it announces (`announced_quote`) and that
    quotation's paragraph, or both as they were."""
    announced = announced_quote(scored, i, text, everywhere)
    return (text, citations) if announced is None else (announced.text, {*citations, announced.paragraph})
