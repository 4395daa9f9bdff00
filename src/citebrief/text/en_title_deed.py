"""English group titles that name one bullet's detail where two bullets report the same deed.

Blind readers of en-cnndm briefs mark a title one bullet says in passing ("Broken Foot",
"Facebook Password") as a detail, not the group's theme; so reads "Brown Eyes" (of one witness's
words) over a court hearing, or "Hatfield Jaguar" over a family's appeal.
The steps before count the nouns the bullets share; a deed is as often told by its verb
("convicted", "appealed") or by where it happens ("told the court", "return to court") as by
its noun. Where one bullet at most says the title's words, the title names no event, and two
bullets or more report one (`en_title_gist.shared_event`, `data/en_events.tsv`) whose noun the
group's paragraphs write, that event titles the group ("Court", "The Appeal").

Tried and left (200 en-cnndm briefs, readers' form): the deed over a title two bullets say
("Convictions" over "Sun Journalists": no better); 25 more verb families (payment, death,
goals, sale, search …: one change in 200, "Payment", no better); a deed one bullet reports that
its paragraphs say again (the topic step's note: "Attack" of a goalkeeper "in attack").
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import generic_en
from citebrief.text.en_title_choice import family, heard
from citebrief.text.en_title_gist import shared_event
from citebrief.text.en_titles import event_word
from citebrief.text.titles import swapped_title

MIN_SAYERS = 2  # bullets that report the deed, at least
_WORD = re.compile(r"[A-Za-z]+")


def _sayers(title: str, bullets: list[str]) -> int:
    """How many bullets say one of the title's own words, in any form."""
    own = {family(w) for w in _WORD.findall(title) if len(w) > 2 and not generic_en(w)}
    return sum(not own.isdisjoint(heard(b)) for b in bullets) if own else len(bullets)


def deed_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless one bullet at most says it, it names no event, and two bullets or more
    report one; then that event, as the group's paragraphs write it; `used` updated."""
    del all_texts  # the step's signature: the group's own paragraphs are read
    if len(bullets) < MIN_SAYERS or not title or any(event_word(w) for w in _WORD.findall(title)):
        return title
    if _sayers(title, bullets) >= MIN_SAYERS:
        return title
    found = shared_event(bullets, group_texts, used - {title.casefold()})
    if not found or found.casefold() == title.casefold():
        return title
    return swapped_title(title, found, used)
