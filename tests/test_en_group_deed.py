"""An English group of one person's words titled by what they said ("Ancelotti's Warning",
"Manohar's Denial", `text/en_group_deed.py`); a strong title, a group that is no one person's,
a saying after "He", a negated one and one another title holds keep the title. Short texts
shaped after the shared en-cnndm set, and four of its articles."""

from __future__ import annotations

from citebrief.text.en_group_deed import group_deed_title
from citebrief.text.en_overview_deed import deed_verbs, grounded
from conftest import shared_group_titles

COACH = [
    "Real Madrid boss Carlo Ancelotti knows his side have plenty of reasons to be wary against Malaga.",
    "Malaga won 1-0 at the Nou Camp and Ancelotti has warned his players they must forget Atletico.",
    "Ancelotti, who is without the injured Karim Benzema, said: 'Malaga played very well.'",
]
DOCTOR = [
    "Manohar told officers he had known her since working with her at the Royal Liverpool Hospital.",
    "He said she had also asked him 'to find her a single and smart man'.",
    "Manohar, of Barnston, Wirral, denies four counts of sexual assault.",
]
DOCTOR_TEXT = ["A&E consultant Dr Ram Manohar, 38, is alleged to have touched two nurses. " + " ".join(DOCTOR)]


def _title(bullets: list[str], title: str, used: set[str] | None = None, text: list[str] | None = None) -> str:
    texts = text or [" ".join(bullets)]
    return group_deed_title(bullets, texts, texts, {title.casefold(), *(used or set())}, title)


def test_a_name_alone_over_a_warning_names_the_warning() -> None:
    used = {"carlo ancelotti", "key points: luis enrique"}
    texts = [" ".join(COACH)]
    assert group_deed_title(COACH, texts, texts, used, "Carlo Ancelotti") == "Ancelotti's Warning"
    assert used == {"ancelotti's warning", "key points: luis enrique"}  # the title given, the name's freed


def test_a_one_bullet_phrase_over_a_denial_names_the_denial() -> None:
    assert _title(DOCTOR, "Royal Liverpool Hospital", text=DOCTOR_TEXT) == "Manohar's Denial"
    assert _title(DOCTOR, "Royal Liverpool Hospital", {"dr ram manohar"}, DOCTOR_TEXT) == "Manohar's Denial"


def test_who_complained_and_what_was_alleged() -> None:
    bullets = [
        "Perry is alleged to have told students that Obama is a Muslim.",
        "A 12-year-old boy in Perry's class told his father, Jimmie Scott, who complained to the school.",
    ]
    assert _title(bullets, "Perry's Class") == "Scott's Complaint"


def test_a_title_two_bullets_say_stays() -> None:
    bullets = [*COACH[:2], "Ancelotti said Malaga's fans make the Rosaleda a hard place for Real Madrid."]
    assert _title(bullets, "Malaga") == "Malaga"


def test_a_matter_a_bullet_names_stays() -> None:
    bullets = [
        "Paul Dundon warned there would be a big jump in employees calling in sick.",
        "Mr Dundon said bosses should expect a 25 per cent rise in absenteeism on Monday.",
    ]
    assert _title(bullets, "Absenteeism") == "Absenteeism"


def test_a_group_of_another_persons_words_stays() -> None:
    bullets = [
        "Ramsey has warned his job could be under threat if Rangers are relegated.",
        "Sherwood said he would work with Ramsey again.",
        "Sherwood left the door open for a reunion at Villa.",
    ]
    assert _title(bullets, "Reunion Talk") == "Reunion Talk"


def test_a_saying_in_a_sentence_on_another_is_not_the_groups() -> None:
    bullets = [
        "Head coach John Carver said before the game he had a secret motivational tactic.",
        "Phil Neville was scathing in his assessment of Newcastle a fortnight ago.",
        "Neville was there and, rather than prove him wrong as a livid Carver promised his men would, they lost.",
    ]
    assert _title(bullets, "John Carver") == "John Carver"


def test_a_saying_after_he_or_negated_is_none() -> None:
    bullets = ["He denied all of the charges.", "Boente, from Birmingham, was charged with two counts."]
    assert _title(bullets, "Birmingham") == "Birmingham"
    bullets = ["Gentile has not denied any knowledge of the heist.", "Gentile was questioned for years."]
    assert _title(bullets, "Heist Site") == "Heist Site"


def test_a_title_given_already_is_not_repeated() -> None:
    assert _title(COACH, "Carlo Ancelotti", {"ancelotti's warning"}) == "Carlo Ancelotti"


def test_a_surname_two_people_share_keeps_its_given_name() -> None:
    bullets = [
        "Brenda Burns claims that a Child Protective Services worker entered their home.",
        "'I literally thought: Do you have the right family?' she said to Dr Phil.",
    ]
    text = ["Joshua Burns was sentenced. His wife, Brenda Burns, says he is innocent. " + " ".join(bullets)]
    assert _title(bullets, "Services Worker", text=text) == "Brenda Burns's Claims"


def test_the_noun_is_grounded_by_its_verb() -> None:
    assert "warned" in deed_verbs("warning") and "denies" in deed_verbs("denial")
    assert grounded("Manohar's Denial", DOCTOR)
    assert not grounded("Manohar's Apology", DOCTOR)


def test_a_tribute_and_praise_are_sayings() -> None:
    bullets = [
        "Director Michael Redwood paid tribute to the actor.",
        "Redwood said: 'Peter managed to subdue his mischievousness when filming an intimate library scene.'",
        "'I'd asked Peter to whisper something to make her smile.'",
    ]
    assert _title(bullets, "Intimate Library Scene").endswith("Redwood's Tribute")
    assert grounded("Redwood's Tribute", [" ".join(bullets)])
    assert "hit out at" in deed_verbs("criticism")


def test_a_one_word_name_a_bullet_says_is_still_weak() -> None:
    # "Elton" is said in the bullets as "Absenteeism" is, but a name says who, not what
    bullets = [
        "Elton, who distanced himself from the party, told supporters he was back with Labour.",
        "He said: 'It's no secret that I am now one of that wealthy minority.'",
        "Elton lashed out at the glitzy fundraising ball staged annually by the Conservatives.",
    ]
    text = ["Comedian Ben Elton spoke at the rally. " + " ".join(bullets)]
    assert _title(bullets, "Elton", text=text) == "Elton's Criticism"


def test_shared_articles() -> None:
    assert "Ancelotti's Warning" in shared_group_titles("en-cnndm.jsonl", 73)  # was "Carlo Ancelotti"
    titles = shared_group_titles("en-cnndm.jsonl", 89)  # a doctor's trial: his denial, a nurse's allegations
    assert "Manohar's Denial" in titles and "Nurse B's Allegations" in titles
    # 44's "Scott's Complaint" (was "Perry's Class") is among the key points since en_lead_pairs
    assert "Perry's Class" not in shared_group_titles("en-cnndm.jsonl", 44)
    titles = shared_group_titles("en-cnndm.jsonl", 52)  # a union's warning on absenteeism keeps its matter
    assert "Rise in Absenteeism" in titles and "Dundon's Warning" not in titles  # widened (en_title_widened)
    # a director's tribute and his anecdote: was "Intimate Library Scene", one quote's phrase
    assert "Michael Redwood's Tribute" in shared_group_titles("en-cnndm.jsonl", 146)
    assert "Elton's Criticism" in shared_group_titles("en-cnndm.jsonl", 195)  # was "Elton"


def test_the_overview_names_no_saying() -> None:
    # "Bradley Neil admitted ...", "Allen ... accused": a saying is no overview's deed
    assert shared_group_titles("en-cnndm.jsonl", 81)[0] == "Key points: Bradley Neil's Masters Debut"
