"""English sentences whose subject is "he" or "she" after a short opening phrase ("More recently,
he …", "Speaking to the BBC, he said …"): they lean on the sentence before as "He …" does
(`text.en_framed_pronoun`, read by `anaphora.needs_antecedent`)."""

from __future__ import annotations

from citebrief.text.anaphora import needs_antecedent
from citebrief.text.en_framed_pronoun import _speaker_frames, pronoun_after_frame_en
from conftest import group_opening, shared_groups


def test_a_pronoun_after_a_phrase_leans() -> None:
    for text in (
        "The firm's first security chief, he brings with him an extensive portfolio.",
        "More recently, he introduced himself to a younger generation of viewers.",
        "In October 2014, he was issued with a new injunction.",
        "Not content with a busy afternoon in the garden, she then changed into a black dress.",
        "Speaking to the Valdosta Daily Times about her intervention, she said: 'I did not want this.'",
        "According to Fox Business, she had previously told colleagues.",
    ):
        assert pronoun_after_frame_en(text), text
        assert needs_antecedent(text, "en"), text


def test_a_phrase_that_names_someone_or_a_connective_does_not() -> None:
    for text in (
        "When David Cameron visited the White House in January, he insisted on it.",  # names him
        "Mrs Smith said if it wasn't for her son, she would not have survived.",
        "If the person does not enter the code, they are refused access.",  # not "they"
        "As attempts to break a world record go, it was pretty impressive.",  # not "it"
        "However, he added that he still had concerns.",  # a connective: `en_back_reference` reads it
        "'When Wil was little, he would lie on his stomach.'",  # a quotation's words
        "I couldn't get one up on the course, it just kept coming back at me.",
    ):
        assert not pronoun_after_frame_en(text), text


def test_the_speaker_frames_table_loads() -> None:
    assert "Speaking" in _speaker_frames() and "According to" in _speaker_frames()


def test_a_framed_speaker_goes_to_stand_after_the_one_who_named_him() -> None:
    # en-xsum 194: "IS militants, he said, 'boast about their evil …'" headed the group after Mr
    # Abbott's Nazi quote; it now ends his group, right after it (`en_antecedent_next`)
    group = group_opening(shared_groups("en-xsum.jsonl", 194), "On Thursday, Mr Abbott angered")
    assert group[-1].startswith("But IS militants, he said")
    # en-xsum 5: "Speaking on BBC Radio 4's Start the Week, he said …" joins Mr Schmidt's group
    group = group_opening(shared_groups("en-xsum.jsonl", 5), "Speaking on BBC Radio 4's Start the Week, he said")
    assert any(text.startswith("Mr Schmidt said") for text in group)


def test_a_sentence_before_that_names_no_one_is_not_carried() -> None:
    # en-cnndm 176: the sentence before "The firm's first security chief, he …" tells of lawsuits
    # by two cities; carried, the bullet would still not say who "he" is
    bullets = [text for group in shared_groups("en-cnndm.jsonl", 176) for text in group]
    lead = next(text for text in bullets if "The firm's first security chief, he brings" in text)
    assert lead.startswith("The firm's first security chief")
