"""A brief that speaks of someone's remarks about a named thing and never gives them takes the
quotation that says them (`en_remark_statements.py`)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from citebrief.engines.en_remark_statements import remark_stated
from citebrief.engines.scored import Scored

# a mayor's remark about a rival party, spoken of in the lead, quoted once deep in the story
REMARK_STORY = (
    "Mayor Ann Lowe opened her campaign with a promise to rebuild the harbour wall.",
    "But attention has turned to Ms Lowe's comments at a hustings last week.",
    "Her deputy Tom Hart has said he does not share the remarks.",
    "Ms Lowe said she had no regrets about what she had said.",
    '"If we have to share the council with anyone, I would rather share it with the Greens," she said.',
    "The campaign will focus on jobs, housing and the harbour.",
    "Her deputy hopes voters will look past the row over her remarks about sharing power with the Greens.",
    "Polls open on 4 May.",
)


def _story(lines: tuple[str, ...] = REMARK_STORY) -> Scored:
    units = [SimpleNamespace(text=t, paragraph=k // 2 + 1) for k, t in enumerate(lines)]
    return cast(Scored, SimpleNamespace(units=units, usable=list(range(len(lines))), trimmed=list(lines), lang="en"))


def test_the_quoted_remark_joins_the_group_that_first_speaks_of_it() -> None:
    assert remark_stated(_story(), [[0], [1, 2], [5, 6]]) == [[0], [1, 2, 4], [5, 6]]


def test_a_brief_that_names_the_topic_elsewhere_is_left_alone() -> None:
    assert remark_stated(_story(), [[0], [1, 4], [5, 6]]) == [[0], [1, 4], [5, 6]]  # the remark is a bullet
    assert remark_stated(_story(), [[0], [1, 2], [3, 5]]) == [[0], [1, 2], [3, 5]]  # no remarks "about" anything


def test_a_full_group_takes_no_more() -> None:
    full = [[0], [1, 2, 3, 5, 7], [6]]
    assert remark_stated(_story(), full) == full


def test_a_topic_no_quotation_names_is_left_alone() -> None:
    lines = (*REMARK_STORY[:4], "She said she would speak to voters directly.", *REMARK_STORY[5:])
    assert remark_stated(_story(lines), [[0], [1, 2], [5, 6]]) == [[0], [1, 2], [5, 6]]


def test_remarks_on_a_day_name_no_topic() -> None:
    lines = (*REMARK_STORY[:6], "Her deputy spoke of her comments on Monday.", '"I said it on Monday," she said.')
    assert remark_stated(_story(lines), [[0], [1, 2], [5, 6]]) == [[0], [1, 2], [5, 6]]
