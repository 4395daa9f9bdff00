"""A group of one person's words whose title its bullets write only inside a quotation is titled
"Surname on Name" (`en_title_said_name.said_name_title`) where a name the bullets say most is
what they speak of; two speakers, a group naming no one and a name said as often as another
outside the quotes stay. Small cases written after en-cnndm briefs, and two readers' briefs."""

from __future__ import annotations

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_title_said_name import said_name_title, spoken_name

# a director's tribute: the actor named in two of the director's bullets
TRIBUTE_BULLETS = [
    "Director Michael Redwood paid tribute to Peter O'Toole.",
    "Redwood said: 'Peter managed to subdue his mischievousness when filming an intimate library scene.'",
    "He added that O'Toole had whispered something to make her smile.",
]
TRIBUTE_TEXTS = [
    TRIBUTE_BULLETS[0] + " The actor died in 2013.",
    TRIBUTE_BULLETS[1] + " " + TRIBUTE_BULLETS[2],
]


def _titled(bullets: list[str], texts: list[str], title: str, used: set[str] | None = None) -> str:
    given = used if used is not None else {title.casefold()}
    return said_name_title(bullets, texts, texts, given, title)


def test_one_speakers_group_is_titled_by_who_speaks_and_of_whom() -> None:
    used = {"intimate library scene", "peter o'toole's last film"}
    assert _titled(TRIBUTE_BULLETS, TRIBUTE_TEXTS, "Intimate Library Scene", used) == "Redwood on Peter O'Toole"
    assert "redwood on peter o'toole" in used and "intimate library scene" in used  # the former one stays guarded


def test_a_name_another_title_gives_alone_is_still_the_topic() -> None:
    used = {"peter o'toole", "intimate library scene"}  # the overview's subject, the name alone
    assert _titled(TRIBUTE_BULLETS, TRIBUTE_TEXTS, "Intimate Library Scene", used) == "Redwood on Peter O'Toole"


def test_the_title_stands_on_the_articles_words_for_brief_checks() -> None:
    assert grounded("Redwood on Peter O'Toole", TRIBUTE_TEXTS)


def test_a_body_the_paragraphs_write_with_the_keeps_it() -> None:
    bullets = [
        "Roberts is scheduled to fly home Friday and is already pre-checked through the TSA.",
        "He said: 'You have one element in the FBI reaching out to people like me for help.'",
    ]
    texts = ["Security expert Chris Roberts was questioned for hours. " + " ".join(bullets)]
    assert spoken_name("Roberts", bullets, texts, texts) == "the FBI"  # the one name his quote says
    assert _titled(bullets, texts, "Element") == "Roberts on the FBI"


def test_a_title_the_bullets_narrate_stays() -> None:
    bullets = [*TRIBUTE_BULLETS[:2], "Redwood said the library scene was the last O'Toole filmed."]
    assert _titled(bullets, [*TRIBUTE_TEXTS, bullets[2]], "Library Scene") == "Library Scene"


def test_two_speakers_keep_the_title() -> None:
    bullets = [
        "Mr Smith said the council 'wasted every penny' of the grant from Leeds.",
        "Ms Jones said the council had spent the grant from Leeds well.",
    ]
    assert _titled(bullets, bullets, "Every Penny") == "Every Penny"


def test_a_speaker_naming_no_one_keeps_the_title() -> None:
    bullets = [
        "Redwood said: 'It was a long tracking shot with no dialogue.'",
        "'What he said could never be printed,' Redwood added.",
    ]
    assert _titled(bullets, [" ".join(bullets)], "Tracking Shot") == "Tracking Shot"


def test_readers_briefs() -> None:
    from conftest import shared_group_titles

    clinton = shared_group_titles("en-cnndm.jsonl", 138)
    assert "King on Hillary Clinton" in clinton and "Vote" not in clinton
    roberts = shared_group_titles("en-cnndm.jsonl", 47)
    assert "Roberts on the FBI" in roberts and "Element" not in roberts


def test_a_quotations_first_word_in_ing_is_no_name() -> None:
    bullets = [
        'Jo Frith said: "Creating 300,000 posts would be a massive challenge."',
        '"Creating them in a year is hard."',
    ]
    assert spoken_name("Frith", bullets, bullets, bullets) == ""


def test_a_name_in_ing_the_lexicon_knows_as_a_noun_stays_a_name() -> None:
    bullets = ["Jo Frith said: 'Reading are a good side.'", "'Reading play well,' she said."]
    assert spoken_name("Frith", bullets, bullets, bullets) == "Reading"


def test_a_quoted_gerund_is_no_title() -> None:
    # was "Frith on Creating" of "Creating 300,000 apprenticeships ... would be" (en-xsum 191)
    from conftest import shared_group_titles

    assert "Frith on Creating" not in shared_group_titles("en-xsum.jsonl", 191)


def test_a_name_said_only_inside_a_longer_name_is_that_name() -> None:
    # "Stars" was counted apart from "Shining Stars", tied with it and, said first, taken
    bullets = [
        "Jo Frith said she would write to Shining Stars about its pay.",
        "Ms Frith said: 'Shining Stars are right about one thing.'",
    ]
    article = [*bullets, "Its dancers are the stars of every show."]  # "stars" in lower case: no person
    assert spoken_name("Frith", bullets, bullets, article) == "Shining Stars"


def test_the_is_kept_only_where_it_is_the_names_own() -> None:
    # "the Riverside" of "the Riverside Family Support Group" is no way the texts write "Riverside"
    bullets = [
        "Ann Frith said: 'This is the end, completely, of Riverside.'",
        "Mrs Frith, who chairs the Riverside Family Support Group, said it had been a long wait.",
    ]
    assert spoken_name("Frith", bullets, bullets, bullets) == "Riverside"
    texts = [*bullets, "He thanked the Riverside, the club he loves."]
    assert spoken_name("Frith", bullets, texts, texts) == "the Riverside"
