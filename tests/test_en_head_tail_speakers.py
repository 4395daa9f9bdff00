"""A group's head that is a quotation closed on "he told MUTV" or "said the 24-year-old", under a
bullet that is not the writer's sentence right before it, names its speaker in brackets
(`en_head_tail_speakers`); verify reads the quotation word for word and the name in a cited paragraph."""

from __future__ import annotations

from citebrief.engines.en_head_tail_speakers import named_head_tail_en
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.text.speaker_label import NAME_AFTER_AGE
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article, shared_groups

_CRAZY = (
    "\"The last few months have been a crazy time and I don't think it has sunk in yet. I know I have been"
    ' fortunate," said the 24-year-old'
)


def test_a_groups_head_closed_on_an_age_names_the_subject_right_before() -> None:
    # en-xsum 31: the second group opened on '…," said the 24-year-old' under a bullet ending on
    # "Northern Ireland manager Michael O'Neill"; "Washington, a postman …, followed that up …" is the
    # sentence right before it, printed higher up the first group
    heads = [group[0] for group in shared_groups("en-xsum.jsonl", 31)]
    assert f"{_CRAZY} [Washington]." in heads


def test_a_groups_head_closed_on_he_told_names_the_speaker_read_back() -> None:
    # en-cnndm 133: "Juan Mata (right) says …" stands before it, past a caption on "The 26-year-old"
    heads = [group[0] for group in shared_groups("en-cnndm.jsonl", 133)]
    assert any("before the end,' [Juan Mata] told MUTV" in text for text in heads)


def test_the_bullet_right_above_being_the_sentence_before_keeps_the_pronoun() -> None:
    # en-cnndm 36: "… NASA chief scientist Ellen Stofan said Tuesday …" is printed right above
    # '"We know where to look …," she said', the second group's head
    heads = [group[0] for group in shared_groups("en-cnndm.jsonl", 36)]
    assert any(text.startswith('"We know where to look. We know how to look," she said.') for text in heads)


def test_only_a_groups_head_and_only_a_sure_name() -> None:
    document = document_from_text(shared_article("en-xsum.jsonl", 31), origin="x", kind="text")
    scored = score(document, {})[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text.startswith('"The last few'))
    found = named_head_tail_en(scored, i, _CRAZY, [], None)
    assert found is not None and found[0] == f"{_CRAZY} [Washington]"
    assert named_head_tail_en(scored, i, _CRAZY, [], i - 1) is None  # the bullet above is the sentence before
    said_before = [Point(text="Washington scored again.", citations=[1])]
    assert named_head_tail_en(scored, i, _CRAZY, said_before, None) is None  # not the group's head
    plain = _CRAZY.replace("said the 24-year-old", "said a spokesman")
    assert named_head_tail_en(scored, i, plain, [], None) is None  # no pronoun, no age


def test_verify_reads_the_quotation_and_finds_the_name_cited() -> None:
    article = "\n\n".join(
        [
            "Smithson, a postman just four years ago, scored again for his club on Saturday.",
            '"It has been a crazy few months for me and my family," said the 24-year-old.',
            "The club face Leeds next week.",
        ]
    )
    document = document_from_text(article, origin="club.txt")
    index = SourceIndex(document)
    first, second, third = (segment.n for segment in document.segments)
    bullet = '"It has been a crazy few months for me and my family," said the 24-year-old [Smithson].'
    found = NAME_AFTER_AGE.search(bullet)
    assert found is not None and found.group("who") == "Smithson"
    assert check_point(Point(text=bullet, citations=[first, second]), index).label is VerdictLabel.supported
    assert check_point(Point(text=bullet, citations=[second, third]), index).label is not VerdictLabel.supported
