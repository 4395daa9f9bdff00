"""An English overview titled only by what its own bullets write (`engines.overview_kept_title`)."""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.overview_kept_title import owned_title
from citebrief.engines.overview_titles import overview_title
from citebrief.engines.themes import PhraseStats
from citebrief.ingest import document_from_text
from citebrief.pipeline import brief_document
from citebrief.text.tokenize import analyze

# the overview's first two points say the clearance; the cordon its title was read from goes down to a theme
CLEARED = (
    "A part of the town near the old mill had been emptied for most of the morning and early afternoon. "
    "Other residents close by had been told to keep their windows open and to stay indoors near walls. "
    "A safety cordon remains in force on the canal while divers make safe the old bomb found on Tuesday.\n\n"
    "The bomb is thought to date from the war. The clearance covered four roads, with wider advice given to "
    "residents within 400m of the bomb. There was also a safety cordon on the water, and boat owners were "
    "told to stay ashore.\n\n"
    "The ferry company reported delays to crossings from Dunoon and Largs. The local commander said the "
    "clearance had been a precaution and there was no danger to residents of the area.\n\n"
    'The council said: "Thanks to everyone in Millbay for their patience while the safe clearance work went '
    'ahead today."'
)


def test_no_overview_is_titled_by_a_phrase_only_a_theme_writes() -> None:
    document = document_from_text(CLEARED, origin="cleared", kind="text")
    groups = brief_document(document).brief.groups
    lead, themes = groups[0], groups[1:]
    assert "safety cordon" in " ".join(p.text.casefold() for g in themes for p in g.points)
    subject = lead.title.removeprefix("Key points: ").casefold()
    assert any(subject in point.text.casefold() for point in lead.points), lead.title


def test_an_owned_overview_title_is_a_phrase_its_bullets_say() -> None:
    document = document_from_text(CLEARED, origin="cleared", kind="text")
    texts = [s.text for s in document.segments]
    stats = PhraseStats(texts, [analyze(t, "en") for t in texts], "en")
    bullets = [s.text for s in document.segments[0].sentences[:2]]
    used: set[str] = set()
    assert overview_title(document, stats, {}, used, bullets) == "Key points: Safety Cordon"
    used.clear()
    assert overview_title(document, stats, {}, used, bullets, owned=True) == "Key points: Residents"
    assert "residents" in used and "safety cordon" not in used


def _retitle(title: str, used: set[str]) -> Callable[..., str]:
    def retitle(kept: list[str], old: str, *, owned: bool = False) -> str:
        assert owned
        used.clear()
        used.add(title.rpartition(": ")[2].casefold())
        return title

    return retitle


def test_a_title_its_bullets_write_or_no_theme_writes_stays() -> None:
    used = {"safety cordon"}
    kept, others = ["The safety cordon stays."], ["Divers lift the bomb."]
    retitle = _retitle("Key points: Divers", used)
    assert owned_title("Key points: Safety Cordon", kept, others, retitle, used, "x") == (
        "Key points: Safety Cordon",
        "x",
    )
    assert owned_title("Key points: Safety Cordon", ["Roads shut."], others, retitle, used, "x")[0].endswith("Cordon")
    assert used == {"safety cordon"}


def test_a_title_read_again_that_its_bullets_do_not_write_gives_way_to_the_old() -> None:
    used = {"safety cordon"}
    kept, others = ["Roads were shut."], ["The safety cordon stays."]
    unowned = _retitle("Key points: Bomb", used)
    assert owned_title("Key points: Safety Cordon", kept, others, unowned, used, "x") == (
        "Key points: Safety Cordon",
        "x",
    )
    assert used == {"safety cordon"}
    owned = _retitle("Key points: Roads", used)
    assert owned_title("Key points: Safety Cordon", kept, others, owned, used, "x") == ("Key points: Roads", "roads")
    assert used == {"roads"}
