"""An English overview still titled by a player's name alone takes the medal won or the debut to
be made that its opening writes of the name (`text/en_overview_feat.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_feat import feat_deed
from conftest import shared_group_titles

PARTS = {"medal", "won", "debut", "hedge", "clause"}


@pytest.mark.parametrize(
    ("texts", "titled"),
    [
        (["Jo Smith emerged from the pack to take bronze as Ann Lee won gold."], "Jo Smith's bronze medal"),
        (["Jo Smith, 23, won the Olympic gold medal on Sunday."], "Jo Smith's Olympic gold medal"),
        (["Mr Smith took silver in the 1500m.", "Jo Smith, 27,"], "Jo Smith's silver medal"),
        (["Jo Smith will make her England debut on Friday."], "Jo Smith's England debut"),
        (
            ["Jo Smith, 30, joined Premiership Well in July and could make his St Mirren debut on Saturday."],
            "Jo Smith's St Mirren debut",
        ),
    ],
)
def test_a_name_alone_takes_its_medal_or_debut(texts: list[str], titled: str) -> None:
    name = titled.split("'s ", maxsplit=1)[0]
    used: set[str] = set()
    assert feat_deed(name, texts, used) == titled
    assert used == {name.casefold(), titled.casefold()}
    assert grounded(titled.title().replace("'S ", "'s "), texts)  # bench/brief_checks.py can ground it


@pytest.mark.parametrize(
    "text",
    [
        "Jo Smith hoped to win gold in Rio.",  # hedged: not won
        "Jo Smith failed to take silver.",  # hedged: not won
        "Jo Smith to win gold?",  # a forecast: no verb of the name's before "to"
        "Jo Smith watched as he won gold.",  # another clause, whose subject may be another's
        "Jo Smith won gold in 2012 and is back.",  # dated: the player's past
        "Jo Smith made his Test debut in 2012.",  # dated: the player's past
        "After Jo Smith won gold, Ann Lee spoke.",  # the occasion, not the news
        "Jo Smith said Ann Lee, who joined in May, could make her debut.",  # a clause's comma: another's debut
        "Jo Smith said Ann Lee joined and could make her debut.",  # a reported clause: another's debut
        "Jo Smith won 11 gold medals.",  # a count, no medal of the day
    ],
)
def test_no_feat_where_it_is_not_the_names_news(text: str) -> None:
    assert feat_deed("Jo Smith", [text], set()) == "Jo Smith"


def test_a_one_word_name_after_a_capital_is_anothers() -> None:
    assert feat_deed("Smith", ["Adam Smith won gold on Sunday."], set()) == "Smith"
    assert feat_deed("Smith's Arrest", ["Smith won gold."], set()) == "Smith's Arrest"  # a deed already


def test_the_table_rows_are_words_and_a_known_part() -> None:
    rows = [line.split("\t") for line in data_lines("en_named_feats.tsv")]
    assert all(len(row) == 2 and row[1].strip() in PARTS for row in rows)
    assert {row[1].strip() for row in rows} == PARTS


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (7, "Key points: Latham's Bronze Medal"),  # "Latham emerged from the pack to take bronze"
        (11, "Key points: Clarkson's St Mirren Debut"),  # "... and could make his St Mirren debut"
        (9, "Key points: Selby's Victory"),  # the bullets' Selby, not Xiao Guodong he beat, and his win
    ],
)
def test_real_articles_say_the_players_feat(index: int, title: str) -> None:
    assert shared_group_titles("en-xsum.jsonl", index)[0] == title
