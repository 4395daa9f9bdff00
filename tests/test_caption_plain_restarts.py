"""A sentence restarting after a caption with no stop is cut off it (en-cnndm 188)."""

from __future__ import annotations

from citebrief.segment import sentence_spans
from citebrief.text.caption_plain_restarts import plain_restart
from citebrief.text.captions import _finite_verb
from conftest import shared_article, shared_group_titles


def _at(sentence: str, word: str) -> bool:
    words = sentence.split()
    return plain_restart(words, words.index(word), _finite_verb)


def test_a_participle_of_motion_and_a_subject_restart_a_sentence() -> None:
    assert _at("The car moves along the narrow road Turning left the driver stops at a gate.", "Turning")
    assert not _at("The car moves along the narrow road Turning left onto the bridge.", "Turning")  # no subject
    assert not _at("He was seen at the Turning Point the group met.", "Turning")


def test_the_captions_last_word_said_again_restarts_a_sentence() -> None:
    assert _at("The boat passes even more swimmers Swimmers in the bay wave at it.", "Swimmers")
    assert not _at("They flew out to Walla Walla in May.", "Walla")  # a name that doubles a word
    assert not _at("They met at a club called Club Tropicana in town.", "Club")


def test_en_cnndm_188_captions_are_cut_off_their_sentences_and_the_title_stays() -> None:
    article = shared_article("en-cnndm.jsonl", 188)
    sentences = [article[start:end] for start, end in sentence_spans(article, "en")]
    assert any(s.startswith("Turning right the train enters another tunnel") for s in sentences)
    assert any(s.startswith("Skiers on the distant mountain look like ants") for s in sentences)
    assert not any("electrified track Turning" in s or "skiers Skiers" in s for s in sentences)
    # the overview still names the railway, not "Train Careers" nor the opening's "Swiss Mountain"
    assert shared_group_titles("en-cnndm.jsonl", 188)[0].endswith(": Jungfrau")
