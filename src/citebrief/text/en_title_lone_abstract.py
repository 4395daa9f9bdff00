"""An English theme title that is one abstract noun ("Money", "Pressure", "Recommendations") gives
way to a phrase of two words or more that two of the group's bullets or more write: blind readers
of en-cnndm and en-xsum briefs call such a title "a catch-all" that names no theme, where the
bullets themselves name it ("Changing Places", the toilets three of five bullets write, over
"Recommendations" one bullet says).

Read once every group is titled (`engines/en_last_titles`), so the phrase is checked against every
other title. The title is one word, either vague (`en_title_vague.vague_title`) or in the table of
abstract nouns (`data/en_lone_abstract_titles.tsv`). The phrase is a noun phrase of the bullets
(`en_chunks`) of two words or more, written on word boundaries by two bullets or more outside
quotation marks, free of the other titles, no person's name (`en_actors.is_person`), and cut
cleanly from the group's paragraphs (`en_title_vague.plain_phrase`); the most bullets win, then
the longest. Where the bullets write no such phrase the title stays: a single word in its place
(another noun, a speaker's name) read worse or no better ("Pressure" → "Tony Parks", "Race" →
"Sole Rider").

Survey (en-cnndm and en-xsum 0-199, 89 one-word or vague titles): such a phrase exists under
few: the bullets of "Money", "Pressure", "Race" and "Skin" write none, each word of their theme in
one bullet only or in a quotation.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person
from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_title_choice import said_outside_quotes
from citebrief.text.en_title_vague import plain_phrase, vague_title
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_SAYERS = 2  # bullets that must write the phrase: a theme, not one bullet's detail


@cache
def _abstract_nouns() -> frozenset[str]:
    """The nouns of `data/en_lone_abstract_titles.tsv`."""
    return frozenset(data_lines("en_lone_abstract_titles.tsv"))


def lone_abstract(title: str, group_texts: list[str]) -> bool:
    """`title` is one abstract noun: vague (`vague_title`) or in the table."""
    words = title.split()
    return len(words) == 1 and (words[0].lower() in _abstract_nouns() or vague_title(title, group_texts))


def lone_abstract_title(
    title: str, bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]
) -> str:
    """`title`, unless it is one abstract noun (`lone_abstract`) and the bullets write a phrase that
    names the theme (see the module's note); then that phrase; `used` (casefolded titles) updated."""
    if len(bullets) < MIN_SAYERS or not lone_abstract(title, group_texts):
        return title
    others = used - {title.casefold()}
    ranked: dict[str, int] = {}
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            text = chunk.text
            if " " not in text or text.casefold() in (k.casefold() for k in ranked):
                continue
            ranked[text] = sum(on_word_boundaries(text.lower(), b.lower(), "en") for b in bullets)
    for text, sayers in sorted(ranked.items(), key=lambda item: (-item[1], -len(item[0]))):
        if sayers < MIN_SAYERS:
            break
        if not free_of(text, others) or is_person(text, all_texts) or not said_outside_quotes(text, bullets):
            continue
        if plain_phrase(text, group_texts):
            return display_title(swapped_title(title, text, used), "en")
    return title
