"""A person a bullet names by surname is introduced where the reader has not read them named in a
bullet printed above it, read in the brief's order, not the article's (`en_printed_order`)."""

from __future__ import annotations

from citebrief.engines.en_printed_order import named_above, printed_before
from conftest import shared_groups


def _bullets(name: str, index: int) -> list[str]:
    return [text for group in shared_groups(name, index) for text in group]


def test_the_sentences_printed_above_a_bullet() -> None:
    second = [1, 2, 3]
    groups = [[5, 6], second, [0]]
    assert printed_before(groups, second, 0) == {5, 6}
    assert printed_before(groups, second, 2) == {5, 6, 1, 2}
    assert printed_before(groups, groups[0], 1) == {5}


def test_a_whole_name_printed_below_does_not_introduce_them() -> None:
    # the article writes the whole name first; the brief prints its sentence (0) in a group below
    lines = ["A letter came from MP Iain Wright.", "The committee, which Mr Wright chairs, met."]
    assert named_above(lines, lines, 1, "Iain Wright", [0, 1], None)  # the article's order: named before
    assert not named_above(lines, lines, 1, "Iain Wright", [0, 1], [])  # printed first: not named above
    assert named_above(lines, lines, 1, "Iain Wright", [0, 1], [0])  # printed below the whole name
    # the bullet printed above says the surname alone: it brings them in
    assert named_above(["Mr Wright wrote.", *lines], lines, 2, "Iain Wright", [0, 1, 2], [0])


def test_a_name_the_article_writes_alone_first_is_held_back() -> None:
    # "victims of Hitler" long before "Adolf Hitler": a name the article takes as known (en-cnndm 117)
    lines = ["They saw themselves as victims of Hitler.", "The party was founded before Adolf Hitler led it."]
    assert named_above(lines, lines, 0, "Adolf Hitler", [0, 1], [])
    assert not named_above(lines, lines, 0, "Adolf Hitler", [0], [])  # no bullet says the whole name


def test_a_surname_the_brief_prints_before_its_whole_name_takes_its_given_name() -> None:
    # en-xsum 166: "Mr Wright chairs" in the first group, "Hartlepool MP Iain Wright" only in the second
    bullets = _bullets("en-xsum.jsonl", 166)
    chairs = next(text for text in bullets if "Wright chairs" in text)
    assert "which Mr [Iain] Wright chairs" in chairs
    # en-cnndm 117: "Hitler" printed above "Adolf Hitler"; the article writes him alone first
    assert not any("[Adolf]" in text for text in _bullets("en-cnndm.jsonl", 117))
    # en-cnndm 146: "The Story of Katherine of Alexandria" long before "Saint Katherine": no "[Saint] Katherine"
    assert not any("[Saint]" in text for text in _bullets("en-cnndm.jsonl", 146))
