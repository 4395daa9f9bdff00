"""An English lead that opens on a definite description ("The jazz film is the follow up to
director Damien Chazelle's …") is titled by the name the article gives what it describes ("La La
Land … The film also stars"), not by a name in its predicate."""

from __future__ import annotations

import re

from citebrief.text.en_opening_referent import opening_referent
from conftest import shared_article

FILM = [
    "The jazz film is the follow up to director Damien Chazelle's Academy Award-winning film Whiplash.",
    "Previous winners include 12 Years a Slave and The King's Speech.",
    "La La Land, set for release in December, stars Stone as an aspiring actress.",
    "The film also stars singer John Legend and JK Simmons.",
    "La La Land has enjoyed rave reviews since premiering at the Venice Film Festival in August.",
]
_SHARE_BAR = re.compile(r"^Share this with\w+Copy this link")


def test_a_name_in_the_predicate_gives_way_to_what_the_opening_describes() -> None:
    used = {"damien chazelle"}
    assert opening_referent("Damien Chazelle", FILM, used) == "La La Land"
    assert used == {"la la land"}


def test_the_subject_stays_where_the_opening_is_no_description_or_the_name_is_its_subject() -> None:
    assert opening_referent("Jazz Film", FILM, set()) == "Jazz Film"  # the description itself: no predicate name
    named = ["Damien Chazelle's new film is a musical.", *FILM[1:]]
    assert opening_referent("Damien Chazelle", named, set()) == "Damien Chazelle"
    # no sentence "The film …" after a name: nothing says what the description stands for
    unsaid = [s for s in FILM if not s.startswith("The film also")]
    assert opening_referent("Damien Chazelle", unsaid, set()) == "Damien Chazelle"
    assert opening_referent("Damien Chazelle", FILM, {"la la land"}) == "Damien Chazelle"  # held by another title


def test_xsum_69_clean_is_titled_by_the_film() -> None:
    from citebrief.engines.extractive import draft_extractive
    from citebrief.ingest import document_from_text

    article = _SHARE_BAR.sub("", shared_article("en-xsum.jsonl", 69))
    assert article.startswith("The jazz film")
    titles = [g.title for g in draft_extractive(document_from_text(article, origin="x", kind="text")).groups]
    assert titles[0].endswith(": La La Land") and "Chazelle" not in " ".join(titles)
