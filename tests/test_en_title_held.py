"""An English group title that is a common noun alone (or a judgement before one) takes the
longer phrase the group writes it in with a name ("Grand National Fences", "Awareness about
Down Syndrome"); a title with none (a "his"/"her" before it is no name written), or a name, a
list's first item, a caption run on, stays. Small cases written after en-cnndm and en-xsum
briefs."""

from __future__ import annotations

from citebrief.text.en_title_held import held_title

FENCES = [
    "'I have taken him away (to racecourses) a couple of times so he is not too fresh.'",
    "The Grand National fences are now really inviting.",
    "He put a lot of effort into his jumping and did not quite get home.",
]
AWARENESS = [
    "'We all said, 'Look, he's flying!'",
    "Lawrence said his goal is to raise awareness about Down Syndrome. He admitted he knew very little.",
    "The father said he hopes to photograph Wil 'flying' in other destinations to raise more awareness.",
]
PERFORMANCE = [
    "It was another 'home run' performance from Hamilton, a man who claims he is a perfectionist.",
    "I put the car there and it goes there, I get the exit.",
]
DEATH = [
    "Days before her death, Mrs Hargreaves sent a fax to her son and his sister Katie.",
    "It read: 'Tom and Katie, We have arrived at our base camp.'",
]
CONVICTION = [
    "Brandon Malinsky and Tom Wells were cleared of conspiracy to commit misconduct in a public office.",
    "Crime editor Lucy Panton was found guilty of bribing officials only for her conviction to be overturned.",
]
CITIES = [
    "The cities of San Francisco and Los Angeles are both suing the company.",
    "Prosecutors said the cities would seek penalties of $5,000 for each violation.",
]
CAPTION = [
    "Pictured is Ukip leader Nigel Farage The study found that Nigels vote Ukip.",
    "The study asked 10,000 voters for their first names.",
]
SIGNED = [
    "The measure was signed into law by Mr Garcia in the absence of the president.",
    "The law sets a sentence of 30 years in jail.",
]
ARTICLE = ["Alison Hargreaves died on K2 in 1995, when her son Tom was six.", "Rail fans will see it."]


def _titled(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    return held_title(bullets, bullets, bullets + ARTICLE, used if used is not None else set(), title)


def test_a_lone_noun_takes_the_name_the_group_writes_it_with() -> None:
    used = {"fences", "o'neill"}
    assert _titled(FENCES, "Fences", used) == "Grand National Fences"
    assert "grand national fences" in used and "fences" not in used
    assert _titled(AWARENESS, "Awareness") == "Awareness about Down Syndrome"
    assert _titled(PERFORMANCE, "Performance") == "Performance from Hamilton"  # an aside after him, no list


def test_a_title_stays_where_no_name_holds_it() -> None:
    assert _titled(DEATH, "Death") == "Death"  # "her death": no phrase the paragraphs write
    assert _titled(CONVICTION, "Conviction") == "Conviction"
    assert _titled(CITIES, "Cities") == "Cities"  # San Francisco is one city of a list
    assert _titled(CAPTION, "Study") == "Study"  # a caption run into the next sentence
    # "law by Garcia" is no phrase of "law by Mr Garcia": the title is one the paragraphs write (en-xsum 106)
    assert _titled(SIGNED, "Law") == "Law"
    assert _titled(FENCES, "Grand National") == "Grand National"  # a name, no lone noun
    assert _titled(FENCES, "Fences", {"grand national fences"}) == "Fences"  # a title given already
    # another film ("Whiplash") the paragraph describes, its adjective no name (en-xsum 69 without its share bar)
    assert _titled(FILMS, "Film") == "Film"
    assert _titled(FILMS_NAMED, "Film") == "Whiplash Film"  # a name right before the noun still holds it


FILMS = [
    "The jazz film is the follow up to director Damien Chazelle's Academy Award-winning film Whiplash.",
    "The film also stars singer John Legend and JK Simmons.",
]
FILMS_NAMED = [
    "The jazz film is the follow up to the Whiplash film of 2014.",
    "The film also stars singer John Legend and JK Simmons.",
]

UNIONS = [
    "The changes have led to previous strikes by the Aslef and RMT unions.",
    "London Underground said it had held 100 meetings with unions.",
]
LISTED_UNIONS = [
    "The changes have led to strikes by the Unite, Aslef and RMT unions.",
    "London Underground said it had held 100 meetings with unions.",
]


def test_a_name_joined_to_another_by_and_takes_both() -> None:
    # "RMT Unions" cut the pair blind readers of en-xsum 32 read as misleading
    assert _titled(UNIONS, "Unions") == "Aslef and RMT Unions"
    assert _titled(LISTED_UNIONS, "Unions") == "Unions"  # the last of a longer list: the noun stays alone


def test_xsum_32_names_both_unions() -> None:
    from conftest import shared_group_titles

    titles = shared_group_titles("en-xsum.jsonl", 32)
    assert "Aslef and RMT Unions" in titles and "RMT Unions" not in titles
