"""An English group title its bullets say only inside someone's words gives way to the group's
phrase a bullet says in its own words (`en_title_quoted.quoted_title`); a quoted term the group
keeps to, one its paragraphs narrate, or one with no phrase to take its place stays. Small cases
written after en-cnndm briefs ("Baby Girl" over McHenry's outburst)."""

from __future__ import annotations

from citebrief.text.en_title_quoted import narrated, quote_only, quoted_title
from conftest import shared_group_titles

STING = [
    "After a few more comments, including telling the woman she has no brain, McHenry delivers her biggest sting.",
    "Finally, before walking away, McHenry says: 'Lose some weight, baby girl.'",
    "As the video spread online, ESPN were forced to react.",
]
RELATION = [
    "The 'special relationship' was first coined by Winston Churchill in a 1944 speech.",
    "Generations of politicians have praised the 'special relationship' since.",
]
NET = [
    "The fish would swim in and out of his clothes and he could scoop them up with a hand net, he said.",
    "Jordan was reported missing in January, a few days after his last contact with his father.",
]


def _titled(bullets: list[str], title: str, texts: list[str] | None = None, used: set[str] | None = None) -> str:
    given = used if used is not None else {title.casefold()}
    return quoted_title(bullets, texts or bullets, bullets, given, title)


def test_a_figure_of_one_quote_gives_way_to_the_groups_own_words() -> None:
    used = {"baby girl", "britt mchenry's suspension"}
    assert _titled(STING, "Baby Girl", used=used) == "Biggest Sting"
    assert "biggest sting" in used and "baby girl" not in used


def test_a_quoted_term_the_group_keeps_to_or_narrates_stays() -> None:
    assert not quote_only("Special Relationship", RELATION, RELATION)  # two bullets quote it: the theme
    assert _titled(RELATION, "Special Relationship") == "Special Relationship"
    narration = [*STING[:2], "McHenry called the attendant 'baby girl', and the baby girl remark went viral."]
    assert not quote_only("Baby Girl", STING, narration)  # the paragraphs say it in their own words too
    assert _titled(STING, "Baby Girl", narration) == "Baby Girl"


def test_a_speakers_words_without_quotation_marks_are_his() -> None:
    assert not narrated("Hand Net", NET)  # "…, he said": someone's words
    assert quote_only("Hand Net", NET, NET)
    assert narrated("Last Contact", NET)
    assert _titled(NET, "Hand Net") == "Hand Net"  # no phrase two bullets say, no plain thing: it stays


def test_a_quoted_name_for_a_thing_is_the_bullets_term() -> None:
    highs = [
        "The crane also recovered so-called 'legal highs' and 22 phones from the 60ft roof.",
        "Altcourse has been criticised for drug-related violence.",
    ]
    assert not quote_only("Legal Highs", highs, highs)
    assert quote_only("Legal Highs", [highs[0].replace("so-called ", ""), highs[1]], highs[1:])


def test_what_a_bullet_says_a_thing_is_not_takes_no_quotes_place() -> None:
    aliens = [
        "NASA isn't talking about intelligent alien civilizations; it's referring to microorganisms.",
        '"We are not talking about little green men," Stofan said at the panel.',
    ]
    assert quote_only("Little Green Men", aliens, aliens)
    assert _titled(aliens, "Little Green Men") == "Little Green Men"  # not "Alien Civilizations"


def test_a_place_pointed_back_to_takes_no_quotes_place() -> None:
    # en-cnndm 120: "the city" of three bullets is Raqqa, the overview's title; "City" named nothing
    raqqa = [
        "The pictures were posted on Twitter by a member of a campaign group in the city.",
        "'The city suffers from a shortage of electricity where the power goes off for 21 hours,' he wrote.",
        "The pictures emerged days after ISIS took their draconian rule to bizarre new levels in the city.",
    ]
    used = {"shortage of electricity", "raqqa"}
    assert quoted_title(raqqa, raqqa, raqqa, used, "Shortage of Electricity") == "Draconian Rule"
    assert "Draconian Rule" in shared_group_titles("en-cnndm.jsonl", 120)


FILMING = [
    "The drama has been called one of the biggest independent films in years.",
    "He said: 'Ruth never let the long days of filming wear her down.'",
    "He added: 'The devil inside her needed entertaining.'",
]


def test_a_word_cut_from_the_compound_the_text_always_writes_takes_it_whole() -> None:
    # en-cnndm 146: "Films" alone, where the article only writes "independent films"
    assert _titled(FILMING, "Devil Inside") == "Independent Films"
    # where the article also writes the word after "the", it names the thing alone
    article = [*FILMING, "Critics praised the films for their daring."]
    assert quoted_title(FILMING, FILMING, article, {"devil inside"}, "Devil Inside") == "Films"
