"""An English title that is one bare word saying who or when, not what: a given name alone
("Joe" of "Joe was on the set every day") or a time alone ("July" of "loaned Smith to United in
July"). A reader cannot tell which Joe, and a month names no story.

- A given name (`data/en_given_name_sex.tsv`) the article writes, somewhere, with one surname
  and only that one ("a dialogue director called Joe Graham") takes the whole name: the article
  says who Joe is, the title should too. Where it writes two ("Joe Graham", "Joe Bloggs") or
  none ("her son David"), the name stays: no guess is surer than the bare name.
- A time alone (`en_title_time.only_time`) gives way to what happens at it, as the title steps
  do (`en_title_time.time_title`), read again of the group's bullets as they end: the groups
  are settled by now, so a group that was titled by its time before its bullets moved gets the
  phrase they say.

Run last, once every group is titled (`en_title_last_mends`); the new title is free of the
other titles given (`titles.swapped_if_free`), else the title stays.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_person
from citebrief.text.en_title_time import only_time, time_title
from citebrief.text.titles import swapped_if_free
from citebrief.text.tokenize import stop_words


def bare_word_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the full name or the deed that says more where it is a bare given name or a
    bare time (see the module's note); `used` (casefolded titles given) follows a swap."""
    if " " in title.strip() or not title:
        return title
    if title in _given_names():
        full = _full_name(title, texts)
        return swapped_if_free(title, full, used) if full else title
    if only_time(title, texts):  # "July": what the bullets say happens then, where one fits
        return time_title(bullets, texts, texts, used, title)
    return title


def _full_name(given: str, texts: list[str]) -> str:
    """The one "Given Surname" the article writes (a capitalised surname, no stop word), where it
    is a person's (`en_actors.is_person`); '' where it writes none, or more than one."""
    pattern = re.compile(rf"\b{re.escape(given)} ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
    surnames = {m.group(1) for text in texts for m in pattern.finditer(text)}
    surnames = {s for s in surnames if s.lower() not in stop_words("en")}
    if len(surnames) != 1:
        return ""
    full = f"{given} {surnames.pop()}"
    return full if is_person(full, texts) else ""


@cache
def _given_names() -> frozenset[str]:
    """The given names of `data/en_given_name_sex.tsv` (name, tab, sex), read on first use."""
    return frozenset(line.split("\t")[0].strip() for line in data_lines("en_given_name_sex.tsv"))
