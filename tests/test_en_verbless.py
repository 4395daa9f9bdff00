"""An English sentence with no finite verb is no bullet (text/en_verbless.py, read by
engines/scoring.py), and a bare "One has told …" whose set no bullet names gives way
(engines/en_unplaced_reference.py), read on short invented sentences and en-cnndm articles."""

from __future__ import annotations

import pytest

from citebrief.engines.en_unplaced_reference import _unplaced
from citebrief.text.en_verbless import verbless
from conftest import cnndm_groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # participle clauses and an aside after a noun phrase: no main verb
        ("The huge wave, seen from photos taken by guests, revealing how rough the seas are, out there.", True),
        ("An avid interest in chess, as it turns out.", True),
        ("The huge wave, seen from photos [2]", True),
        # a finite verb after an apposition, a pronoun subject, an auxiliary, a contraction
        ("Rhodri Jones, 37, revealed that he is now unemployed.", False),
        ("This is an almost laughable legal fiction.", False),
        ("The storm, which hit at night, tore a door off the deck.", False),
        ("However, as he was still wobbly on his legs he was lifted low.", False),
        ("Despite good earnings, living standards are driven down by poor health.", False),
        ("It's been like this all night, one woman said.", False),
        # a verb form after an article or an adjective is a noun; a verb after it still counts
        ("The massive swell hit the ship late on Monday.", False),
        # a quotation, a sentence too short to judge, or words the lexicon lacks (Welsh): never verbless
        ("'Amazing scenes at the harbour tonight, absolutely incredible.'", False),
        ("Goal of the month.", False),
        ("Mae'r cyngor yn dweud bod y ffordd ar gau heddiw.", False),
    ],
)
def test_verbless(text: str, expected: bool) -> None:
    assert verbless(text) is expected


def test_a_verbless_fragment_is_no_bullet() -> None:
    # en-cnndm 19: "The massive swell, seen from video images …, revealing just how treacherous …,
    # out there"; en-cnndm 108: "An avid interest in poker, as it turns out" (blind readers marked both)
    swell = [text for group in cnndm_groups(19) for text in group]
    assert not any(text.startswith("The massive swell") for text in swell), swell
    poker = cnndm_groups(108)
    assert not any(text.startswith("An avid interest") for group in poker for text in group), poker
    # the key points' next-best sentence takes its place: who the "King of Instagram" is
    assert any(text.startswith("Blizerian is a renowned") for text in poker[0]), poker


def test_one_of_a_set_no_bullet_names_does_not_open_a_group() -> None:
    # en-cnndm 19: with the swell sentence no bullet, "One has told the Daily Telegraph …" opened
    # the group about the ship's damage; it now follows the passengers' "They have been …"
    groups = cnndm_groups(19)
    at = next(k for k, group in enumerate(groups) if any(t.startswith("One has told") for t in group))
    group = groups[at]
    k = next(k for k, text in enumerate(group) if text.startswith("One has told"))
    assert k > 0 and group[k - 1].startswith("They have been at the mercy"), groups


def test_only_a_bare_one_leans_as_a_reference() -> None:
    # "Others criticised …", "Another woman took …" read as their own points (en-cnndm 104)
    from types import SimpleNamespace

    def scored(texts: list[str]) -> object:
        units = [SimpleNamespace(paragraph=1) for _ in texts]
        return SimpleNamespace(trimmed=texts, carried=frozenset(), units=units)

    assert not _unplaced(scored(["A wave hit.", "Others criticised the delay."]), 1, [])  # type: ignore[arg-type]
