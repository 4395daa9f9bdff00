"""An English writer's hook at the top of a story: no bullet where the news comes right after it.

A feature often opens on a teaser that names no one and gives no figure, and tells the news in the
sentence after: "Of all the people to be wary of getting caught on camera doing something
incredulous, you would think a TV news reporter would know better. But Britt McHenry ... has been
suspended", "It's amazing what a bit of make-up can do. In a startling new tutorial YouTube star
Promise Tamang turns herself into Maleficent". As a bullet the hook tells an analyst nothing
(en-cnndm blind read: an opening line that carries no fact), and it took one of the overview's few
places. The hooks are patterns (`data/en_hooks.tsv`): a second person's guess ("you would think"),
a long-held wish, "It's amazing what …", "As … go, it was …", "It's not intended to be …", "Let's
not forget …". Such a sentence among the article's first `OPENING` is no bullet when it names no one
and gives no figure (a capital past its first word, a digit: the writer's "Consumer Reports study
of 70 million passenger trips" is news however it is put) and one of the next `NEWS_REACH`
sentences does: the overview then leads with the news (`engines/en_hook_drops.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.hook_tables import HookRow, table_pattern, table_rows

OPENING = 2  # a hook is the story's opening: among its first two sentences
NEWS_REACH = 2  # the news stands in one of the two sentences after it
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_FIGURE = re.compile(r"\d")
# an answer that leans on the question before it for what "it" is ("It depends on which …")
_ANSWER = re.compile(r"It (?:all )?depends\b")


TABLE = "en_hooks.tsv"  # in citebrief.text.data, read by `hook_tables`


def hook_rows() -> tuple[HookRow, ...]:
    """The rows of en_hooks.tsv, past its header line."""
    return table_rows(TABLE)


@cache
def common_capitals() -> frozenset[str]:
    """Capitals that name no one (`data/en_common_capitals.tsv`): an acronym of a thing anyone has
    ("a TV news reporter")."""
    return frozenset(data_lines("en_common_capitals.tsv"))


def names_or_counts(text: str) -> bool:
    """Whether an English sentence names someone or something (a capital past its first word, but
    "I" and a common acronym) or gives a figure: what a story's news carries."""
    if _FIGURE.search(text):
        return True
    words = _WORD.findall(text.lstrip("'‘\"“("))
    return any(w[:1].isupper() and w != "I" and w not in common_capitals() for w in words[1:])


def is_hook(text: str) -> bool:
    """Whether an English sentence is a writer's hook: a pattern of `data/en_hooks.tsv`, and no
    name nor figure (`names_or_counts`)."""
    return bool(table_pattern(TABLE).search(text.strip().lstrip("'‘\"“"))) and not names_or_counts(text)


def news_after(texts: Sequence[str], hook: int) -> list[int]:
    """The sentences among the `NEWS_REACH` after `hook` (indices of `texts`, an English article's
    sentences in order) that carry news (`names_or_counts`), in order."""
    return [k for k in range(hook + 1, min(hook + 1 + NEWS_REACH, len(texts))) if names_or_counts(texts[k])]


def opening_hook(texts: Sequence[str], i: int) -> bool:
    """Whether sentence `i` of `texts` is a hook among the article's first `OPENING` (`is_hook`)
    whose news one of the next `NEWS_REACH` sentences carries."""
    return i < OPENING and is_hook(texts[i]) and bool(news_after(texts, i))


def answered_by(question: str, text: str) -> bool:
    """Whether `text` answers the sentence `question` before it ("Think it's hard to …? It depends on
    …"): read alone, the answer's "it" dangles, so `cited_points.carry_antecedent` carries the
    question, which it otherwise never does (a question is no bullet: `patterns.is_structure`)."""
    return question.rstrip().endswith("?") and _ANSWER.match(text) is not None
