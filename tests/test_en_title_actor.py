"""Last ways out of a vague English group title: a word alone that the bullets write inside a
name gives way to the whole name, and a group mostly one person's words to that person's name,
unless a title given already names them. Bullets from the shared en-cnndm set."""

from __future__ import annotations

from citebrief.text.en_title_actor import first_named, fullest, name_holding, speaker_name
from citebrief.text.en_title_vague import plain_title

MONTENEGRO = [
    "Russia did not escape unpunished for their players' actions and were issued with a 25,000 euro fine.",
    "The head of the Football Association of Montenegro (FSCG) had branded fans who forced the abandonment "
    "as 'barbarians'.",
    "In a statement the day after the game, the association's secretary general Momir Durdevac said: "
    "'The match from the first minute was a disgrace.'",
]
BALE = [
    "If one doesn't play, another will.",
    "But Bale is at 100 per cent.'",
    "'Bale had a fantastic season last time and scored in both finals. We hope to play more finals over the "
    "coming months and he will be important, like last year,' he added.",
    "Meanwhile, Atletico's Croatia forward Mario Mandzukic has recovered from an ankle problem.",
]
HAZARD = [
    "The 24-year-old playmaker was clearly unhappy to have been substituted.",
    "'I was a little bit surprised to be substituted,' Eden Hazard said.",
    "'I asked the coach for a reason and he told me that I was tired,' Hazard said.",
]


def test_a_word_alone_gives_way_to_the_name_that_holds_it() -> None:
    assert name_holding("Association", MONTENEGRO, MONTENEGRO, set()) == "Football Association of Montenegro"


def test_a_name_is_not_taken_from_a_longer_run_of_capitals_or_a_titled_phrase() -> None:
    cut = ["The Football Association of Montenegro met."]
    assert name_holding("Montenegro", cut, ["The Football Association of Montenegro met in the League."], set()) == (
        "Football Association of Montenegro"
    )
    met = ["He met the Association of Montenegro."]
    assert name_holding("Association", met, ["He met Football Association of Montenegro Cup winners."], set()) == ""
    assert name_holding("Association", MONTENEGRO, MONTENEGRO, {"football association of montenegro"}) == ""
    assert name_holding("Magnitude of the Game", MONTENEGRO, MONTENEGRO, set()) == ""  # a word alone only


def test_a_group_of_one_persons_words_is_titled_by_the_name() -> None:
    article = [*BALE, "Real Madrid will have Gareth Bale back for the derby."]  # the first name: a person
    assert speaker_name(BALE, BALE, article, set()) == "Bale"
    assert speaker_name(HAZARD, HAZARD, HAZARD, set()) == "Eden Hazard"


def test_no_name_where_the_overview_names_the_person_or_no_one_holds_half() -> None:
    assert speaker_name(HAZARD, HAZARD, HAZARD, {"eden hazard"}) == ""
    assert speaker_name(HAZARD, HAZARD, HAZARD, {"hazard"}) == ""
    assert speaker_name(MONTENEGRO, MONTENEGRO, MONTENEGRO, set()) == ""


def test_the_vague_title_step_uses_them_last() -> None:
    used = {"association"}
    bullets = [MONTENEGRO[1], "'You saw how many people were involved in the organisation.'"]
    assert plain_title(bullets, bullets, bullets, used, "Association") == "Football Association of Montenegro"
    assert "football association of montenegro" in used and "association" not in used


JANNER = [
    "Director of Public Prosecutions Alison Saunders said she was aware of potential links between a key aide "
    "and the Labour peer's QC son.",
    "Neil Moore was consulted by Mrs Saunders before she concluded not to prosecute.",
    "The potential for a conflict of interest is unhelpful for Mrs Saunders.",
]


def test_a_surname_title_takes_the_given_name_a_bullet_writes() -> None:
    assert fullest("Saunders", JANNER, JANNER) == "Alison Saunders"  # not "Prosecutions Alison Saunders"
    assert fullest("Saunders", JANNER[1:], JANNER[1:]) == "Saunders"  # "Mrs Saunders" says no more
    assert fullest("Moore", JANNER, JANNER) == "Neil Moore"


def test_the_vague_title_step_names_the_person_in_full() -> None:
    used: set[str] = set()
    assert plain_title(JANNER, JANNER, JANNER, used, "Controversial Decision") == "Alison Saunders"


WIL_ARTICLE = [
    "When Utah photographer Alan Lawrence learned that his newborn son, Wil, had Down Syndrome his 'mind was "
    "flooded with many emotions.' Lawrence said his goal is to raise awareness about Down Syndrome.",
    "Wil Faces a Dinosaur: Here, Wil comes face-to-face with a Tyrannosaurus Rex Wil Escapes the Cart.",
]
HOLYFIELD_ARTICLE = [
    "Bowe was seen as the only man who could beat Evander Holyfield. Holyfield beat Bowe the following year.",
]
GULLIT_ARTICLE = [
    "His first job in the dugout was as assistant to Ruud Gullit in August, 1998.",
    "I said, 'Sorry Ruud, what did you say there?' He said he was going to leave out Alan and Duncan.",
]


def test_a_person_first_written_by_one_name_alone_is_no_title() -> None:
    """The toddler "Wil" ("his newborn son, Wil,"): a name a reader cannot place, though captions
    later write "Rex Wil" (a given name before it, to the actor tables)."""
    assert first_named("Wil", WIL_ARTICLE, WIL_ARTICLE) == ""


def test_a_surname_first_written_after_its_given_name_stands() -> None:
    assert first_named("Holyfield", HOLYFIELD_ARTICLE, HOLYFIELD_ARTICLE) == "Holyfield"


def test_a_first_name_takes_the_surname_its_first_mention_writes_where_the_group_says_it() -> None:
    assert first_named("Ruud", GULLIT_ARTICLE, GULLIT_ARTICLE) == "Ruud Gullit"
    assert first_named("Ruud", GULLIT_ARTICLE, GULLIT_ARTICLE[1:]) == ""  # the group never says the whole name


def test_names_not_a_persons_and_whole_names_stand() -> None:
    texts = ["Slovakia are the surprise leaders in Group C after a win over Spain in Zilina."]
    assert first_named("Slovakia", texts, texts) == "Slovakia"
    assert first_named("Frank Jordan", WIL_ARTICLE, WIL_ARTICLE) == "Frank Jordan"


# a surname the article never gives a first name (en-xsum drops the sentence that did)
SURNAME_ONLY = [
    "Since his move was announced in March, Clough has watched the team as much as possible.",
    "With his focus on league as a youngster, he did not grow up watching the Premiership.",
    "Clough said he was having to adapt to a different way of training.",
    '"It hurt my neck," Clough said with a wry smile.',
]


def test_a_surname_that_speaks_is_a_person_the_group_is_titled_by() -> None:
    # en_said_surname: without it person_key knows no "Clough" and the group keeps "Wry Smile"
    assert speaker_name(SURNAME_ONLY, SURNAME_ONLY, SURNAME_ONLY, set()) == "Clough"
    assert speaker_name(SURNAME_ONLY, SURNAME_ONLY, SURNAME_ONLY, {"clough"}) == ""
