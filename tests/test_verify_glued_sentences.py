"""A bullet of sentences a flattened page wrote with no space after their stops ('he said."We feel'),
the bullet writing the space back, is quoted word for word: supported, not a word-overlap partial
(verify/quoted_sentences.py `glued_sentences`, `across_passages`), as is a quotation the brief marks once
over sentences the page quoted one by one ('there."More than' for '"… there. More than …"', `_glued_at`);
a quotation is never held to the figures of the other paragraph it cites (verify/checks.py)."""

from __future__ import annotations

from tests.helpers import verdict_on

from citebrief.model import VerdictLabel
from citebrief.segment import build_document
from citebrief.verify import SourceIndex
from citebrief.verify.quoted_sentences import glued_sentences, written_offset

GLUED = [
    "The captain spoke after the match on Saturday evening in Cardiff."
    '"We were disappointed not getting to the final in 2011," he said."We feel a little bit the same this time '
    'around."The squad flies home on Monday.',
    'The coach said the side had scored 51 runs in the first six overs."We fell a little bit short of a very big '
    "score.",
    'We could have added another 15 and gotten up to the 180 we were looking for," said the coach.'
    '"As well as we played I thought we just came up short with the ball."The tour ends next week.',
]


# a quotation the page marks sentence by sentence, closing and opening its marks with no space between
MARKED_BY_SENTENCE = [
    "The trial heard the 24-year-old had been stalked.Dr Hills told of her guilt.",
    "The rider held on over the final lap.",
    'The coach said: "With three laps to go, I would not have said that the leader would make it, but he hung '
    'on there."More than two kilometres out, he effectively started to sprint. It will take time."',
]


def _verdict(text: str, citations: list[int]) -> tuple[VerdictLabel, str]:
    return verdict_on(GLUED, text, citations, "Match")


def test_a_quotation_marked_once_over_quoted_sentences_is_quoted() -> None:
    label, reason = verdict_on(
        MARKED_BY_SENTENCE,
        '"With three laps to go, I would not have said that the leader would make it, but he hung on there. More '
        'than two kilometres out, he effectively started to sprint."',
        [3],
        "Trial",
    )
    assert label is VerdictLabel.supported and "quoted from a sentence of [3]" in reason


def test_sentences_glued_in_the_source_are_quoted() -> None:
    label, reason = _verdict(
        '"We were disappointed not getting to the final in 2011," he said. "We feel a little bit the same this time '
        'around."',
        [1],
    )
    assert label is VerdictLabel.supported and "quoted from a sentence of [1]" in reason


def test_a_quotation_over_a_passage_cut_with_glued_sentences_is_quoted() -> None:
    label, reason = _verdict(
        '"We fell a little bit short of a very big score. We could have added another 15 and gotten up to the 180 '
        'we were looking for," said the coach. "As well as we played I thought we just came up short with the ball."',
        [2, 3],
    )
    assert label is VerdictLabel.supported and "quoted" in reason  # [2]'s 51 contradicts no quoted figure


def test_sentences_the_source_does_not_write_in_a_run_are_no_quotation() -> None:
    # each sentence is in [1], but not one after the other: no quotation, word overlap decides
    _, reason = _verdict("The squad flies home on Monday. The captain spoke after the match on Saturday evening.", [1])
    assert "quoted" not in reason


def test_an_offset_in_the_folded_text_is_mapped_back_to_the_written_one() -> None:
    """Case folding lengthens "ß" to "ss": an offset `_glued_at` finds in the folded paragraph is
    counted back before it picks a sentence (`quoted_sentences.written_offset`)."""
    text = "Die Straße ist lang. Der Weg ist kurz."
    folded = text.casefold()
    assert written_offset(text, folded.index("der weg")) == text.index("Der Weg")
    assert written_offset("plain text", 6) == 6
    assert written_offset(text, len(folded)) == len(text)


def test_a_glued_quotation_after_folded_sharp_s_cites_its_own_sentence() -> None:
    # twenty "ß" before it: the folded offset runs twenty characters past the written one, past the
    # end of the short sentence the quotation opens on
    streets = " ".join(["Straße"] * 20)
    paragraph = f'The tram runs down {streets} in Düsseldorf. The mayor spoke."Yes," she said."It will come by 2030."'
    index = SourceIndex(build_document([paragraph], origin="test", title="Tram"))
    found = glued_sentences('"yes," she said. "it will come by 2030."', index, [1])
    assert found is not None and found[1].text == '"Yes," she said.'
