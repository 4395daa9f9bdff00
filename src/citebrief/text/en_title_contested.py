"""An English group titled by a competition's name alone ("Premier League",
`data/en_competitions.tsv`), where the article writes that name only as what a side contends for,
each time after the same contest word ("fight for the Premier League", `data/en_contest_words.tsv`):
the story is that contest, and the bare name is a keyword lifted from it (blind readers of
en-xsum 112: "a bare keyword", over Spurs' defeat and their manager's "lack of desire to fight for
the Premier League"). The title becomes the phrase as written: "Fight for the Premier League".

The name written anywhere else in the article ("Premier League clubs voted ...", a roundup's
section heading) leaves the title: the article is then about the competition itself. One of the
group's bullets writes the phrase, so the title is the group's; written twice at least, so it is
the article's own name for the contest, not one remark.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_competition import competitions
from citebrief.text.titles import display_title, free_of, swapped_title

MIN_WRITTEN = 2  # times the article writes the contest phrase, at least
_BEFORE = re.compile(r"(?<![\w'’-])(\w+) for the $")


@cache
def contest_words() -> frozenset[str]:
    """The words a contest for a competition is written by (`data/en_contest_words.tsv`)."""
    return frozenset(line.strip() for line in data_lines("en_contest_words.tsv"))


def contested_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title` (an overview's "Key points: …" too), or the contest for the competition it names
    where the article writes the name only after one contest word and "for the" (see the
    module's note); `used` (casefolded titles given) follows the swap."""
    label, sep, name = title.rpartition(": ")
    if name not in competitions():
        return title
    phrase = _contest(name, "\n".join(texts))
    if not phrase or not any(phrase in bullet for bullet in bullets):
        return title
    shown = display_title(phrase, "en")
    if not free_of(shown, used - {name.casefold()}):
        return title
    return label + sep + swapped_title(name, shown, used)


def _contest(name: str, text: str) -> str:
    """ "<word> for the <name>" where `text` writes `name` `MIN_WRITTEN` times or more, each
    right after the same contest word and "for the"; ''."""
    before = [text[: m.start()] for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)]
    words = set()
    for head in before:
        found = _BEFORE.search(head[-40:])
        if not found or found.group(1) not in contest_words():
            return ""
        words.add(found.group(1))
    if len(before) < MIN_WRITTEN or len(words) != 1:
        return ""
    return f"{words.pop()} for the {name}"
