"""An English overview titled by a name alone takes what happened to it, as the article's
opening paragraphs write it after the name's possessive (`text/en_overview_event.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_deed import named_deed, overview_event
from citebrief.text.en_overview_event import named_event
from conftest import shared_group_titles

BADER = [
    "Fighter ace: Douglas Bader's story is to be told in a Hollywood film dubbed 'The First Great Escape'. The "
    "story of how Douglas Bader recovered from having both legs amputated is remarkable enough.",
    "Bader's life story has already been the subject of the successful film Reach for the Sky in 1956.",
]
CHRISTIE = [
    "Chris Christie's wife has quit her big-money job on Wall Street in what could be a sign her husband has "
    "decided to run for president in 2016.",
    "Christie's bid for president - if it comes - would be his first. Christie's attorney declined to comment.",
]


def test_a_name_takes_the_event_its_possessive_names() -> None:
    used = {"douglas bader"}
    assert named_event("Douglas Bader", BADER[0], BADER, used) == "Douglas Bader's story"
    assert used == {"douglas bader's story"}


def test_the_full_name_of_the_surname_form_and_what_a_bid_is_for() -> None:
    """The lead's full name, not "Christie's" alone: the title has no other words to say who."""
    assert named_event("Chris Christie", CHRISTIE[0], CHRISTIE, set()) == "Chris Christie's bid for president"
    king = ["Blues legend B.B. King was hospitalized.", "King's dehydration was caused by his Type II diabetes."]
    assert named_event("B.B. King", king[0], king, set()) == "B.B. King's dehydration"


def test_the_surname_form_stays_where_the_full_name_makes_a_long_title() -> None:
    texts = [
        "Sunderland striker Jermain Colin Defoe scored again.",
        "Defoe's superb first-half strike won the derby.",
    ]
    assert named_event("Jermain Colin Defoe", texts[0], texts, set()) == "Defoe's superb first-half strike"


def test_a_name_with_a_particle_takes_its_deed() -> None:
    """ "al-Douri" and "del" are words of a person's name, though written in lower case."""
    texts = ["Iraqi officials said Izzat Ibrahim al-Douri had died in fighting with government troops."]
    assert named_deed("Izzat Ibrahim al-Douri", texts, set()) == "Izzat Ibrahim al-Douri's death"
    coach = ["Vicente del Bosque was sacked on Monday."]
    assert overview_event("Vicente del Bosque", coach[0], coach, set()) == "Vicente del Bosque's sacking"
    assert overview_event("del Bosque", coach[0], coach, set()) == "del Bosque"  # a particle opens no name


def test_a_thing_owned_or_a_name_the_lead_does_not_name_stays() -> None:
    texts = ["Gentile's attorney said the arrest was a ruse.", "Robert Gentile, 78, was arrested on Friday."]
    assert named_event("Robert Gentile", texts[0], texts, set()) == "Robert Gentile"  # an attorney is no event
    rally = [
        "Two comedians came out in support of Labour at a party rally.",
        "Ben Elton took a swipe at Myleene Klass over her criticism of Ed Miliband's mansion tax plans.",
    ]
    assert (
        named_event("Ed Miliband", rally[0], rally, set()) == "Ed Miliband"
    )  # one speaker's subject, not the article's
    late = ["Douglas Bader flew again.", "He was shot down.", "He was caught.", "He escaped.", *BADER]
    assert named_event("Douglas Bader", late[0], late, set()) == "Douglas Bader"  # past the opening paragraphs


def test_a_real_article_overview_says_what_happened_to_its_person() -> None:
    """en-cnndm record 142 (Benzema misses a game with a knee problem): not "Karim Benzema" alone;
    record 86 (al-Douri reported killed): not "Izzat Ibrahim al-Douri" alone."""
    assert shared_group_titles("en-cnndm.jsonl", 142)[0] == "Key points: Karim Benzema's Absence"
    assert shared_group_titles("en-cnndm.jsonl", 86)[0] == "Key points: Izzat Ibrahim al-Douri's Death"


def test_a_run_stands_only_with_what_it_is_of() -> None:
    texts = ["Eugenie Bouchard's run of poor form continued as the top seed was beaten 6-3, 6-1."]
    assert named_event("Eugenie Bouchard", texts[0], texts, set()) == "Eugenie Bouchard's run of poor form"
    alone = ["Eugenie Bouchard's run ended on Wednesday in Charleston."]
    assert named_event("Eugenie Bouchard", alone[0], alone, set()) == "Eugenie Bouchard"


def test_a_call_up_a_vote_and_an_equaliser_are_events() -> None:
    """`data/en_named_events.tsv`: what a sports story's person did or was given, after "his"."""
    grealish = ["Jack Grealish's senior call-up has delighted Aston Villa fans."]
    assert named_event("Jack Grealish", grealish[0], grealish, set()) == "Jack Grealish's senior call-up"
    mulumbu = ["Youssouf Mulumbu has cast his vote for the PFA awards."]
    assert named_deed("Youssouf Mulumbu", mulumbu, set()) == "Youssouf Mulumbu's vote"  # after "his"
    aduriz = ["Aritz Aduriz's late equaliser denied Valencia."]
    assert named_event("Aritz Aduriz", aduriz[0], aduriz, set()) == "Aritz Aduriz's late equaliser"


def test_comments_and_performances_are_what_a_person_gave() -> None:
    """`data/en_named_events.tsv`: blind readers mark a bare name ("Shay Given") down where the
    article writes what of theirs the story is about; en-cnndm record 26 (Given keeps his place
    for the final on his FA Cup form), en-xsum 48 (the row over Nesbitt's remarks)."""
    given = ["Given's performances in the FA Cup have given Sherwood plenty to consider."]
    assert named_event("Shay Given", given[0], given, set()) == "Shay Given's performances"
    assert shared_group_titles("en-cnndm.jsonl", 26)[0] == "Key points: Shay Given's Performances"
    nesbitt = shared_group_titles("en-xsum.jsonl", 48)  # the focus turned on his comments
    assert nesbitt[0] == "Key points: Mike Nesbitt's Comments"
