"""A caption that speaks to its photo is no bullet (text/en_picture_lines.py); quotes and news stay."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.anaphora import with_antecedent
from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_picture_lines import picture_line


@pytest.mark.parametrize(
    "text",
    [
        # the picture it stands under
        "Despite the crowd, her hand is plainly on the bell in this picture!",
        "Tom Hale, 42, posted this photo on social media to mock the usual holiday snaps.",
        "This image shows the bridge moments before it fell.",
        # a present scene, cheered
        "Big Ben tips its hat to the visitor!",
        "Clever editing stretches his arm right across the river, never mind the smudge left behind!",
        "The crowd goes wild!",
        "Tom Hale (as Caesar) waving from the top of the arena in a painting!",
    ],
)
def test_caption_speaking_to_its_photo(text: str) -> None:
    assert picture_line(text)


@pytest.mark.parametrize(
    "text",
    [
        # someone's words
        "She posted it with the caption: 'This picture shows what we fought for.'",
        "'We won the cup!'",
        "I was nervous. If the horse loses, we can blame the jockey!",
        "You can see in this picture how close it came.",
        # the story's own matter
        "These striking photos show the village after the flood.",
        "In this short video, the curator explains why brands change.",
        "Police said the photo was taken in May and released on Friday.",
        "The photograph sold for £2m at auction last week.",
        # a writer's exclamation with no scene's opening
        "With her red boots and a bright scarf, she has the look sorted!",
        "If he scores, the club stays up!",
        "The price is right!",
        "Fans cheered as the team wins the cup!",
    ],
)
def test_words_and_news_stay(text: str) -> None:
    assert not picture_line(text)


_SCENE_WORDS = rows_by_kind("en_caption_scene_words.tsv")


def test_the_scene_shapes_read_as_captions_without_a_table_word() -> None:
    # the two shapes each table row is tried in: a cheered scene, as a caption runs it
    assert picture_line("The crowd goes wild!")
    assert picture_line("The crowd cheering wildly!")


@pytest.mark.parametrize("opener", _SCENE_WORDS["opener"])
def test_a_sentence_opener_opens_no_captions_subject(opener: str) -> None:
    # "If the crowd goes wild!": the line's first word frames a writer's sentence
    assert not picture_line(f"{opener} the crowd goes wild!")


@pytest.mark.parametrize("verb", _SCENE_WORDS["verb"])
def test_a_verb_of_being_having_saying_or_a_modal_shows_no_scene(verb: str) -> None:
    # "The crowd says cheering …!", "The crowd will cheering …!": the verb makes it a sentence
    assert not picture_line(f"The crowd {verb} cheering wildly!")


def test_the_table_has_only_its_two_kinds_openers_capitalised_verbs_lower() -> None:
    assert set(_SCENE_WORDS) == {"opener", "verb"}
    assert all(w[:1].isupper() and " " not in w for w in _SCENE_WORDS["opener"])
    assert all(w.isalpha() and w.islower() for w in _SCENE_WORDS["verb"])


def test_caption_lines_are_no_bullets_but_stay_in_the_source() -> None:
    text = (
        "A tourist in Rome posted a photo of himself missing the top of the Colosseum, and asked web users to fix it. "
        "Within a day, hundreds of edited versions had been shared on forums around the world. "
        "Tom Hale, 42, posted this photo on social media to mock the usual holiday snaps. "
        "Clever editing stretches his arm right across the river, never mind the smudge left behind! "
        "The Colosseum bows to Tom Hale! "
        "Hale said he had not expected the joke to travel so far, and planned to print the best ones. "
        "He told local radio that the edits had brought him more attention than his food blog ever had."
    )
    document = document_from_text(text, origin="x", kind="text")
    bullets = [point.text for point in draft_extractive(document).points()]
    assert bullets
    assert not any("this photo" in b or b.endswith("!") for b in bullets)
    assert "The Colosseum bows to Tom Hale!" in document.text


def test_caption_is_no_antecedent() -> None:
    # "The 42-year-old said …" leans on the line before it, but a caption is not carried in with it
    caption = "Tom Hale, 42, posted this photo on social media to mock the usual holiday snaps."
    story = "Tom Hale moved to Rome in May to write a food blog about the city."
    lean = "The 42-year-old said he had not expected the joke to travel so far."
    assert with_antecedent(caption, lean, "en") is None
    assert with_antecedent(story, lean, "en") == f"{story} {lean}"
