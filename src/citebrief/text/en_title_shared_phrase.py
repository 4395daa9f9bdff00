"""An English theme title that names what one bullet of its group speaks of, where two bullets
write the thing the group is about: blind readers mark "Westminster Abbey" over "A service was
also held at Westminster Abbey" and "... sung as the service ended" as a title of one bullet's
detail, not of the group's theme. The group's paragraph writes "a Westminster Abbey service":
the title takes that noun after it, "Westminster Abbey Service".

Read once every group is titled (`engines/en_last_titles`), so the new title is checked against
every other. The title's last word (its head, by word family: `en_title_choice.family`) is written
by one bullet of the group at most, and the title holds no possessive (a deed title, "Nurse B's
Allegations", names its theme by its actor). The noun is lower case, may be a noun
(`en_chunks.word_classes`), is written by two bullets or more on word boundaries in their own words
(not only in a quotation), and a paragraph that holds one of the group's bullets writes the title
with the noun after it: the new title is grounded in the group's paragraphs.

Survey (stop 211, en-cnndm and en-xsum 0-199, both views; some 1,500 theme titles): the head of
about half is written by one bullet at most, but most of those groups share no phrase but a lone
noun ("people", "time", "years") or a name, which reads no better as a title. The noun phrases of
two words or more that two bullets write there ("foreign fighters", "special relationship",
"minority population", "food banks") are the overview's own subject, taken by its title: a theme
titled so would repeat it. "John's Condition" over road-trip quotes (en-cnndm 180: "their
journey" in one bullet) and "Bronze Eagle Statue" over the stolen art (en-cnndm 82: "the heist"
in one paragraph, none of its bullets) have no phrase two bullets write: they keep their titles.
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_choice import families, family, own_text
from citebrief.text.titles import display_title, on_word_boundaries, swapped_if_free

MIN_SAYERS = 2  # bullets that must write the noun: the group's theme, not one bullet's detail
_OPENING = 30  # characters of a bullet that find its paragraph among the article's


def _sayers(word: str, bullets: list[str]) -> int:
    """How many `bullets` write `word` on word boundaries in their own words (`own_text`), not
    only in a quotation while another form of it stands outside."""
    return sum(on_word_boundaries(word, own_text(b), "en") for b in bullets)


def _common_noun(word: str) -> bool:
    """A lower-case word that may be a noun ("service", not "will")."""
    return word.isalpha() and word.islower() and "NOUN" in word_classes(word)


def _own_paragraphs(bullets: list[str], texts: list[str]) -> list[str]:
    """The article's paragraphs that hold a bullet of the group (by its opening words)."""
    openings = [b[:_OPENING] for b in bullets]
    return [t for t in texts if any(o in t for o in openings)]


def _title_and_noun(title: str, bullets: list[str], texts: list[str]) -> str:
    """The phrase "<title> <noun>" where two bullets or more write the noun and a paragraph of
    the group writes it ("Westminster Abbey service"); ''."""
    for paragraph in _own_paragraphs(bullets, texts):
        if title + " " not in paragraph:
            continue  # no pattern compiled for a paragraph without the title (issue 14)
        for match in re.finditer(rf"\b{re.escape(title)} ([a-z]+)\b", paragraph):
            noun = match.group(1)
            if _common_noun(noun) and _sayers(noun, bullets) >= MIN_SAYERS:
                return match.group(0)
    return ""


def shared_phrase_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, unless it names what one of the theme's `bullets` says and two or more write a
    noun the group's paragraphs write after it (see the module's note); then "<title> <Noun>".
    `texts` are the article's paragraphs; `used` (casefolded titles given) is updated."""
    words = title.split()
    if len(bullets) < MIN_SAYERS or not words or "'s" in title or "’s" in title:
        return title
    head = family(words[-1])
    if sum(head in families(b) for b in bullets) >= MIN_SAYERS:
        return title
    phrase = _title_and_noun(title, bullets, texts)
    return swapped_if_free(title, display_title(phrase, "en"), used) if phrase else title
