"""segment: a paragraph's captions are cut with the whole article in view, as a one-block article's are."""

from __future__ import annotations

from citebrief.segment import build_document
from citebrief.text.article_scope import MAX_ARTICLE_CHARS, reading, recurring
from citebrief.text.passage_spans import rejoined, unjoined

RUN_ON = (
    "Striker Ian Baker has been ruled out of the club's visit to face Leeds "
    "Hardy said: 'We have enough players to cope with that.'"
)
LEAD = "Coach Tom Hardy wants his side to forget the cup and think of the league. Leeds are second in the table."


def _last_sentences(paragraphs: list[str]) -> list[str]:
    document = build_document(paragraphs, origin="t", lang="en")
    for segment in document.segments:  # spans still point into the document's text
        assert all(document.text[s.start : s.end] == s.text for s in segment.sentences)
    return [sentence.text for sentence in document.segments[-1].sentences]


def test_a_caption_is_cut_where_another_paragraph_names_the_speaker() -> None:
    """Whether "Hardy" is a name the article uses, and "Leeds" a word that stands without it, is
    read in the whole article: the paragraph alone cannot tell the caption from one sentence."""
    assert _last_sentences([RUN_ON]) == [RUN_ON]
    assert _last_sentences([LEAD, RUN_ON]) == [
        "Striker Ian Baker has been ruled out of the club's visit to face Leeds",
        "Hardy said: 'We have enough players to cope with that.'",
    ]
    # the same text pasted as one block is cut the same way
    assert "Hardy said: 'We have enough players to cope with that.'" in _last_sentences([f"{LEAD} {RUN_ON}"])


def test_the_passage_helpers_moved_with_their_behaviour() -> None:
    assert rejoined([(0, 5), (5, 9), (10, 12)], {5}) == [(0, 9), (10, 12)]
    assert unjoined(0, 9, [7], [(0, 5), (5, 9)]) == [(0, 5), (5, 9)]
    assert unjoined(0, 9, [12], [(0, 5), (5, 9)]) == [(0, 9)]


def test_words_are_counted_in_the_article_only_while_it_is_cut() -> None:
    paragraph = "Leeds Hardy said: 'We cope.'"
    article = f"Coach Tom Hardy spoke.\n\n{paragraph}"
    assert recurring(paragraph) == paragraph  # a bullet, or a one-block article: itself
    with reading(article):
        assert recurring(paragraph) == article
        assert recurring("a sentence written elsewhere") == "a sentence written elsewhere"
    assert recurring(paragraph) == paragraph
    with reading(article + " x" * MAX_ARTICLE_CHARS):  # a long report: each paragraph alone, as before
        assert recurring(paragraph) == paragraph


def test_a_role_after_a_word_in_capitals_goes_on_with_its_name() -> None:
    """ "US President Donald Trump" is one name with its country: the article naming Trump again
    does not make "US" a caption's end."""
    lead = "Donald Trump spoke on Monday. Trump has said little since."
    tail = "A spokesman said that US President Donald Trump had made his view clear to the press."
    assert _last_sentences([lead, tail]) == [tail]
