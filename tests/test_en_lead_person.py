"""An English overview titled by a person the lead only mentions gives way to the person whose
full name opens the first sentence as its subject. Sentences from the shared en-cnndm set."""

from __future__ import annotations

from citebrief.text.en_lead_person import aged_lead_person, lead_person
from conftest import shared_group_titles

MASTERS = [
    "Bradley Neil admitted he needed to give himself a 'kick up the arse' after missing the cut on his Masters "
    "debut at Augusta National. 'It was a great learning experience but very tough,' said the 2014 Amateur "
    "champion, who played with 1988 Masters winner Sandy Lyle.",
    "Neil still harboured hopes of making the cut after his first round.",
    "Neil said Lyle had pointed something out on the greens.",
]


def test_the_person_the_lead_opens_on_takes_the_overview() -> None:
    assert lead_person("Sandy Lyle", MASTERS[0], MASTERS) == "Bradley Neil"


def test_the_subject_stays_where_it_is_the_opener_or_no_person() -> None:
    assert lead_person("Bradley Neil", MASTERS[0], MASTERS) == ""
    assert lead_person("Masters Debut", MASTERS[0], MASTERS) == ""  # a thing, not a person
    assert lead_person("Sandy Lyle", "The Scot missed the cut, Sandy Lyle said.", MASTERS) == ""


def test_the_subject_stays_where_the_article_names_the_opener_less() -> None:
    texts = [MASTERS[0], "Lyle won in 1988.", "Lyle said he was proud.", "Lyle will play on Friday."]
    assert lead_person("Sandy Lyle", MASTERS[0], texts) == ""


CYCLING = [
    "Media playback is not supported on this deviceThe 23-year-old earned GB's second medal of the championships "
    "following Elinor Barker's silver medal in the women's scratch on Wednesday.",
    "Latham emerged from the pack to take bronze as he chased down Adrian Teklinski of Poland.",
    '"I am really happy to come away with a medal, finally," Latham told the BBC.',
    "Elinor Barker came into the quartet of Emily Nelson and Manon Lloyd. Barker rode well. Barker won silver.",
]


def test_a_lead_opening_on_an_age_takes_the_next_sentence_s_person() -> None:
    assert aged_lead_person("Elinor Barker", CYCLING[:2], CYCLING) == "Latham"


def test_the_aged_lead_needs_a_person_said_twice_after_an_unnamed_opening() -> None:
    assert aged_lead_person("Elinor Barker", [CYCLING[0], "Britain won the most medals in the event."], CYCLING) == ""
    assert aged_lead_person("Elinor Barker", [CYCLING[1], CYCLING[2]], CYCLING) == ""  # the lead names its person
    assert aged_lead_person("Elinor Barker", CYCLING[:2], CYCLING[:2]) == ""  # Latham said once


def test_en_xsum_7_is_titled_by_its_medallist() -> None:
    assert shared_group_titles("en-xsum.jsonl", 7)[0] == "Key points: Latham's Bronze Medal"  # and his medal


COURT = [
    "Johnny McGurk, 49, appeared in court in County Londonderry accused of theft from a quarry firm.",
    "The accused lives in Knockloughrim, Magherafelt, County Londonderry.",
    "Mr McGurk was released on bail. Mr McGurk will appear in court again on 19 November.",
]


def test_a_place_the_lead_mentions_gives_way_to_the_person_it_opens_on() -> None:
    assert lead_person("County Londonderry", COURT[0], COURT) == "Johnny McGurk"
    # a place the article also writes as a subject is no mere setting
    assert lead_person("County Londonderry", COURT[0], [*COURT, "County Londonderry voted to close it."]) == ""


def test_en_xsum_91_is_titled_by_the_accused() -> None:
    # session 52: the deed table's "appeared in court" (`en_overview_deed`) moved this from the bare
    # "Johnny McGurk" to his court appearance; the test still guards that the accused, not the
    # place, titles the overview
    assert shared_group_titles("en-xsum.jsonl", 91)[0] == "Key points: Johnny McGurk's Court Appearance"
