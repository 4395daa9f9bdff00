"""A theme group's opening bullet that adds one more of what the group before it ends on goes back
to that group (engines/en_opener_returns.py), read on shared articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_opener_returns import openers_returned
from citebrief.engines.scored import Draft, Unit
from citebrief.text.tokenize import en_terms
from conftest import cnndm_groups, group_opening

# (text, paragraph): a trader's holidays, then his homes and his sentence
_STORY = [
    ("A trader who ran a fraud scam paid for luxury holidays abroad.", 1),
    ("He travelled first class to Dubai with his girlfriend on the holidays.", 1),
    ("The pair stayed at top hotels on eight trips between 2006 and 2010.", 1),
    ("Pictured: the trader outside the court.", 2),
    ("The trader also spent £8,700 on holidays to Florida with his children.", 2),
    ("The couple lived in a large house in Essex bought with the proceeds.", 3),
    ("He was jailed for six years for money laundering at the Old Bailey.", 4),
    ("A second defendant was ordered to pay back £10,000 to the court.", 5),
]


def _units(story: list[tuple[str, int]]) -> list[Unit]:
    return [Unit(k, p, text, en_terms(text), k / len(story), False, None) for k, (text, p) in enumerate(story)]


def _returned(story: list[tuple[str, int]], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    texts = [text for text, _ in story]
    return [d.picked for d in drafts] if openers_returned(_units(story), texts, drafts) else None


def _with(k: int, text: str, paragraph: int | None = None) -> list[tuple[str, int]]:
    """`_STORY` with sentence `k` said as `text` (in `paragraph`, else its own)."""
    story = list(_STORY)
    story[k] = (text, story[k][1] if paragraph is None else paragraph)
    return story


def test_an_opener_adding_one_more_goes_back_to_the_group_before() -> None:
    # en-cnndm 11: the Florida holiday opened "Mortgage Fraud", after the key points' holidays
    assert any(text.startswith("Allen also splurged") for text in cnndm_groups(11)[0])
    # en-cnndm 15: "In the same study they also predicted" after the same university's predictions
    study = group_opening(cnndm_groups(15), "In the same study they also predicted")
    assert any(text.startswith("The sudden rise in the ethnic minority population") for text in study), study
    # en-cnndm 19: a passenger's words after "more passengers have been recounting their wild ride"
    ride = group_opening(cnndm_groups(19), "'It’s not pleasant")
    assert any(text.startswith("Eleven metre waves") for text in ride), ride


def test_the_opener_goes_after_the_key_point_before_it_or_into_a_theme_group() -> None:
    assert _returned(_STORY, [0, 1, 2], [4, 5, 6, 7]) == [[0, 1, 2, 4], [5, 6, 7]]
    assert _returned(_STORY, [0], [1, 2], [4, 5, 6, 7]) == [[0], [1, 2, 4], [5, 6, 7]]


def test_an_opener_stays_that_says_also_late_or_shares_no_word_with_the_group_before() -> None:
    late = _with(4, "The trader spent £8,700 on holidays to Florida, and his children also came.")
    assert _returned(late, [0, 1, 2], [4, 5, 6, 7]) is None
    unshared = _with(4, "The trader also bought a yacht moored at a marina.")
    assert _returned(unshared, [0, 1, 2], [4, 5, 6, 7]) is None
    # it shares more with a bullet of its own group ("house", "Essex", "proceeds")
    own = _with(4, "The trader also bought a large house in Essex with holidays proceeds.")
    assert _returned(own, [0, 1, 2], [4, 5, 6, 7]) is None


def test_an_opener_stays_far_from_the_group_before_or_where_a_group_has_no_room() -> None:
    assert _returned(_STORY, [0], [4, 5, 6, 7]) is None  # four sentences past the last, one past `GAP`
    assert _returned(_STORY, [0, 3], [1, 2], [4, 5, 6, 7]) is None  # a key point between
    assert _returned(_STORY, [0, 1, 2], [4, 5]) is None  # its group would keep one
    assert _returned(_STORY, [0, 1, 2, 3], [4, 5, 6, 7]) is None  # four key points


def test_an_unnamed_speakers_quotation_goes_back_in_its_paragraph_only() -> None:
    quote = "'It was not pleasant, it rained all week,' one woman told the court."
    assert _returned(_with(4, quote, 1), [0, 1, 2], [4, 5, 6, 7]) == [[0, 1, 2, 4], [5, 6, 7]]
    assert _returned(_with(4, quote), [0, 1, 2], [4, 5, 6, 7]) is None  # another paragraph
    named = "'It was not pleasant, it rained all week,' the trader told the court."
    assert _returned(_with(4, named, 1), [0, 1, 2], [4, 5, 6, 7]) is None


def test_only_an_unnamed_speakers_quotation_makes_a_theme_group_of_five() -> None:
    # four theme bullets of holidays before the opener: "also" stays where it is (en-cnndm 75, as
    # the benches cut it: the phones' "also" stayed out of four bullets of homelessness)
    story = [*_STORY[:3], ("Their last trip took them to Greece.", 2), *_STORY[4:]]
    assert _returned(story, [0], [1, 2, 3], [4, 5, 6, 7]) == [[0], [1, 2, 3, 4], [5, 6, 7]]
    assert _returned(story, [0], [1, 2, 3, 4], [5, 6, 7]) is None
    also = [*story[:5], ("The trader also spent £8,700 on holidays to Florida.", 2), *story[6:]]
    assert _returned(also, [0], [1, 2, 3, 4], [5, 6, 7]) is None
    quote = [*story[:5], ("'It was not pleasant, it rained all week,' one woman told the court.", 2), *story[6:]]
    assert _returned(quote, [0], [1, 2, 3, 4], [5, 6, 7]) == [[0], [1, 2, 3, 4, 5], [6, 7]]
