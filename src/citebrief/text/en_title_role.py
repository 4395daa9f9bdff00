"""An English group title that names a person by a role, a trade or a title won ("Amateur
Champion", "Belgian Forward", "CEO of Mayweather Promotions"; heads in
`data/en_role_titles.tsv`), left so by every step, over a group of one person's words: blind
readers of en-cnndm briefs count such titles among the worst ("names whom, not what"), and a
reader titles the group as an editor would, by its speaker and what they speak of ("Neil on
…"). The speaker and topic are read as `en_title_quote_run` reads a run of unmarked quotes
(`group_speaker`: one person holds every bullet but one, some of them their words); the topic
is what a bullet says they spoke of or a quoted sentence's subject, else a phrase the group's
paragraphs repeat, else the name the bullets say most — never the role itself. Grounded as
`en_title_said`'s and only where no other title holds it; runs last, after `en_title_quote_run`.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person, person_key
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_overview_said import ON, said_grounded
from citebrief.text.en_title_possessed import NAME_RUN
from citebrief.text.en_title_quote_run import group_speaker, repeated_phrase
from citebrief.text.en_title_said import bullets_topic
from citebrief.text.en_title_said_name import spoken_name
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of

MIN_BULLETS = 2  # bullets in the group, at least
BACK_CHARS = 600  # read back from the role, in its paragraph, for the person who holds it
# a quotation that opens on what a thing was: "'It was a great learning experience but …'"
_WAS_A = LazyPattern(
    r"^['‘\"“](?:It|This|That) (?:was|is|has been) (?:a|an) ((?:[a-z-]+ ){1,3}?[a-z-]+)\b(?= but| and|[,.!?'’])"
)


@cache
def role_heads() -> frozenset[str]:
    """The head words of a title naming a person by role (`data/en_role_titles.tsv`)."""
    return frozenset(line.strip() for line in data_lines("en_role_titles.tsv"))


def role_named(title: str) -> bool:
    """The title's head (its last word, or its word before "of") is a role: "Amateur Champion",
    "CEO of Mayweather Promotions"; not a possessive's ("Boxer's Fortunes") nor a bid's or a
    candidacy's ("Chris Christie's Bid for President"): a thing of a person's, not a person."""
    if "'s " in title or "’s " in title or " for " in title:
        return False
    words = title.split(" of ", maxsplit=1)[0].split()
    return bool(words) and words[-1].lower() in role_heads()


def role_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title`, or "Surname on Topic" where it names a person by role and the group is one
    person's words (see the module's note); `used` gains it."""
    if not title or len(bullets) < MIN_BULLETS or not role_named(title):
        return title
    article = [*all_texts, *bullets]
    speaker = group_speaker(bullets, all_texts, article)
    if not speaker or role_holder(title, group_texts, article) != speaker:
        return title  # "CEO of Mayweather Promotions" is Ellerbe's role, not Arum's, whose words a bullet is
    topic = _topic(speaker, bullets, group_texts, article)
    if not topic or topic.casefold() == title.casefold():
        return title
    phrase = f"{speaker}{ON}{topic}"
    if not said_grounded(phrase, group_texts) or not free_of(phrase, used - {title.casefold()}):
        return title
    used.add(phrase.casefold())
    return display_title(phrase, "en")


def role_holder(title: str, group_texts: list[str], article: list[str]) -> str:
    """The key of the person the group's paragraphs name last before they write the role ("Leonard
    Ellerbe, CEO of Mayweather Promotions"; "Bradley Neil … said the 2014 Amateur champion"),
    `BACK_CHARS` back at most; ''."""
    role = title.lower()
    for text in group_texts:
        at = text.lower().find(role)
        if at < 0:
            continue
        window = text[max(0, at - BACK_CHARS) : at]
        for found in reversed(list(NAME_RUN.finditer(window))):
            own = person_key(found.group(1), article)
            if own and is_person(found.group(1), article):
                return own
    return ""


def _topic(speaker: str, bullets: list[str], group_texts: list[str], article: list[str]) -> str:
    """What the speaker's words are about: a bullet's spoken topic or quoted subject, else a
    phrase the paragraphs repeat, else the name the bullets say most; ''."""
    return (
        bullets_topic(speaker, bullets)
        or repeated_phrase(group_texts)
        or spoken_name(speaker, bullets, group_texts, article)
        or next(filter(None, map(_what_it_was, bullets)), "")
    )


def _what_it_was(bullet: str) -> str:
    """What the speaker's quotation says a thing was, less its judgement: "learning experience"
    of "'It was a great learning experience but very tough'"; ''."""
    found = _WAS_A.match(bullet)
    if not found:
        return ""
    words = found.group(1).split()
    while words and "ADJ" in word_classes(words[0]):
        words = words[1:]  # "great", "very tough": how it was, not what
    if not words or "NOUN" not in word_classes(words[-1]):
        return ""
    return " ".join(words)  # as written: the quotation's "a" is no "the"
