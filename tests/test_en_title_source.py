"""An English group title the bullets say only as who told the news — a source before
"reported", a speaker before "told", what follows "according to", the medium "in a blog post" —
gives way to the group's best phrase said outside such an attribution
(`en_title_source.source_title`); a speaker two bullets quote, a title said in a bullet's own
words, a source with no phrase to take its place and a person over an abstract word alone
one bullet lifts ("Assistance") stay. Small cases written after en-cnndm
briefs, and two readers' briefs."""

from __future__ import annotations

from citebrief.text.en_title_source import source_title
from conftest import shared_group_titles

SINGER = [
    "He had performed most recently in Istanbul on Valentine's Day.",
    "The cancer returned in 2005 and then again in 2014, Turkey's semiofficial Anadolu Agency reported.",
]
COACH = [
    "Head coach John Carver said before the game he had a secret motivational tactic up his sleeve.",
    "Neville was at the Stadium of Light on Sunday and the side played like one with their flip-flops on.",
]


def _titled(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    given = used if used is not None else {title.casefold()}
    return source_title(bullets, bullets, bullets, given, title)


def test_a_source_that_reported_gives_way_to_what_it_reported() -> None:
    used = {"anadolu agency", "kayahan's death"}
    assert _titled(SINGER, "Anadolu Agency", used) == "Cancer"
    assert "cancer" in used and "anadolu agency" not in used


def test_a_speaker_one_bullet_quotes_gives_way_to_what_he_said() -> None:
    assert _titled(COACH, "John Carver") == "Motivational Tactic"


def test_a_speaker_two_bullets_quote_stays() -> None:
    father = [
        "Frank Jordan told CNN's Wolf Blitzer that he had worried about his son.",
        '"He\'s got very strong constitution," Frank Jordan told CNN.',
        "Collecting fresh water was a nightmare for Jordan.",
    ]
    assert _titled(father, "Frank Jordan") == "Frank Jordan"


def test_a_speaker_another_bullet_names_by_surname_stays() -> None:
    lawyer = [
        "Pama's defence lawyer Bruce Peters said Mr Yeaman was known for getting drunk.",
        "'He was being pushed,' Mr Peters revealed during a bail application for Pama.",
    ]
    assert _titled(lawyer, "Bruce Peters") == "Bruce Peters"


def test_a_lower_case_subject_of_claims_is_no_teller() -> None:
    tories = [
        "Mr Cameron's remarks come amid claims senior Tory figures are already planning a coup.",
        "Some MPs are prepared to engineer a coup by submitting letters of no-confidence.",
    ]
    assert _titled(tories, "Tory Figures") == "Tory Figures"


def test_a_title_said_in_the_bullets_own_words_stays() -> None:
    agency = [
        "The Anadolu Agency is Turkey's semiofficial news service.",
        "The cancer returned in 2005, the agency reported.",
    ]
    assert _titled(agency, "Anadolu Agency") == "Anadolu Agency"


def test_a_source_with_no_thing_to_take_its_place_stays() -> None:
    quotes = ["'It was great,' she told the BBC.", "'We were happy,' Mr Smith said."]
    assert _titled(quotes, "BBC") == "BBC"


def test_a_speaker_stays_over_an_abstract_word_one_bullet_lifts() -> None:
    pundit = [
        "Pakistan batted for 63 overs on a pitch that offered the bowlers little assistance.",
        '"Their spirit was broken," said former batsman Geoffrey Boycott.',
    ]
    assert _titled(pundit, "Geoffrey Boycott") == "Geoffrey Boycott"
    own = ["'He puts pressure on him,' said goalkeeping coach Tony Parks.", "Brad wants to play at Wembley."]
    assert _titled(own, "Tony Parks") == "Pressure"  # the person's own word, in the bullet that names him
    outlet = [
        "Pakistan batted for 63 overs on a pitch that offered the bowlers little assistance.",
        "'Their spirit was broken,' the coach told BBC Newcastle.",
    ]
    assert _titled(outlet, "BBC Newcastle") == "Assistance"  # no person: `en_title_speakers` reads the words


def test_the_pundits_name_stays_over_a_lifted_word() -> None:
    cricket = shared_group_titles("en-xsum.jsonl", 17)  # England's win over Pakistan
    assert "Assistance" not in cricket and "Geoffrey Boycott" in cricket
    # en-cnndm 26: "pressure" is the coach's own word, in the bullet naming him: a blind reader preferred it
    villa = shared_group_titles("en-cnndm.jsonl", 26)  # Given keeps his place over Guzan
    assert "Pressure" in villa and "Tony Parks" not in villa


def test_the_readers_briefs_name_the_news() -> None:
    singer = shared_group_titles("en-cnndm.jsonl", 150)  # a Turkish singer's death of cancer
    # (its "Cancer" pair of strangers now joins the death's key points: `en_stranger_homes`)
    assert "Anadolu Agency" not in singer
    uber = shared_group_titles("en-cnndm.jsonl", 176)  # Uber's hire of a security chief
    assert "Blog Post" not in uber
    police = shared_group_titles("en-cnndm.jsonl", 114)  # a karate teacher's child abuse videos
    assert "Montgomery County Police" not in police


def test_a_word_cut_from_the_compound_the_text_always_writes_takes_it_whole() -> None:
    towers = ['Mary Hope said: "I feel let down."', "Checks are under way on high rises across the country."]
    assert _titled(towers, "Mary Hope") == "High Rises"  # not "Rises": high-rise buildings
    # en-xsum 68: a tenant's words and tests on high rises after the Grenfell Tower fire
    assert "Rises" not in shared_group_titles("en-xsum.jsonl", 68)
