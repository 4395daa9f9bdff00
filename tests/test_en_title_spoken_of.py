"""A run of one speaker's quotes titled by a name two of them say only inside the quotation
("Wembley") becomes "Surname on Name" (`text/en_title_spoken_of.py`); a title a bullet narrates, a
run that is not one speaker's, a passing word and a possessive keep theirs."""

from __future__ import annotations

from citebrief.text.en_title_spoken_of import spoken_of_title
from conftest import shared_group_titles

# written for the test, in the shape of a football story's run of one player's quotes
TEXTS = [
    "Tom Hardy wants to lift the cup with his boyhood club. Hardy, 19, made his debut last week.",
    "'I went twice to Hampden as a fan and we lost both times,' said Hardy. 'It would be brilliant to play at "
    "Hampden this time but the manager will pick the side.'",
]
BULLETS = [
    "'I went twice to Hampden as a fan and we lost both times,' said Hardy",
    "'It would be brilliant to play at Hampden this time but the manager will pick the side.'",
]


def test_a_name_only_the_speakers_quotes_say_gives_way_to_who_speaks_of_it() -> None:
    used = {"hampden"}
    assert spoken_of_title(BULLETS, TEXTS[1:], TEXTS, used, "Hampden") == "Hardy on Hampden"
    assert used == {"hampden", "hardy on hampden"}


def test_a_title_the_writer_says_or_another_speaker_or_a_passing_word_stays() -> None:
    narrated = [BULLETS[0], "Hardy will play at Hampden on Saturday"]
    assert spoken_of_title(narrated, TEXTS[1:], TEXTS, set(), "Hampden") == "Hampden"
    two = [BULLETS[0], "'We will see at Hampden who is better,' said Jim Boyd, the manager"]
    assert spoken_of_title(two, [*TEXTS[1:], two[1]], [*TEXTS, two[1]], set(), "Hampden") == "Hampden"
    once = [BULLETS[0], "'The manager will pick the side.'"]
    assert spoken_of_title(once, TEXTS[1:], TEXTS, set(), "Hampden") == "Hampden"  # one quote: `en_title_lifted`'s
    # a possessive only the quotes say, so that `narrated` lets it through to the possessive guard
    owned = [t.replace("Hampden", "Glasgow's Hampden") for t in TEXTS]
    owned_bullets = [b.replace("Hampden", "Glasgow's Hampden") for b in BULLETS]
    assert spoken_of_title(owned_bullets, owned[1:], owned, set(), "Glasgow's Hampden") == "Glasgow's Hampden"
    taken = {"hampden", "hardy on hampden"}  # another title holds it
    assert spoken_of_title(BULLETS, TEXTS[1:], TEXTS, taken, "Hampden") == "Hampden"


def test_a_speaker_who_shares_a_surname_with_their_kin_keeps_the_title() -> None:
    # in the shape of test_en_title_lifted's en-cnndm 66 case, the mother named by her surname alone
    # (a "Mrs Creag" beside "James Creag" makes the speaker unsure, and the kin guard unread): her
    # words of her son James are not "Creag on James"
    texts = [
        "James Creag, 11, is so sick of being taunted that he has stopped putting on the special cream.",
        "'I took James to the doctors,' said Creag, his mother. 'James still wears a hat.'",
        "'Even after all he's been through James is brilliant,' Creag said.",
    ]
    assert spoken_of_title(texts[1:], texts[1:], texts, set(), "James") == "James"


def test_readers_brief_names_the_speaker_of_a_quoted_place() -> None:
    # en-cnndm 6: Grealish's two quotes on the stadium, once titled "Wembley"
    assert "Grealish on Wembley" in shared_group_titles("en-cnndm.jsonl", 6)
