"""An English group title cut out of the tail of a name that the page spells out beside its
acronym: "Ancient Music" of "the Academy of Ancient Music (AAM)", "Multiple Occupation" of "a
House of Multiple Occupation (HMO)". The chunker ends a noun phrase at "of", so the title is the
name's last words, a phrase the reader cannot place (a conductor's obituary titled "Ancient
Music", en-xsum 119; a landlords' licence group "Multiple Occupation", en-xsum 26).

Where the group's paragraphs write the title at the end of a name followed by a bracketed
acronym, and the capital initials of the name's words from some word up to the title's end spell
that acronym (the small words of `data/en_name_joiners.tsv` skipped), the title becomes that
whole name, of `MAX_WORDS` words at most. The acronym is the proof it is one name: "Van Zyl of
South Africa" has none, and "Football Association of Montenegro (FSCG)" spells another
language's, so both stay.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, swapped_title

MAX_WORDS = 6  # words of the whole name, at most
_ACRONYM = LazyPattern(r"\(([A-Z]{2,6})\)")


@cache
def name_joiners() -> frozenset[str]:
    """The small words an acronym skips (`data/en_name_joiners.tsv`)."""
    return frozenset(data_lines("en_name_joiners.tsv"))


def acronym_name_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` widened to the whole name it ends, where the group's paragraphs spell the name out
    before its acronym (module doc); else `title`; `used` updated."""
    if not title.strip():
        return title
    for text in group_texts:
        for match in _ACRONYM.finditer(text):
            whole = spelled_name(text[: match.start()].rstrip(), match.group(1))
            if whole and _ends_with(whole, title) and len(whole.split()) > len(title.split()):
                # the whole name may stand in `used` already, kept there beside its tail by the steps before
                if not free_of(whole, used - {title.casefold(), whole.casefold()}):
                    return title
                return display_title(swapped_title(title, whole, used), "en")
    return title


def spelled_name(before: str, acronym: str) -> str:
    """The last words of `before` whose capital initials spell `acronym` (joiners skipped, none
    first), of `MAX_WORDS` words at most; '' where no run of them does."""
    words = before.split()
    joiners = name_joiners()
    for start in range(len(words) - 1, max(-1, len(words) - MAX_WORDS - 1), -1):
        run = words[start:]
        if run[0].lower() in joiners:
            continue
        initials = "".join(w[0] for w in run if w.lower() not in joiners)
        if not all(w[:1].isupper() for w in run if w.lower() not in joiners):
            return ""
        if initials == acronym:
            return " ".join(run)
        if len(initials) > len(acronym):
            return ""
    return ""


def _ends_with(name: str, title: str) -> bool:
    """Whether `name`'s last words are `title`'s words (case aside)."""
    name_words, title_words = name.casefold().split(), title.casefold().split()
    return name_words[-len(title_words) :] == title_words
