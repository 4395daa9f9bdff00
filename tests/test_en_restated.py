"""engines/en_restated.py on shared articles and short texts: an English bullet that restates
another in the same run of words, or is a bracketed aside, gives way; a bullet that shares a set
phrase but names its own club, or states a figure of its own, stays."""

from __future__ import annotations

from citebrief.engines.en_restated import adds_nothing, bracketed_aside, restates
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import load_records, shared_article


def _brief(record_id: str) -> Brief:
    index = next(i for i, r in enumerate(load_records("en-cnndm.jsonl")) if str(r["id"]).endswith(record_id))
    return draft_extractive(
        document_from_text(shared_article("en-cnndm.jsonl", index), origin=f"en-{index}", kind="text")
    )


def _bullets(brief: Brief) -> list[str]:
    return [point.text for group in brief.groups for point in group.points]


def test_the_defeat_figure_is_said_once() -> None:
    bullets = _bullets(_brief("30fe317731be70bc2e1bac6ce4ed9bec162dbc98"))
    assert sum("the end of the conflict a defeat" in text for text in bullets) == 1
    assert any("Forsa Institute" in text for text in bullets)  # the overview's point stays


def test_the_boy_dreams_of_barcelona_once() -> None:
    bullets = _bullets(_brief("2fe2ba4743159a93a73acf3343a026925a93073d"))
    assert sum("dreams of one day turning out" in text for text in bullets) == 1
    assert any("Dagenham and Redbridge" in text for text in bullets)


def test_a_bracketed_aside_is_no_bullet() -> None:
    bullets = _bullets(_brief("abd69dcc1c91c304762d59d93b87bdd6af794b6c"))
    assert not any(text.startswith("(") for text in bullets)
    assert any("JetBlue" in text for text in bullets)


def test_a_relegation_line_of_its_own_club_stays() -> None:
    bullets = _bullets(_brief("38259b1f5093cad2bce8d5be557b74a5b8deccd2"))
    assert any("Millwall will be relegated" in text for text in bullets)
    millwall = "If Rotherham win, Millwall will be relegated if they lose"
    tranmere = "Tranmere will be relegated if they lose and if one of Hartlepool or Cheltenham win"
    assert restates(millwall, tranmere)  # the shared phrase alone reads as a restatement ...
    assert not adds_nothing(millwall, tranmere, {"Tranmere", "Hartlepool", "Cheltenham"})  # ... its club does not


def test_a_figure_of_its_own_is_a_point_of_its_own() -> None:
    announced = "Announcing a £5 billion Future Homes Fund, he said Labour would build 125,000 new homes"
    crowd = "Joey Essex was among the crowd where Ed Miliband announced a £5 billion Future Homes Fund"
    assert not adds_nothing(announced, crowd, {"Future", "Homes", "Fund", "Labour", "Joey", "Essex", "Ed", "Miliband"})


def test_restatement_needs_a_run_and_most_words() -> None:
    assert restates(
        "Only nine per cent of Germans now consider the end of the conflict a defeat",
        "Research found the number of people who considered the end of the conflict a defeat fell to nine per cent",
    )
    assert not restates(  # a film's title in both, the rest apart
        "Fall of an Empire: The Story of Katherine of Alexandria is available in cinemas today",
        "Fall of an Empire: The Story of Katherine of Alexandria has been dubbed one of the biggest films of the year",
    )


def test_bracketed_aside() -> None:
    assert bracketed_aside("(JetBlue only operates in 10 of the top 25 markets included in the study.)")
    assert not bracketed_aside("JetBlue (the smallest of the five) was last")
    assert not bracketed_aside("(JetBlue) was last, and (Delta) second")
