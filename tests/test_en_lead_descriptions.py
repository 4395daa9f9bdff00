"""An English article's first sentence that describes a person the next sentence names takes the
name in brackets as a brief's first bullet: "[Lisa McElroy,] the respected law professor …, was once
…" (en-cnndm 115), citing where they are named; verify reads the bullet past the brackets. A bare
age ("The 23-year-old earned …") stays: read blind, naming it won once and lost once."""

from __future__ import annotations

from tests.helpers import verdict_on

from citebrief.engines.en_lead_descriptions import lead_named
from citebrief.model import VerdictLabel
from citebrief.text.speaker_label import NAME_IN_PLACE, named_before
from conftest import cnndm_groups, shared_groups

CLOSED = "The respected law professor from Ohio now under review, was once on a quiz show."
NAMED = "Jane Doe, a 50-year-old professor, appeared on the show in 2010."
AGED = "The 23-year-old earned a second medal on Friday."


def test_a_closed_description_takes_the_name_before_it() -> None:
    assert lead_named([CLOSED, NAMED], CLOSED) == (
        "[Jane Doe,] the respected law professor from Ohio now under review, was once on a quiz show.",
        1,
    )
    aside = "The Northern Irishman, twice a winner of the event, stumbled to a 75."
    assert lead_named([aside, "Doe, 27, has never finished worse."], aside) == (
        "[Doe,] the Northern Irishman, twice a winner of the event, stumbled to a 75.",
        1,
    )


def test_a_bare_age_stays() -> None:
    # "[Williamson] fractured …" dropped the bullet's only figure, her age, where the title named her
    assert lead_named([AGED, "Latham emerged from the pack."], AGED) is None


def test_left_alone_where_the_description_does_not_close_or_no_one_is_named_beside_it() -> None:
    open_ended = "The woman accused of blackmail has been snapped at a party."
    assert lead_named([open_ended, NAMED], open_ended) is None  # no comma: a name before it would not read
    verb_inside = "The biologist turned the effort into a race and, in so doing, was vilified."
    assert lead_named([verb_inside, "Dr Doe has not gained a reputation for modesty."], verb_inside) is None
    assert lead_named([CLOSED, "Nobody knows why.", "Most of it is gone."], CLOSED) is None
    assert lead_named([CLOSED, "He appeared on the show."], CLOSED) is None
    named_already = "The brother of Jane Doe, a singer, has lost his job."
    assert lead_named([named_already, "Doe, 37, said he was sorry."], named_already) is None
    assert lead_named(["He earned a medal.", NAMED], "He earned a medal.") is None


def test_the_bracket_is_read_back_without_its_comma() -> None:
    bullet = named_before("Lisa McElroy", "the respected law professor, was once a contestant")
    found = NAME_IN_PLACE.match(bullet)
    assert found is not None and found.group("who") == "Lisa McElroy"
    assert bullet[found.end() :] == "the respected law professor, was once a contestant"


def test_shared_cnndm_115_and_xsum_116_leads_name_their_person() -> None:
    assert cnndm_groups(115)[0][0].startswith("[Lisa McElroy,] the respected law professor from Philadelphia")
    # a bare age keeps its place: the name goes after it (`en_age_names`), not in its stead
    assert shared_groups("en-xsum.jsonl", 14)[0][0].startswith("The 22-year-old [Williamson] fractured her neck")
    assert shared_groups("en-xsum.jsonl", 116)[0][0].startswith("[McIlroy,] the Northern Irishman, twice a winner")


def test_verify_supports_the_bracketed_name() -> None:
    page = [CLOSED, NAMED]
    text = "[Jane Doe,] the respected law professor from Ohio now under review, was once on a quiz show."
    assert verdict_on(page, text, [1, 2], "Quiz")[0] == VerdictLabel.supported
    assert verdict_on(page, text, [1], "Quiz")[0] != VerdictLabel.supported  # the name is not in [1]


def _lead(article: str) -> str:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    return draft(document_from_text(article, origin="x", kind="text")).groups[0].points[0].text


def test_a_name_in_another_paragraph_is_not_brought_in() -> None:
    """s64e's "[Sherwood] believes …" cited the naming paragraph beside the claim's, read blind as a
    citation not saying the claim: the name comes from the lead's own paragraph only."""
    rest = (
        "He chased down the leader over the last two laps of the race in Hong Kong. "
        "The team coach said the ride was the best of his season so far. "
        "The championships end on Sunday with the sprint finals at the velodrome."
    )
    lead = "The young rider from Leeds, a late pick for the team, earned a second medal on Friday."
    together = f"{lead} Latham, 23, emerged from the pack on the final lap. {rest}"
    apart = f"{lead}\n\nLatham, 23, emerged from the pack on the final lap. {rest}"
    assert _lead(together).startswith("[Latham,] the young rider from Leeds")
    assert _lead(apart).startswith("The young rider from Leeds")
