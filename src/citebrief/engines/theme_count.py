"""How many groups an article's brief has: scaled with the article, capped by language and
structure, or as --groups asks."""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.model import Lang
from citebrief.options import MAX_GROUPS
from citebrief.text.patterns import skip_reason

TWO_GROUPS = 12  # sentences of an article of two groups (its opening and the rest), at most
# a Chinese news item of more sentences has three groups: its opening and two of the rest (a
# contest's tracks apart from its speeches, train operations apart from the police's help); a
# Chinese sentence says less than an English one
ZH_TWO_GROUPS = 9


def two_group_sentences(lang: Lang) -> int:
    """The most sentences of an article of two groups in `lang` (more make three)."""
    return ZH_TWO_GROUPS if lang == "zh" else TWO_GROUPS


# a stage report's standings rows ("1. Ann Rider (Fra/Team) 4hrs 2mins 9secs"), `lines.tsv`
RESULTS_ROW = "results-row-timed-en"


def results_tables(texts: Sequence[str]) -> int:
    """The runs of standings rows among an article's sentences: each row is no bullet, but the
    table says something (who leads, by how much), so a run counts as one sentence of the
    article's length - a stage report with its standings is no news flash of six sentences."""
    rows = [("/" in text and "(" in text and skip_reason(text) == RESULTS_ROW) for text in texts]
    return sum(row and not (i and rows[i - 1]) for i, row in enumerate(rows))


MIN_GROUPS_LONG = 3
LONG_ARTICLE_PARAGRAPHS = 8
# an English article without sections (a news story) is read in four runs at most: five or six
# groups of two bullets each are no grouping to a reader, only a list cut at random places
EN_RUN_GROUPS = 4
EN_RUN_THEMES = EN_RUN_GROUPS - 1  # the theme groups of those four, beside the key points' group
# a group cut where one part reads on its own (a "Meanwhile, …" aside about someone new, `en_turn_splits`;
# a second thread sharing nothing with the first, `en_pair_splits`) may make one theme group more: five in all
EN_SPLIT_THEMES = EN_RUN_THEMES + 1


def most_groups(lang: Lang, sections: bool) -> int:
    """The most groups an article's brief has unless --groups asks: English text read in runs
    of sentences has `EN_RUN_GROUPS`; sections, and Chinese text, have room for `MAX_GROUPS`."""
    return EN_RUN_GROUPS if lang == "en" and not sections else MAX_GROUPS


def theme_count(paragraphs: int, sentence_count: int, requested: int | None, two: int, most: int = MAX_GROUPS) -> int:
    """Themes besides the overview: scaled with the article (`two_group_sentences`), up to `most`
    groups (`most_groups`), or as --groups asks.

    `paragraphs` counts the paragraphs that hold a claim: a notice's title lines, document
    number, addressees, signature and date do not make it a long article.
    """
    if requested is not None:
        return max(requested - 1, 0)
    if paragraphs >= LONG_ARTICLE_PARAGRAPHS:
        total = min(most, max(MIN_GROUPS_LONG, round(paragraphs / 3) + 1))
    elif sentence_count <= 6:
        total = 1  # a news flash is one group
    else:
        total = 2 if sentence_count <= two else 3
    return total - 1
