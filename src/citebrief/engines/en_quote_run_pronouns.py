"""An English bullet that opens on "He …" / "She …" right after the sentence that closes a run of
someone's quoted words, where the bullet before it in its group does not name the speaker: the
writer's He is the one who just spoke, named in the run ("'We were told to wrap him up …,' Mrs
Creag added. | 'So, even if it's overcast, James still wears a hat … | The Dundee cream is so
important.' | She spoke of her joy …", en-cnndm 66), but the brief left the run out, and under a
bullet about her son ("Eventually he was referred to hospital …") the She reads as nobody. The
speaker goes in brackets in the pronoun's place ("[Mrs Creag] spoke of her joy …"), as
`en_pronoun_speakers` does for a group's head and a "He said …", citing the run's paragraph.

Whom the words speak of is not the He ("'It wouldn't make sense, nor would it for Tom (Cruise), I
imagine.' | He called Scientology 'brilliant' …" is Travolta's, who asked the line before, not
Cruise's: a read back through any name takes Cruise), so the read goes back through the run's
quoted sentences only, to the one that names its speaker (`en_actors.named`: "…,' Mrs Creag added",
"Travolta asked."), within `en_actors.BACK` sentences, in the bullet's paragraph or the passage
before. It gives up at a writer's sentence with no quotation (no run), at a speaker told by a
pronoun ("…,' she said": `en_pronoun_speakers`' reading), at a speaker who is no person, and where
the pronoun's sex is unsure: the speaker's title must fit it ("Mrs" for She), or, with no title,
the writer must speak of the speaker by the same pronoun in a sentence the speaker leads
("Travolta said he believed …") and never by the other. A survey of en-cnndm and en-xsum 0–199
(s120e) found this the one sure class among bullets opening on a pronoun the bullet before does
not resolve: en-cnndm 1 of 200 briefs changes (66; 17's bullet before names Travolta and stays),
en-xsum none.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_pronoun_speakers import opening_sentence, title_fits
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.en_actors import BACK, is_person, key, named
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import named_in_place

# He or She as the subject of any verb: "She spoke of her joy …"
_OPENS = LazyPattern(r"^(He|She) (?=[a-z])")
_QUOTE_MARKS = ("'", "‘", "’", '"', "“", "”")
_CLOSES = LazyPattern(r"[’'\"”]\s*$")
_SEX_WORD = {"He": LazyPattern(r"\b(?:he|him|his)\b"), "She": LazyPattern(r"\b(?:she|her|hers)\b")}


def named_run_speaker_en(scored: Scored, i: int, text: str, points: Sequence[Point]) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i` after its group's `points`, with the speaker of the
    quoted run just before it in brackets in place of its opening He or She, and the paragraph
    naming the speaker; None where it is no such bullet or the speaker is unsure (module doc)."""
    if scored.lang != "en" or (pronoun := _OPENS.match(text)) is None or i == 0:
        return None
    if opening_sentence(scored, i, text) != i or not _CLOSES.search(scored.units[i - 1].text):
        return None
    found = _run_speaker(scored, i)
    if found is None:
        return None
    said, at = found
    sentences = [unit.text for unit in scored.units]
    if not (is_person(said, sentences) and _sex_fits(said, pronoun.group(1), sentences)):
        return None
    if points and key(said) in points[-1].text:
        return None  # the bullet before says who
    return named_in_place(said, text[pronoun.end() :]), scored.units[at].paragraph


def _run_speaker(scored: Scored, i: int) -> tuple[str, int] | None:
    """The speaker the run of quoted sentences right before sentence `i` names, and the sentence
    that names them; None where a sentence with no quotation, a pronoun's attribution or the edge
    of the paragraph (or passage) comes first."""
    unit = scored.units[i]
    for j in range(i - 1, max(i - 1 - BACK, -1), -1):
        sentence = scored.units[j].text
        gap = unit.paragraph - scored.units[j].paragraph
        if scored.units[j].heading or not (gap == 0 or (scored.passages and gap == 1)):
            return None
        said = named(sentence)
        if said in ("He", "She"):
            return None  # "…,' she said": whom the pronoun is, `en_pronoun_speakers` reads
        if said:
            return said, j
        if not any(mark in sentence for mark in _QUOTE_MARKS):
            return None  # a writer's sentence: the run ended before it
    return None


def _sex_fits(said: str, pronoun: str, sentences: Sequence[str]) -> bool:
    """Whether `said` is the pronoun's sex for sure: by a title that says it, or, with none, by the
    writer speaking of them with the pronoun's words (not the other's) in a sentence they lead."""
    if title_fits(said, "He") != title_fits(said, "She"):  # "Mrs Creag": a title that says the sex
        return title_fits(said, pronoun)
    other = "She" if pronoun == "He" else "He"
    surname = key(said)
    led = [s for s in sentences if key(named(s)) == surname]
    same = any(_SEX_WORD[pronoun].search(_unquoted(s)) for s in led)
    return same and not any(_SEX_WORD[other].search(_unquoted(s)) for s in led)


_QUOTED = LazyPattern(r"[‘'\"“][^‘’'\"“”]*[’'\"”]")


def _unquoted(sentence: str) -> str:
    """`sentence` without its quoted words: the writer's, not the speaker's."""
    return _QUOTED.sub(" ", sentence)
