"""A team's name over two bullets or more that tell an away record gives way to the phrase they
write ("Away from Home", `text/en_title_away.py`); a name one of those bullets opens on, a title
that is no name, one away bullet, or a phrase only quoted keep it. Short cases written for the
rule, and the table's rows."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_away import away_title

AWAY = [
    "Rovers can go top if they beat Town on Saturday.",
    "United have won once on the road since August, losing at Rovers.",
    "In ten games away from home, Smith's side have scored only four goals.",
]


def _title(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    return away_title(bullets, bullets, bullets, used if used is not None else {title.casefold()}, title)


def test_the_table_holds_lower_case_phrases() -> None:
    rows = data_lines("en_away_phrases.tsv")
    assert "away from home" in rows and "on the road" in rows
    assert all(row == row.lower() for row in rows)


def test_a_rival_s_name_gives_way_to_the_away_phrase() -> None:
    used = {"rovers"}
    assert _title(AWAY, "Rovers", used) == "Away from Home"
    assert used == {"away from home"}


def test_the_side_an_away_bullet_opens_on_keeps_its_name() -> None:
    assert _title(AWAY, "United") == "United"


def test_a_title_no_bullet_writes_as_a_name_stays() -> None:
    assert _title(AWAY, "Goals") == "Goals"
    assert _title(AWAY, "City") == "City"


def test_one_away_bullet_or_a_quoted_one_is_too_few() -> None:
    quoted = [AWAY[0], AWAY[1], '"We are a different side away from home," said Smith.']
    assert _title(quoted, "Rovers") == "Rovers"
    assert _title(AWAY[:2], "Rovers") == "Rovers"


def test_on_the_road_to_is_no_away_game() -> None:
    bullets = [AWAY[0], "United are on the road to recovery, losing at Rovers.", AWAY[2]]
    assert _title(bullets, "Rovers") == "Rovers"
