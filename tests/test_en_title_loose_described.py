"""A loose two-word title the text writes only as the head of a description of a term gives way
to the term (`text/en_title_loose_described.py`)."""

from __future__ import annotations

from citebrief.text.en_title_loose_described import loose_described_title
from conftest import shared_group_titles


def _title(bullets: list[str], title: str, guard: set[str] | None = None) -> str:
    used = guard if guard is not None else {title.casefold()}
    return loose_described_title(bullets, bullets, bullets, used, title)


def test_the_described_term_takes_the_place() -> None:
    guard = {"clear spirit", "seized bottles"}
    group = ["The powder was added to 'kvass' - a strong, clear spirit sold in markets.", "It was seized."]
    assert _title(group, "Clear Spirit", guard) == "Kvass"
    assert guard == {"kvass", "seized bottles"}
    assert _title(["They toured Hexham, a famous landmark of the north."], "Famous Landmark") == "Hexham"


def test_a_title_not_written_as_a_description_stays() -> None:
    assert _title(["It would be a massive challenge for us."], "Massive Challenge") == "Massive Challenge"
    assert _title(["However, a massive challenge remains."], "Massive Challenge") == "Massive Challenge"
    two = ["'Kvass' - a clear spirit.", "'Ouzo' - a clear spirit."]
    assert _title(two, "Clear Spirit") == "Clear Spirit"  # two terms
    once = ["'Kvass' - a clear spirit.", "The clear spirit was seized."]
    assert _title(once, "Clear Spirit") == "Clear Spirit"  # once written as the group's own thing


def test_other_titles_stay() -> None:
    group = ["The powder was added to 'kvass' - a strong spirit sold in markets."]
    assert _title(group, "Strong Spirit") == "Strong Spirit"  # "strong" is no loose adjective
    assert _title(group, "Spirit") == "Spirit"
    assert _title(["'Kvass' - a clear spirit."], "Clear Spirit", {"clear spirit", "kvass sales"}) == "Clear Spirit"


def test_shared_xsum_134_baijiu() -> None:
    # blind readers marked "Clear Spirit" (a judging adjective and a vague noun) down; since
    # `en_background_tails` the baijiu bullets stand with the seizure they tell of, the key points
    titles = shared_group_titles("en-xsum.jsonl", 134)
    assert "Clear Spirit" not in titles and titles[0].endswith("Bottles of Alcohol") and titles[-1] == "Food Safety"
