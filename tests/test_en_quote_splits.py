"""A bullet that opens mid-quote on the rest of a short quotation the sentence before it opened
(text/en_quote_splits.py, engines/cited_points.py): the bullet says that sentence first."""

from __future__ import annotations

import pytest

from citebrief.text.en_quote_splits import quote_opening
from conftest import shared_groups


def _bullets(name: str, record: int) -> list[str]:
    return [text for group in shared_groups(name, record) for text in group]


def test_the_rest_of_a_quotation_and_its_opening() -> None:
    assert quote_opening('"We know where to look.', 'We know how to look," she said.')


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        # the second opens a quotation of its own
        ('"We know where to look.', '"We know how to look," she said.'),
        # the first closes what it opens
        ('"We know where to look," she said.', "We know how to look, he added."),
        # no speaker after the close
        ('"We know where to look.', 'We know how to look," and the rest of it was plain.'),
        # a long first sentence is a statement of its own
        ('"' + " ".join(["word"] * 16) + ".", 'We know how to look too," she said.'),
        # too long a quotation for one bullet
        ('"We know where to look.', "We know " + " ".join(["word"] * 40) + '," she said.'),
    ],
)
def test_other_sentences_are_no_rest_of_a_quotation(before: str, sentence: str) -> None:
    assert not quote_opening(before, sentence)


def test_no_bullet_of_en_cnndm_36_opens_mid_quote() -> None:
    bullets = _bullets("en-cnndm.jsonl", 36)
    assert not any(text.startswith('We know how to look,"') for text in bullets)
    assert any(text.startswith('"We know where to look. We know how to look," she said.') for text in bullets)


@pytest.mark.parametrize(
    ("record", "opening"),
    [
        (41, '"The key to the qualifiers will be completing on every play. We have to make sure'),
        (192, '"We fell a little bit short of potentially a very big score. We could have added'),
    ],
)
def test_en_xsum_quotations_open_where_they_do(record: int, opening: str) -> None:
    bullets = _bullets("en-xsum.jsonl", record)
    assert any(text.startswith(opening) for text in bullets)
    assert not any(text.startswith(opening.split(". ", 1)[1]) for text in bullets)


def test_quoted_as_saying_names_the_speaker() -> None:
    """en-xsum 55: 'Yes," he was once quoted as saying.' closes the question the sentence before opened."""
    question = '"Is my science of a level consistent with other people who have gotten the Nobel?'
    assert quote_opening(question, 'Yes," he was once quoted as saying.')
    bullets = [text for group in shared_groups("en-xsum.jsonl", 55) for text in group]
    assert not any(text.startswith('Yes,"') for text in bullets)
    assert any(text.startswith(question + ' Yes," he was once quoted') for text in bullets)
