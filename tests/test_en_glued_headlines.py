"""Related-story headlines glued before a bullet's sentence with no stop and no space
(text/en_glued_headlines.py): the bullet says the sentence."""

from __future__ import annotations

import pytest

from citebrief.text import en_glued_headlines
from citebrief.text.en_glued_headlines import after_glued_headlines, glued_front
from conftest import shared_article, shared_group_titles, shared_groups


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        (
            "BBC team attacked while investigating soldiers' deathsRussian families look for soldier sonsMr Yashin "
            "said the opposition would seek donations",
            "Mr Yashin said the opposition would seek donations",
        ),
        (
            "Expats urged to register for EU voteThe UK's EU vote: All you need to knowUK and the EU: Travel and "
            "living abroadSit on the sea wall by their cafe and you'll struggle",
            "Sit on the sea wall by their cafe and you'll struggle",
        ),
        # a sentence that lost its stop is no headline: the bullet stays whole
        (
            "Police Senior Sergeant James Coate told ABC that the 1.2m (4ft) saltwater crocodile had been in a "
            "waterway on the 11th holeMr Lahiff, speaking from Cairns Hospital, said he had seen crocodiles",
            "Police Senior Sergeant James Coate told ABC that the 1.2m (4ft) saltwater crocodile had been in a "
            "waterway on the 11th holeMr Lahiff, speaking from Cairns Hospital, said he had seen crocodiles",
        ),
        # brands and names written in one token, and too little after a seam
        (
            "Many JetBlue customers fly the airline only once a year",
            "Many JetBlue customers fly the airline only once a year",
        ),
        (
            "He posted it on YouTube and his iPhone got the clip to EastEnders fans",
            "He posted it on YouTube and his iPhone got the clip to EastEnders fans",
        ),
        ("Britain's longest reigning monarchFull coverage", "Britain's longest reigning monarchFull coverage"),
        # a chart's labels and scores run into the sentence after them (en-xsum 24)
        (
            "Cap amount paid in welfare to a household 6.3Limit numbers coming to live in UK 6.3Give Holyrood "
            'full control of welfare 7.1The policy statement "hold a referendum" was slightly more popular',
            'The policy statement "hold a referendum" was slightly more popular',
        ),
        (  # a headline's last name run into a title and a name (en-xsum 136)
            'Stuck between IS and the TalibanPresident Ashraf Ghani said the attack "trampled all human values"',
            'President Ashraf Ghani said the attack "trampled all human values"',
        ),
        (
            "Many EastEnders fans and PayPal users wrote to the show this week",
            "Many EastEnders fans and PayPal users wrote to the show this week",
        ),
        (  # a fact box's credit run into the next sentence (en-xsum 49)
            "Thousands of Allied seamen lost their livesSource: National Maritime MuseumMinister-Councillor "
            'Alexander Kramarenko from the Russian Embassy said: "It is done for them"',
            'Minister-Councillor Alexander Kramarenko from the Russian Embassy said: "It is done for them"',
        ),
        (  # a credit's name written in one token is no seam
            "Source: McDonald said the firm would grow its sales this year",
            "Source: McDonald said the firm would grow its sales this year",
        ),
        (  # a sum is no score (en-xsum 193)
            "Neymar will have cost the club £106.8mLast month, Sandro Rosell resigned as Barcelona president",
            "Neymar will have cost the club £106.8mLast month, Sandro Rosell resigned as Barcelona president",
        ),
    ],
)
def test_the_sentence_after_the_headlines(text: str, mended: str) -> None:
    assert after_glued_headlines(text) == mended


@pytest.mark.parametrize(
    ("record", "opening"),
    [
        (24, "The most popular of the policy statements in this category"),
        (24, 'The policy statement "hold a referendum to ask people'),
        (27, "Mr Yashin said the opposition"),
        (136, "President Ashraf Ghani said the attack"),
        (73, "Report author Candace Imison said"),
        (144, "Nigeria's 36 governors enjoy wide powers"),
        (158, "At the front, Ricciardo had made a stunning start"),
        (159, "The two countries are heavily involved in Syria"),
    ],
)
def test_en_xsum_bullets_open_on_their_sentence(record: int, opening: str) -> None:
    bullets = [text for group in shared_groups("en-xsum.jsonl", record) for text in group]
    assert any(text.startswith(opening) for text in bullets)


def test_no_group_is_titled_by_a_phrase_glued_to_a_headline() -> None:
    # s49h: the title is no longer cut to "Sit on the Sea Wall" after it was chosen (a phrase on no word
    # boundary of its paragraph, "abroadSit"); a phrase opening on the seam is never chosen
    assert glued_front("abroadSit on the Sea Wall")
    assert not glued_front("YouTube") and not glued_front("iPhone Sales") and not glued_front("Sea Wall")
    titles = shared_group_titles("en-xsum.jsonl", 186)
    assert not any(title.startswith(("abroad", "Sit on")) for title in titles)


def test_a_text_with_no_small_letter_or_figure_before_a_capital_holds_no_seam() -> None:
    # s49p: `_GLUE` is asked first, and every seam holds what it finds: over the shared sets'
    # English lines it lets through every line the seam pattern matches (few hold a pair at all)
    for name in ("en-xsum.jsonl", "en-cnndm.jsonl"):
        for index in range(60):
            for line in shared_article(name, index).split("\n"):
                if en_glued_headlines._SEAM.search(line) is not None:
                    assert en_glued_headlines._GLUE.search(line) is not None, line
    assert en_glued_headlines._GLUE.search("Listen to Vettel's post-race rant At the front") is None
    assert after_glued_headlines("Listen to Vettel's post-race rantAt the front, Ricciardo took the lead early on") == (
        "At the front, Ricciardo took the lead early on"
    )


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        (  # s250r: a quoted crosshead glued to the sentence, and the stray closing mark its miscount left
            "'Quiet streets'Cheap rented flats make up a tenth of the town's homes, the council says.'",
            "Cheap rented flats make up a tenth of the town's homes, the council says.",
        ),
        (
            "“Hard winter”Farmers in the valley lost half their sheep to the snow last year",
            "Farmers in the valley lost half their sheep to the snow last year",
        ),
        # the mark closing a quotation the bullet opened stays; a quoted phrase spaced from its sentence stays
        (
            "'Old pier'The mayor called the plan 'a waste of money' and voted against it.'",
            "The mayor called the plan 'a waste of money' and voted against it.'",
        ),
        (
            "'Old pier' The mayor said the plan would cost the town far too much",
            "'Old pier' The mayor said the plan would cost the town far too much",
        ),
        # five quoted words are no crosshead; nor is too short a sentence after one
        (
            "'We will not go back now'Residents of the street said they would stay all winter",
            "'We will not go back now'Residents of the street said they would stay all winter",
        ),
        ("'Old pier'The mayor said no", "'Old pier'The mayor said no"),
    ],
)
def test_a_quoted_crosshead_glued_to_its_sentence(text: str, mended: str) -> None:
    assert after_glued_headlines(text) == mended
