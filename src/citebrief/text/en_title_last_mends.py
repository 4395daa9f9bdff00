"""The mends an English news brief's titles take last, after every group is titled (overview
included): a title cut out of a longer name takes the whole name (`en_title_cut_name`), a
title glued across a verb's object and its "of" phrase keeps one half (`en_title_verb_of`), and
a title opening on an adverbial phrase's last word loses it (`en_title_adverbial`), and a
bare given name or time says who or what (`en_title_bare_word`: "Joe Graham", not "Joe").
One place holds their order, so the engine calls one function for every group."""

from __future__ import annotations

from citebrief.text.en_title_adverbial import adverbial_title
from citebrief.text.en_title_bare_word import bare_word_title
from citebrief.text.en_title_cut_name import cut_name_title
from citebrief.text.en_title_verb_of import verb_of_title


def mended_title(title: str, bullets: list[str], texts: list[str], used: set[str], *, composed: bool) -> str:
    """`title` after the last mends, read of its group's `bullets` and the article's `texts`; a
    `composed` title ("Key points: …", the overview's) has its subject mended. `used`
    (casefolded titles given) follows each swap."""
    label, sep, subject = title.rpartition(": ") if composed else ("", "", title)
    if not subject or (composed and not sep):
        return title
    subject = cut_name_title(subject, texts, used)
    subject = verb_of_title(subject, bullets, texts, used)
    subject = adverbial_title(subject, texts, used)
    subject = bare_word_title(subject, bullets, texts, used)
    return label + sep + subject
