"""A loose two-word title lifted from one speaker's quotation, over a group of their words only,
gives way to the speaker's name (`text/en_title_loose_speaker.py`)."""

from __future__ import annotations

from citebrief.text.en_title_loose_speaker import loose_speaker_title
from conftest import shared_group_titles

RUN = [
    'Ann Lee, from the Union of Cooks, said: "Opening 300 kitchens would be a massive challenge for us."',
    '"The report also says cooks should be the priority."',
    '"This is not a bad idea in principle."',
]


def _title(bullets: list[str], title: str, guard: set[str] | None = None) -> str:
    used = guard if guard is not None else {title.casefold()}
    return loose_speaker_title(bullets, bullets, bullets, used, title)


def test_a_loose_title_of_one_speakers_run_names_the_speaker() -> None:
    guard = {"massive challenge", "kitchens"}
    assert _title(RUN, "Massive Challenge", guard) == "Ann Lee"
    assert guard == {"ann lee", "kitchens"}


def test_other_titles_stay() -> None:
    assert _title(RUN, "Challenge") == "Challenge"  # no loose adjective
    assert _title(RUN, "Massive Kitchen Challenge") == "Massive Kitchen Challenge"  # not two words
    assert _title(RUN[:1], "Massive Challenge") == "Massive Challenge"  # one bullet is no run


def test_a_group_with_narration_or_the_writers_word_stays() -> None:
    narrated = [*RUN[:2], "The kitchens opened in May."]
    assert _title(narrated, "Massive Challenge") == "Massive Challenge"
    writers = ["It would be a massive challenge, Ann Lee said.", *RUN[1:]]
    assert _title(writers, "Massive Challenge") == "Massive Challenge"


def test_a_name_another_title_holds_is_not_given() -> None:
    guard = {"massive challenge", "ann lee's report"}
    assert _title(RUN, "Massive Challenge", guard) == "Massive Challenge"


def test_shared_xsum_191_teresa_frith() -> None:
    # blind readers marked "Massive Challenge" (a judging adjective and a vague noun) down
    titles = shared_group_titles("en-xsum.jsonl", 191)
    assert "Teresa Frith" in titles and "Massive Challenge" not in titles
