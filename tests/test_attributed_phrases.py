"""An English title candidate its bullets say only as where a claim came from is dropped like a
denied one (`text/attributed_phrases.py`): a blind reader of en-xsum 54 on "titles 'Der Spiegel
News Magazine'/'Federal Prosecutor's Office' name sources not themes". Sentences from the shared
sets, each an attribution or a speaker who is the group's actor."""

from __future__ import annotations

import pytest

from citebrief.text.attributed_phrases import attributed_everywhere
from citebrief.text.data_files import rows_by_kind
from conftest import shared_group_titles

SPIEGEL = (
    "Der Spiegel news magazine said the man was believed to have passed secret documents to a US contact in"
    " exchange for money"
)
REUTERS = (
    "However, one unnamed politician told Reuters news agency the suspect had offered his services to the US"
    " voluntarily"
)
PROSECUTOR = "The German federal prosecutor's office confirmed the man's arrest, but gave no other details"
MEDIA = "The mayor told Irish media that the bridge would reopen in the spring"  # who heard it, not the bridge


def test_the_table_has_every_kind_and_no_word_twice() -> None:
    kinds = rows_by_kind("attribution_cues.tsv")
    assert set(kinds) == {"before", "source", "verb"}
    assert {"told", "according to"} <= set(kinds["before"])
    assert {"magazine", "office", "media"} <= set(kinds["source"])
    assert "statement" not in kinds["source"]  # en-xsum 123: "Zoo Statement" read better than "Zoo" (blind)
    for words in kinds.values():
        assert len(words) == len(set(words))


@pytest.mark.parametrize(
    ("phrase", "sentences"),
    [
        ("Der Spiegel News Magazine", [SPIEGEL, REUTERS]),
        ("Spiegel", [SPIEGEL]),  # the source's name, its tail after it
        ("Reuters", [REUTERS]),
        ("Federal Prosecutor", [PROSECUTOR]),  # "prosecutor's office confirmed"
        ("Irish Media", [MEDIA]),  # "told Irish media that ..."
    ],
)
def test_a_source_a_claim_came_through_is_attributed(phrase: str, sentences: list[str]) -> None:
    assert attributed_everywhere(phrase, sentences)


@pytest.mark.parametrize(
    ("phrase", "sentences"),
    [
        ("US contact", [SPIEGEL]),  # what the claim is about
        ("council", ["The council said it had so far gained prosecutions against one firm and 13 individuals."]),
        ("steel union", ['Steel union Community said it welcomed news of negotiations following "months of stress"']),
        ("truth", ["he told him the truth"]),  # what was told, not who
        ("court", ["Carpenter told the court the banner was a tribute to the victims"]),  # no outlet
        ("supporters", ["Elton told supporters he was 'back with Labour'"]),
        ("Der Spiegel", [SPIEGEL, "Der Spiegel published the documents on Sunday"]),  # once plainly
        ("zoo statement", ["The zoo statement said the enclosure met international standards"]),  # its matter
        ("social media", ["Teenagers spend more time on social media than on homework"]),  # a matter, not told
        ("bridge", [MEDIA]),
    ],
)
def test_a_theme_or_an_actor_is_not(phrase: str, sentences: list[str]) -> None:
    assert not attributed_everywhere(phrase, sentences)


def test_the_german_spy_brief_titles_no_source() -> None:
    titles = shared_group_titles("en-xsum.jsonl", 54)
    assert not any("Spiegel" in title or "Prosecutor" in title for title in titles)
