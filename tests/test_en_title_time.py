"""An English group title that says when gives way to what a bullet says happens then
(`en_title_time.time_title`); a name holding a time word, or a time with no phrase to take its
place, stays. Small cases written after en-xsum and en-cnndm briefs ("Tuesday Afternoon" over
Selby's quarter-final, "November's Game" over Cardiff's ticket row)."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_time import only_time, time_phrase, time_title, untimed_subject

SELBY = [
    "Selby begins his last-eight match on Tuesday afternoon.",
    '"My opponent will know that when they play against me they will be in for a battle.',
]
CARDIFF = [
    "Cardiff welcomed 2,200 Leeds fans in the reverse fixture back in November's game, and have been angered.",
    "Leeds have not spoken on the matter but it is believed that they offered 2,000 tickets with restrictions.",
]
ANZAC = [
    "Thousands gathered at dawn for Anzac Day in Wellington.",
    "Veterans marched through the city after the Anzac Day service.",
]
MUIR = [
    "Muir's time of 14 minutes 52.07 seconds was her new outdoor personal best.",
    '"I\'m really happy," she said after the race.',
]


def _titled(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    given = used if used is not None else {title.casefold()}
    return time_title(bullets, bullets, bullets, given, title)


def test_a_time_gives_way_to_what_happens_then() -> None:
    used = {"tuesday afternoon", "selby"}
    assert _titled(SELBY, "Tuesday Afternoon", used) == "Last-eight Match"
    assert "last-eight match" in used and "tuesday afternoon" not in used
    assert _titled(CARDIFF, "November's Game") == "Reverse Fixture"


def test_a_name_holding_a_time_word_is_no_time() -> None:
    assert not time_phrase("Anzac Day", ANZAC)
    assert _titled(ANZAC, "Anzac Day") == "Anzac Day"
    assert time_phrase("Final Year", ["Back to my studies to complete my final year."])
    assert not time_phrase("January Jones", ["January Jones starred in the series."])


def test_a_time_with_no_whole_phrase_beside_it_stays() -> None:
    assert _titled(MUIR, "Muir's Time") == "Muir's Time"  # not the cut "Outdoor Personal"
    assert _titled(SELBY[:1], "Tuesday Afternoon") == "Tuesday Afternoon"  # one bullet: no group to retitle


def test_the_time_words_are_lower_case_single_words() -> None:
    words = list(data_lines("en_time_words.tsv"))
    assert "afternoon" in words and "november" in words
    assert all(w == w.strip().lower() and " " not in w and "\t" not in w for w in words)
    assert len(words) == len(set(words))


LOAN = [
    "The Rovers loaned Jones to City in July and he has three goals this year.",
    "Jones made his Rovers debut in 2015 and has scored twice.",
]


ARREST = [
    "Brown was first arrested in October 2019 after a neighbour reported the burglary.",
    "He said he broke in once before October 2019 and twice more while he was out on bail.",
]


def test_a_bare_time_gives_way_to_one_word_the_group_writes() -> None:
    used = {"october"}
    titled = _titled(ARREST, "October", used)
    assert titled != "October" and titled.casefold() in used and "october" not in used
    assert _titled(ARREST[:1], "October") == "October"  # one bullet: no group to retitle


def test_an_overview_subject_only_a_time_gives_way() -> None:
    assert only_time("July", LOAN) and only_time("Saturday Afternoon", ["On Saturday afternoon it rained."])
    assert untimed_subject("July", LOAN, LOAN) == ""  # the next way of choosing takes its turn
    assert untimed_subject("Jones", LOAN, LOAN) == "Jones"
    assert not only_time("Final Year", ["Back to my studies to complete my final year."])  # a time with a head
    assert not only_time("Anzac Day", ANZAC)  # a name
    assert not only_time("May", ["May said the talks would go on."])  # as likely Theresa May


def test_a_time_stays_for_the_lead_thread_to_replace() -> None:
    dog = [
        "A dog fell through the ice on Saturday afternoon.",
        "The dog was pulled out by firefighters.",
        "Firefighters said the dog was cold.",
        "The dog is now at home.",
    ]
    # `en_title_detail.overview_subject` gives it the dog the article keeps coming back to
    assert untimed_subject("Saturday Afternoon", dog, dog) == "Saturday Afternoon"
    assert untimed_subject("Saturday Afternoon", dog, dog[:1]) == ""
