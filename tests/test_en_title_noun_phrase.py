"""A one-word English group title of a common noun widens to the noun phrase around it that the
group writes ("Judges" → "Appeal Court Judges", "Cards" → "Pack of Cards", "Income" → "Income
Tax"); a name, a phrase cut from a longer one, a verb's, a graded one, one bullet's compound and a
paragraph's aside leave the word. Small cases written after en-cnndm and en-xsum briefs, and the
briefs of shared articles themselves."""

from __future__ import annotations

import re

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_noun_phrase import _GRADED, _graded_before, _places, name_openers, noun_phrase_title
from conftest import shared_article

JUDGES = [
    "Motoring groups accused the judges of being 'out of touch'.",
    "But yesterday judges said the fine was enforceable.",
]
JUDGES_TEXTS = [
    "In a landmark ruling, appeal court judges decided the size of the fine was fair.",
    *JUDGES,
]
CARDS = [
    "The cards were officially named after the regime's leaders.",
    "Al-Douri was the King of Clubs in the pack of cards.",
]
SKIN = [
    "This is free of fragrance so would be good for sensitive skin.",
    "Avocado oil is a good moisturiser for the skin.",
]
INCOME = [
    "Prof Gibb noted that a local income tax was generally perceived as fairer.",
    "Councils found that their income fluctuated.",
]
COURTS = [
    "Pama shielded his face outside Brisbane Magistrate Courts when he was granted bail.",
    "The case is due to return to court on May 18.",
]
GOVERNMENT = [
    "Families are worse off as a result of government tax and spending changes.",
    "Mr Clegg said: 'In government, we secured a tax cut.'",
]
UNION = [
    "Steel union Community said it welcomed news of negotiations.",
    "The union's general secretary said it was a positive step.",
]
GENOCIDE = [
    "'We cannot define what happened in 1915 as a genocide,' the minister said.",
    "'No president has made genocide prevention a priority, and genocide rages on,' she wrote.",
]
QUAKES = [
    "Pressurised water will cause the rock to fracture and possibly produce earthquakes.",
    "The earthquake was felt by at least one person.",
]
COMPOSERS = [
    "Mozart is regarded as one of the greatest composers of all time.",
    "Only 14 images of the composer are known.",
]
CHARACTERS = [
    "Grant Mitchell has been one of the soap's most memorable characters.",
    "Her character reappeared on Friday.",
]
TRIBUTE = [
    "The tribute read: 'Matthew was full of life.'",
    "'He was always playing jokes,' the tribute said.",
]
FIGHT = [
    "He suffered a sprained arm and cuts in the fight.",
    "A witness said the fight 'looked like a riot'.",
]
FIGHT_TEXTS = ["Over the course of the fight he was hit twice.", *FIGHT]
RAQQA = ["Syrians wait in line for food in Raqqa.", "Raqqa Is Being Slaughtered Silently posted the images."]


@pytest.mark.parametrize(
    ("bullets", "texts", "title", "wider"),
    [
        pytest.param(JUDGES, JUDGES_TEXTS, "Judges", "Appeal Court Judges", id="nouns-name-the-kind"),
        pytest.param(CARDS, CARDS, "Cards", "Pack of Cards", id="x-of-the-noun"),
        pytest.param(SKIN, SKIN, "Skin", "Sensitive Skin", id="an-adjective-a-bullet-says"),
        pytest.param(INCOME, INCOME, "Income", "Income Tax", id="a-compound-said-as-often-as-the-noun"),
        pytest.param(COURTS, COURTS, "Court", "Brisbane Magistrate Courts", id="a-whole-name-not-its-end"),
    ],
)
def test_a_bare_noun_widens(bullets: list[str], texts: list[str], title: str, wider: str) -> None:
    used = {title.casefold(), "other title"}
    assert noun_phrase_title(bullets, texts, texts, used, title) == wider
    assert wider.casefold() in used and title.casefold() not in used


@pytest.mark.parametrize(
    ("bullets", "texts", "title"),
    [
        pytest.param(GOVERNMENT, GOVERNMENT, "Government", id="cut-before-and"),
        pytest.param(UNION, UNION, "Union", id="a-name-after-the-noun"),
        pytest.param(GENOCIDE, GENOCIDE, "Genocide", id="one-quote-s-compound"),
        pytest.param(QUAKES, QUAKES, "Earthquakes", id="a-verb-opens-it"),
        pytest.param(COMPOSERS, COMPOSERS, "Composer", id="a-superlative"),
        pytest.param(CHARACTERS, CHARACTERS, "Character", id="most-before-it"),
        pytest.param(TRIBUTE, TRIBUTE, "Tribute", id="a-clause-giving-a-quote"),
        pytest.param(FIGHT, FIGHT_TEXTS, "Fight", id="when-not-what-and-a-paragraph-aside"),
        pytest.param(RAQQA, RAQQA, "Raqqa", id="a-name"),
        pytest.param(SKIN, SKIN, "Sensitive Skin", id="two-words-already"),
    ],
)
def test_the_title_stays(bullets: list[str], texts: list[str], title: str) -> None:
    assert noun_phrase_title(bullets, texts, texts, set(), title) == title


def test_a_phrase_another_title_holds_stays() -> None:
    assert noun_phrase_title(CARDS, CARDS, CARDS, {"cards", "pack of cards"}, "Cards") == "Cards"


def test_the_when_or_where_fronts_are_lower_case_nouns() -> None:
    fronts = data_lines("en_of_fronts.tsv")
    assert "course" in fronts and all(f.isalpha() and f.islower() for f in fronts)


@pytest.mark.parametrize(
    ("name", "index", "title", "bare"),
    [
        ("en-cnndm.jsonl", 190, "Appeal Court Judges", "Judges"),
        ("en-cnndm.jsonl", 86, "Pack of Cards", "Cards"),
        ("en-xsum.jsonl", 38, "Income Tax", "Income"),
        ("en-xsum.jsonl", 38, "Cross-party Commission", "Commission"),
    ],
)
def test_shared_briefs(name: str, index: int, title: str, bare: str) -> None:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert title in titles and bare not in titles


def test_the_name_openers_are_the_lower_case_words_of_their_table() -> None:
    openers = name_openers()
    assert {"the", "in", "from", "but"} <= openers and all(w.isalpha() and w.islower() for w in openers)
    assert len(openers) == len(data_lines("en_name_openers.tsv"))  # one word a line, none twice


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("memorable characters", "Her most memorable characters and his memorable characters."),
        ("memorable characters", "The most memorable characters were hers."),
        ("memorable characters", "Almost memorable characters, MOST memorable characters."),
        ("memorable characters", "utmost memorable characters"),  # "most" inside a word: no boundary
        ("memorable characters", "least memorable characters"),  # at the text's start
        ("aa", "aaaaa"),  # non-overlapping places, as `re.finditer` gives them
        ("tax cuts", "No cuts here."),
        ("Magistrate Courts", "Brisbane Magistrate Courts and the Magistrate Courts."),
    ],
)
def test_places_and_the_graded_prefix_read_as_the_whole_text_searches_did(phrase: str, text: str) -> None:
    assert _places(phrase, text) == [m.span() for m in re.finditer(re.escape(phrase), text)]
    for start in range(len(text) + 1):
        assert _graded_before(text, start) == (_GRADED.search(text, 0, start) is not None), start
