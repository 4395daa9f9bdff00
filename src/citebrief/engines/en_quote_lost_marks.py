"""An English bullet that is a quotation's line the page's marks no longer show as one: its
speaker's name in brackets, as `en_quote_owners` gives a marked line's.

A one-block BBC page glues each paragraph's marks to the sentences beside it, and a cut that
gives a mark to the wrong side leaves a quotation's later paragraph bare: 'Root, …, said: "It's a
great feeling." | Those two occasions at Lord's were batsman error on my part.', or '"Their
spirit was broken," said … Geoffrey Boycott. | "Full marks to England - … bowling. | England are
in a good place and will win again.' No reader took these for quotation lines (`quote_reading`
and `quotation_middles` saw no mark), so the bullet stood as words no one says (en-xsum 17).

Here a bullet whose sentence carries no mark at all is such a line where it speaks in the first
person (the speaker's "my", "we": `data/en_quote_lost_marks.tsv`; not in a story the writer tells
as "I", `quote_reading`) right after a sentence quoting someone, or follows a sentence that opens
a quotation on a mark nothing closes, itself right after a sentence quoting someone; all in the
bullet's passage or the one before. The speaker is read only where that sentence names one person
plainly: the name opening it before its verb and colon ("Root, who twice fell …, said: "…"),
or the name closing it after the quotation and its verb ('"…," said former England batsman
Geoffrey Boycott.'); the article must write them as a person (`en_actors.is_person`) and the
bullet's group must not name them as speaking already (`en_quote_owners.group_says`). The bullet
is shown between marks, as a quotation's unmarked middle is.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from citebrief.engines.en_pronoun_speakers import opening_sentence
from citebrief.engines.en_quote_follows import wholly_quoted
from citebrief.engines.en_quote_owners import group_says, opens_on
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person, key
from citebrief.text.en_unattributed import quote_reading
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import labelled
from citebrief.text.speech_verbs_en import TablePattern, alternation

_MARK = LazyPattern(r"['‘’\"“”]")  # any quotation mark (an apostrophe inside a word is read apart)
_OPENS_DOUBLE = LazyPattern(r"^\s*[\"“]\S")
_CLOSES_DOUBLE = LazyPattern(r"[.!?][\"”]\s*$")
_SAYS = TablePattern(lambda: rf"\b{alternation('quoted')}\b")
MOST_RUN = 3  # sentences of the bare run on each side of the bullet's, at most
MOST_LINES = 2  # wholly quoted lines between the run and its speaker's sentence, at most
_WORDS = LazyPattern(r"[A-Za-z][A-Za-z'’]*")
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
# the name opening a sentence, a clause set off by commas, then the verb, a colon and the quotation:
# 'Root, who twice fell to poor strokes …, said: "It's a great feeling."'
_HEAD_SAYS = TablePattern(
    lambda: rf"^[\s\"“]?(?P<who>{_NAME})(?:, [^,\"“:]{{1,160}},)? {alternation('quoted')}:\s*[\"“][^\"“”]+[\"”]\s*$"
)
# the quotation, its verb and the name closing the sentence: '"…," said former England batsman Geoffrey Boycott.'
_TAIL_SAID = TablePattern(
    lambda: (
        rf"^\s*[\"“][^\"“”]+[,!?][\"”] {alternation('quoted')} (?:[a-z][\w-]* |[A-Z][\w-]+ ){{0,5}}?"
        rf"(?P<who>{_NAME})\.\s*$"
    )
)


@cache
def _first_person() -> frozenset[str]:
    return frozenset(data_lines("en_quote_lost_marks.tsv"))


def first_person(text: str) -> bool:
    """Whether `text` says a first-person word (`data/en_quote_lost_marks.tsv`): "my", "we", "I'm"."""
    words = _first_person()
    return any(word.replace("’", "'") in words for word in _WORDS.findall(text))


def named_unmarked_line_en(scored: Scored, i: int, text: str, points: Sequence[Point]) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, between marks after its speaker's name in brackets, and
    the paragraph naming the speaker, where it is a quotation's line that lost its marks (module
    doc); None where it is not, the speaker is unsure or the group (`points`) names them."""
    text = _unwrapped(text)  # a quotation's middle, shown between marks (`en_quote_reading.quotation_middles`)
    if scored.lang != "en" or text.startswith("[") or not _bare(text):
        return None
    opens = opening_sentence(scored, i, text, opens_on)
    texts = [unit.text for unit in scored.units]
    if opens is None or not _bare(texts[opens]):
        return None
    others_speak, quoted = quote_reading(tuple(texts))
    run = _bare_run(texts, opens)
    if run is None or quoted[opens] or not (others_speak and any(first_person(texts[k]) for k in run)):
        return None  # not a run of lines between a closing mark and a stray one, or no one speaks in it
    said = _speaker_sentence(texts, run.start - 1)
    if said is None or not _near(scored, said, opens):
        return None
    name = _speaker(texts[said])
    if name is None or not is_person(name, texts) or group_says(key(name), points):
        return None
    return labelled(name, f'"{text.strip()}"'), scored.units[said].paragraph


def _bare_run(texts: Sequence[str], at: int) -> range | None:
    """The sentences with no mark around sentence `at`, where the one before them ends on a closing
    double mark and the one after opens on a mark (the page's closing mark, glued to the wrong
    side: '… I've played. | "Coach Trevor Bayliss said: …'); None where either is not so."""
    start, stop = at, at + 1
    while start > 0 and at - start < MOST_RUN and _bare(texts[start - 1]):
        start -= 1
    while stop < len(texts) and stop - at < MOST_RUN and _bare(texts[stop]):
        stop += 1
    if not start or stop == len(texts) or not _CLOSES_DOUBLE.search(texts[start - 1]):
        return None
    return range(start, stop) if _OPENS_DOUBLE.match(texts[stop]) else None


def _unwrapped(text: str) -> str:
    """`text` less the pair of double marks around it where it holds no other mark: a run's line
    that `quotation_middles` read as a quotation's middle comes here already between marks."""
    core = text.strip()
    inner = core[1:-1]
    return inner if len(core) > 2 and core[0] == core[-1] == '"' and _bare(inner) else text


def _speaker_sentence(texts: Sequence[str], last: int) -> int | None:
    """The sentence at or before `last` naming the quotation's speaker (`_speaker`), past at most
    `MOST_LINES` of its lines ('"Full marks to England - …."': wholly quoted, no verb of saying)."""
    for k in range(last, max(last - MOST_LINES, 0) - 1, -1):
        if _speaker(texts[k]) is not None:
            return k
        if not wholly_quoted(texts[k]) or _SAYS.search(texts[k]):
            return None  # the writer's sentence, or a speaker this does not read
    return None


def _speaker(sentence: str) -> str | None:
    """The one person `sentence` names as saying its quotation, at its head or its tail (module doc)."""
    found = _HEAD_SAYS.match(sentence) or _TAIL_SAID.match(sentence)
    return found.group("who") if found is not None else None


def _bare(text: str) -> bool:
    """Whether `text` holds no quotation mark (an apostrophe inside a word, "Lord's", aside)."""
    return all(
        0 < found.start() < len(text) - 1 and text[found.start() - 1].isalpha() and text[found.start() + 1].isalpha()
        for found in _MARK.finditer(text)
    )


def _near(scored: Scored, before: int, i: int) -> bool:
    """Whether sentence `before` stands in sentence `i`'s passage or the one before."""
    return scored.units[before].paragraph >= scored.units[i].paragraph - 1
