"""A title one bullet at most says, over a group about one person, takes a thing a bullet writes as
that person's ("Electronic Devices" → "Roberts' Research", `text/en_title_theirs.py`); a title
two bullets say, a thing after an adjective, a head that names who speaks for the person or what
they said, a noun of what happened and a surname two people share leave it. Small cases written
after en-cnndm briefs, and the briefs of en-cnndm articles themselves."""

from __future__ import annotations

from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_title_theirs import theirs_title
from conftest import shared_group_titles

CONTEXT = ["Security researcher Chris Roberts was questioned.", "Agent Dana Scully led the search."]
DEVICES = [
    "The agents took electronic devices and computer files from Roberts, the paper reported.",
    "The incident occurred a few hours after a report about Roberts' research was released.",
    "Roberts said in the report that planes could be taken out of the sky.",
]


def _title(bullets: list[str], title: str, context: list[str] | None = None) -> str:
    return theirs_title(
        bullets, bullets, bullets + (CONTEXT if context is None else context), {title.casefold()}, title
    )


def test_one_bullets_detail_takes_the_persons_thing() -> None:
    used = {"electronic devices", "chris roberts"}
    assert theirs_title(DEVICES, DEVICES, DEVICES + CONTEXT, used, "Electronic Devices") == "Roberts' Research"
    assert used == {"roberts' research", "chris roberts"}


def test_the_possessive_keeps_its_written_form() -> None:
    bullets = [DEVICES[0], "Roberts’s research was released by the paper.", DEVICES[2]]
    assert _title(bullets, "Electronic Devices") == "Roberts’s Research"


def test_a_title_two_bullets_say_stays() -> None:
    bullets = [DEVICES[0], DEVICES[1], "Roberts said the devices held his notes."]
    assert _title(bullets, "Electronic Devices") == "Electronic Devices"


def test_a_thing_after_an_adjective_stays() -> None:
    bullets = [DEVICES[0], "Officials knew about Roberts' inappropriate research and did nothing.", DEVICES[2]]
    assert _title(bullets, "Electronic Devices") == "Electronic Devices"


def test_who_speaks_for_the_person_or_what_they_said_stays() -> None:
    kinds = rows_by_kind("en_title_theirs.tsv")  # s50w (review #20): each row says which kind it is
    assert set(kinds) == {"speaker", "said"}
    assert all(head.isalpha() and head.islower() for heads in kinds.values() for head in heads)
    for head, kind in (("attorney", "speaker"), ("remarks", "said"), ("responses", "said")):
        assert head in kinds[kind]
        bullets = [DEVICES[0], f"A report about Roberts' {head} was released.", DEVICES[2]]
        assert _title(bullets, "Electronic Devices") == "Electronic Devices"


def test_a_surname_two_people_share_stays() -> None:
    context = [*CONTEXT, "Chris Roberts and his sister Anna Roberts spoke."]
    assert _title(DEVICES, "Electronic Devices", context) == "Electronic Devices"


def test_cnndm_briefs() -> None:
    assert "Roberts' Research" in shared_group_titles("en-cnndm.jsonl", 47)  # not "Electronic Devices"
    assert "Ballard's Mother" in shared_group_titles("en-cnndm.jsonl", 53)  # not "Clear Memories"


def test_what_the_person_said_back_is_no_title() -> None:
    # en-cnndm 199: "only McHenry's responses" are her words on the tape; the group is titled by
    # what happened to her
    titles = shared_group_titles("en-cnndm.jsonl", 199)
    assert "McHenry's Responses" not in titles
    assert "McHenry's Suspension" in titles
