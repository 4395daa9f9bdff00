"""A quotation opened by a pronoun deep in a sentence that names no one ("It led to the suggestion
that perhaps he was feeling unbeatable, to which he replied: '…'"), read for `en_quote_owners`.

CNN/Daily Mail introduce a speaker's long quotation so, the person named only in the sentence
before ("It was another 'home run' performance from Hamilton, a man who claims he is a
perfectionist …"). `en_actors.named` reads no speaker there, and the quotation's later lines found
none: a bullet "I put the car there and it goes there, I get the exit" read as no one's words
(en-cnndm 126; `en_quote_owners.group_says` no longer reads the group's "another 'home run'
performance from Hamilton, a man who claims …" as naming him speaking). Two readings, each narrow:
- the he or she is the one person the sentence right before names, a pronoun of the same sex
  after the name there (his own, as "a man who claims he is …");
- a line with no mark speaking as "I" or "we" right after a line opened on a mark that quotes a
  word inside it marked alike ("'It's like 'yes'. | I put the car there …") is the quotation's
  middle: the inner closing mark closed the inner word, not the quotation.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_pronoun_speakers import people_named, sex_fits, title_fits
from citebrief.text.en_actors import is_person
from citebrief.text.en_unattributed import opens_first_person
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.quote_fragments import ANY_MARK, open_marks
from citebrief.text.speech_verbs_en import TablePattern, alternation

# a lower-case he or she, a verb of saying, then a colon opening the quotation: "… to which he replied: '…"
_PRONOUN_SAYS = TablePattern(
    lambda: rf"\b(?P<pronoun>he|she) (?:{alternation('quoted')})\b[^'‘\"“:.]{{0,30}}:\s*['‘\"“]"
)
_OWN_PRONOUNS = {"He": LazyPattern(r"\b(?:he|his|him|himself)\b"), "She": LazyPattern(r"\b(?:she|her|hers|herself)\b")}
# a line opened on a single mark, a word inside it quoted alike: "'It's like 'yes'."
_NESTED = LazyPattern(r"^['‘][^'‘’]*(?:['’]\w[^'‘’]*)*\s['‘]\w")


def replied_person(texts: Sequence[str], at: int) -> str | None:
    """The person the lower-case he or she opening sentence `at`'s quotation stands for, where
    the sentence names no one: the one person the sentence right before names, a pronoun of the
    same sex after the name; None where the sentence is no such reply or the person is unsure."""
    said = _PRONOUN_SAYS.search(texts[at])
    if said is None or not at or people_named(texts[at], texts):
        return None
    pronoun = said.group("pronoun").title()
    before = texts[at - 1]
    people = people_named(before, texts)
    if len(people) != 1:
        return None
    name = people[0]
    if not (is_person(name, texts) and title_fits(name, pronoun) and sex_fits(name, pronoun, texts)):
        return None
    return name if _OWN_PRONOUNS[pronoun].search(before, max(before.find(name), 0) + len(name)) else None


def nested_quotation_line(before: str, text: str) -> bool:
    """`text`, no mark in it, speaking as "I" or "we", goes on the quotation `before` opened: the
    mark closing `before` closed only a word quoted inside it ("'It's like 'yes'.")."""
    return (
        _NESTED.match(before) is not None
        and not open_marks(before)
        and ANY_MARK.search(text) is None
        and opens_first_person(text)
    )
