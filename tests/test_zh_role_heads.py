"""The one reader of `data/zh_person_roles.tsv` (`text/zh_role_heads.py`), which the role title, the
pronoun's speaker and the quotation's named speaker all read."""

from __future__ import annotations

import re

from citebrief.engines import zh_pronoun_speakers, zh_quote_named
from citebrief.text import zh_person_role
from citebrief.text.zh_role_heads import role_head_alternation, role_heads


def test_the_table_holds_role_heads_of_han_characters() -> None:
    heads = role_heads()
    assert {"人", "匠", "警", "代表"} <= set(heads)
    assert all(re.fullmatch(r"[\u4e00-\u9fff]+", head) for head in heads)
    assert len(set(heads)) == len(heads)


def test_the_alternation_tries_longer_heads_first() -> None:
    alternatives = role_head_alternation().split("|")
    assert sorted(alternatives) == sorted(role_heads())
    assert [len(a) for a in alternatives] == sorted((len(a) for a in alternatives), reverse=True)


def test_every_step_reads_the_one_table() -> None:
    assert zh_person_role.role_heads is role_heads
    assert zh_pronoun_speakers.role_heads is role_heads
    assert zh_quote_named.role_head_alternation is role_head_alternation


def test_a_local_worthy_is_a_role() -> None:
    """zh-news 72: the bare "陈啸" over how he brought 刘亮 to the village (readers: thin)."""
    assert "乡贤" in role_heads()
    assert zh_person_role.role_named("陈啸", ["刘亮此番创业源于当地新乡贤陈啸的推介。"], set()) == "新乡贤陈啸"
