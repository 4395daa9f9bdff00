"""A bare one-word English group title of a common noun gives way to a compound of two nouns that two
bullets of the group say ("Government" → "Tax Cut"); one bullet's compound, a noun and its verb
("the song cascades"), a compound cut before "and", another title's phrase and a name leave the word.
Small cases written after en-cnndm briefs, and the brief of the shared article itself."""

from __future__ import annotations

import pytest

from citebrief.text.en_title_compound import compound_title
from conftest import shared_group_titles

TAX_CUT = [
    "Mr Balls will say: 'And while millions are paying more, they gave the top earners a tax cut.'",
    "Nick Clegg will say today: 'In government, we secured a tax cut for ordinary working people.'",
]
ONE_SAYS = [
    "In government, the party secured a tax cut for working people.",
    "The government said the changes would start in April.",
]
SONG = [
    "With its nursery rhymes, the song cascades along like a boat.",
    "The song cascades into a chorus, and the song is alive and joyful.",
]
CUT_BEFORE_AND = [
    "Families are worse off because of government tax and spending.",
    "The government said families are worse off because of government tax and spending.",
]


@pytest.mark.parametrize(
    ("bullets", "title", "used", "expected"),
    [
        pytest.param(TAX_CUT, "Government", set(), "Tax Cut", id="two-bullets-say-it"),
        pytest.param(ONE_SAYS, "Government", set(), "Government", id="one-bullets-compound"),
        pytest.param(SONG, "Song", set(), "Song", id="noun-and-its-verb"),
        pytest.param(CUT_BEFORE_AND, "Government", set(), "Government", id="cut-before-and"),
        pytest.param(TAX_CUT, "Government", {"tax cut"}, "Government", id="another-title"),
        pytest.param(TAX_CUT, "Government Spending", set(), "Government Spending", id="no-bare-word"),
        pytest.param(TAX_CUT, "Balls", set(), "Balls", id="a-name"),
    ],
)
def test_a_bare_noun_gives_way_to_a_compound_two_bullets_say(
    bullets: list[str], title: str, used: set[str], expected: str
) -> None:
    given = used | {title.casefold()}
    assert compound_title(bullets, bullets, bullets, given, title) == expected
    assert expected.casefold() in given  # the title that stands is among the titles given


def test_the_shared_article_names_its_tax_cut_group() -> None:
    # en-cnndm 186: Ed Balls's and Nick Clegg's words on a tax cut were titled "Government", a bare
    # word `distinct_title` left where "Government Tax" (cut from "government tax and spending
    # changes") repeated "David Cameron on High Taxes"
    titles = shared_group_titles("en-cnndm.jsonl", 186)
    assert "Tax Cut" in titles and "Government" not in titles
