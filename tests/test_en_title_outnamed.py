"""The covering step puts no person's name over a group whose bullets name another person more
("Alvaro Negredo" over Bueno's career): the phrase stays. Bullets from the shared en-cnndm set
whose brief a blind reader marked."""

from __future__ import annotations

from citebrief.text.en_title_cover import covering_title
from citebrief.text.en_title_outnamed import covering_unless_outnamed, names_a_deed, outnamed
from conftest import shared_group_titles

BUENO = [
    "Bueno has scored 17 goals for Rayo Vallecano this season and could soon move to Porto",
    "Bueno came through at Real Madrid in the 2006-07 season when then manager Fabio Capello fast-tracked him "
    "from the C-team to train with David Beckham, Luis Figo and Raul.",
    "Following in the footsteps of Alvaro Negredo and Roberto Soldado he left the club in 2009 signing for "
    "Valladolid from where he spent a season at Derby before ending up back in Spain.",
    "Negredo and Soldado both made it into the Spain squad after they succeeded away from Madrid and national "
    "team boss Vicente Del Bosque will be watching on Wednesday when Bueno goes up against Sergio Ramos.",
]
ARTICLE = [
    "Derby County season ticket holders might struggle to believe it but Alberto Bueno prepares to face his "
    "former club Real Madrid on Wednesday.",
    *BUENO,
]


def test_a_name_fewer_bullets_say_than_another_person_is_outnamed() -> None:
    assert outnamed("Alvaro Negredo", BUENO, ARTICLE)  # two bullets; Bueno three
    assert not outnamed("Alberto Bueno", BUENO, ARTICLE)
    assert not outnamed("Spain Squad", BUENO, ARTICLE)  # no person


def test_the_phrase_stays_where_the_covering_name_is_outnamed() -> None:
    used = {"alberto bueno", "spain squad"}  # the overview's subject, this group's title
    assert covering_title(BUENO, BUENO, ARTICLE, set(used), "Spain Squad") == "Alvaro Negredo"
    assert covering_unless_outnamed(BUENO, BUENO, ARTICLE, used, "Spain Squad") == "Spain Squad"
    assert used == {"alberto bueno", "spain squad"}


TRIAL = [
    "A second defendant, Edward Byatt, 39, of Buckhurst Hill, Essex, was ordered to pay back £10,000 for his "
    "part in the fraud.",
    "'Grant Allen used other people in the laundering process. He is somehow involved in criminal behaviour,' "
    "prosecutor Charles Evans told the trial in 2013.",
    "Godwin was cleared by the jury of conspiracy to remove criminal property after telling them she had no "
    "idea where Allen had got the large sums of money.",
    "But Allen and Byatt were both convicted after trial and were both in court to hear the order being made.",
]
TRIAL_ARTICLE = ["Grant Allen, 38, of Harlow, Essex, travelled first class around the world.", *TRIAL]


def test_the_event_two_bullets_report_takes_an_outnamed_name_s_place() -> None:
    used = {"grant allen", "criminal behaviour"}
    assert covering_title(TRIAL, TRIAL, TRIAL_ARTICLE, set(used), "Criminal Behaviour") == "Edward Byatt"
    assert covering_unless_outnamed(TRIAL, TRIAL, TRIAL_ARTICLE, used, "Criminal Behaviour") == "The Trial"
    assert used == {"grant allen", "the trial"}


def test_a_name_s_deed_is_no_phrase_a_name_replaces() -> None:
    assert names_a_deed("Cazorla's Track Choice") and names_a_deed("Sachin Tendulkar’s Capabilities")
    assert not names_a_deed("Track Choice") and not names_a_deed("the boy's leg")


def test_the_arsenal_playlist_brief_keeps_cazorla_s_track_choice() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 151)
    assert "Cazorla's Track Choice" in titles and "Theo Walcott" not in titles
