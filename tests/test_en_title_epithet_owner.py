"""A title owned by an epithet ("Mother-of-two's Paintings") takes the person the article names
last before the epithet, as "Ms Hollis" where the article writes her so, else as it names her; no
person before it, none the brief's bullets name, an owner that is a name, or a taken title stay.
Small invented cases."""

from __future__ import annotations

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_title_epithet_owner import epithet_owner_title

TEXTS = [
    "Dana Hollis painted 40 portraits of nurses last winter. The 38-year-old said most sat for an hour.",
    "Now the mother-of-two's paintings will hang in the town library. Ms Hollis said she was proud.",
]
BRIEF = ["Dana Hollis painted 40 portraits of nurses last winter", "The show opens in May"]


def test_an_epithet_owner_gives_way_to_the_person_named_before_it() -> None:
    used = {"dana hollis", "mother-of-two's paintings"}
    assert epithet_owner_title("Mother-of-two's Paintings", BRIEF, TEXTS, used) == "Ms Hollis' Paintings"
    assert used == {"dana hollis", "ms hollis' paintings"}
    plain = [TEXTS[0], "Now the mother-of-two's paintings will hang in the town library."]
    assert epithet_owner_title("Mother-of-two's Paintings", BRIEF, plain, set()) == "Dana Hollis' Paintings"
    assert epithet_owner_title(
        "38-year-old's Portraits", BRIEF, ["The 38-year-old's portraits. " + TEXTS[1]], set()
    ) == ("38-year-old's Portraits")


def test_an_owner_the_brief_never_names_a_name_or_a_taken_title_stay() -> None:
    assert epithet_owner_title("Mother-of-two's Paintings", BRIEF[1:], TEXTS, set()) == "Mother-of-two's Paintings"
    assert epithet_owner_title("Hollis' Paintings", BRIEF, TEXTS, set()) == "Hollis' Paintings"
    taken = {"ms hollis' paintings"}
    assert epithet_owner_title("Mother-of-two's Paintings", BRIEF, TEXTS, taken) == "Mother-of-two's Paintings"


def test_such_a_title_is_grounded_by_the_name_and_the_thing_after_the_epithet() -> None:
    assert grounded("Ms Hollis' Paintings", TEXTS)
    assert not grounded("Ms Hollis' Paintings", [TEXTS[0], "Ms Hollis said the paintings will hang there."])
