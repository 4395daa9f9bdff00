"""An English bullet that tells its speaker mid-sentence ("Their comments, she wrote, …") where its
group names no one the pronoun could be: the name in brackets in the pronoun's place
(`engines/en_tag_speakers.py`), read back by verify (`text.speaker_label.NAME_IN_TAG`)."""

from __future__ import annotations

from dataclasses import replace

from tests.helpers import verdict_on

from citebrief.engines.en_tag_speakers import named_tag_pronoun_en
from citebrief.engines.scored import Scored
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.text.en_unintroduced import unintroduced
from citebrief.text.speaker_label import NAME_IN_TAG, named_in_tag
from citebrief.verify import WORDS_ONLY, SourceIndex, check_point
from conftest import shared_article, shared_groups
from scored_builder import zh_scored

RUN = [
    'Their comments, she wrote, "remind me how many decent people there are".',
    "The author previously tweeted about abusive comments.",
    "Smithers faced criticism on Twitter after it emerged she had donated to a campaign.",
    "In 2008, she donated the same amount to a party.",
]


def _en_scored(sentences: list[str]) -> Scored:
    return replace(zh_scored([sentences]), lang="en")


def test_a_speaker_told_mid_sentence_is_named_in_brackets() -> None:
    # en-xsum 92: the brief opens on "Their comments, she wrote, …"; Rowling is named two bullets down
    opening = shared_groups("en-xsum.jsonl", 92)[0][0]
    assert opening.startswith('Their comments, [Rowling] wrote, "reminds me how big the world is')
    found = named_tag_pronoun_en(_en_scored(RUN), 0, RUN[0].removesuffix("."), [])
    assert found == ('Their comments, [Smithers] wrote, "remind me how many decent people there are"', 1)


def test_the_surnames_own_clause_going_on_with_she_says_her_sex() -> None:
    # "Smithers faced criticism … after it emerged she had donated …": the she is Smithers's
    assert unintroduced(RUN, "She") == ("Smithers", 2)
    assert unintroduced(RUN, "He") is None
    # another person named, or another's pronoun, before the she: unsure
    other = [*RUN[:2], "Smithers faced criticism from Jane Doe after it emerged she had donated to a campaign."]
    assert unintroduced([*other, "Jane Doe left."], "She") is None
    his = [*RUN[:2], "Smithers faced criticism of his party after it emerged she had donated to a campaign."]
    assert unintroduced(his, "She") is None


def test_unsure_or_named_speakers_are_left_alone() -> None:
    scored = _en_scored(RUN)
    text = RUN[0].removesuffix(".")
    # the group before it names her already
    assert named_tag_pronoun_en(scored, 0, text, [Point(text="Smithers spoke.", citations=[1])]) is None
    # a lead that names someone, or a quotation mark in the lead: not this step's
    named_lead = ["Smith's comments, she wrote, were kind.", *RUN[1:]]
    assert named_tag_pronoun_en(_en_scored(named_lead), 0, named_lead[0], []) is None
    # no verb of saying after the pronoun
    found = ["Their comments, she found, were kind.", *RUN[1:]]
    assert named_tag_pronoun_en(_en_scored(found), 0, found[0], []) is None


def test_the_bracket_is_read_back_by_verify() -> None:
    bullet = named_in_tag("Their comments", '[Smithers] wrote, "remind me how many decent people there are"')
    assert bullet == 'Their comments, [Smithers] wrote, "remind me how many decent people there are"'
    tag = NAME_IN_TAG.match(bullet)
    assert tag is not None and tag.group("who") == "Smithers"
    assert NAME_IN_TAG.match("[Smithers] wrote, she said.") is None  # `NAME_IN_PLACE`'s
    page = [" ".join(RUN)]
    label, reason = verdict_on(page, bullet, [1], "Comments")
    assert label is VerdictLabel.supported and "quoted" in reason, reason
    label, reason = verdict_on(page, bullet.replace("Smithers", "Jones"), [1], "Comments")
    assert label is VerdictLabel.partial and "Jones not named" in reason


def test_verify_holds_the_words_before_the_bracket_too() -> None:
    """The bullet with the pronoun put back for the bracket is word for word in a cited paragraph:
    a lead the source does not write before it is no quotation, only a word overlap."""
    page = [" ".join(RUN)]
    bullet = 'Your comments, [Smithers] wrote, "remind me how many decent people there are"'
    label, reason = verdict_on(page, bullet, [1], "Comments")
    assert "quoted" not in reason and WORDS_ONLY in reason, reason
    added = 'Their kind comments, [Smithers] wrote, "remind me how many decent people there are"'
    assert "quoted" not in verdict_on(page, added, [1], "Comments")[1]
    # the lead and the words after it, each in the source, but not joined by the pronoun there
    apart = ["Their comments were kind.", 'Smithers wrote, "remind me how many decent people there are".']
    assert "quoted" not in verdict_on([" ".join(apart)], bullet.replace("Your", "Their"), [1], "Comments")[1]
    # a he put back as well as a she
    his = [RUN[0].replace("she", "he"), "Smithers faced criticism after it emerged he had donated."]
    label, reason = verdict_on([" ".join(his)], bullet.replace("Your", "Their"), [1], "Comments")
    assert label is VerdictLabel.supported and "quoted" in reason, reason


def test_the_real_bullet_is_quoted() -> None:
    # en-xsum 92's opening bullet, checked against the article it was drafted from
    article = shared_article("en-xsum.jsonl", 92)
    document = document_from_text(article, origin="x", kind="text")
    point = draft(document).groups[0].points[0]
    assert point.text.startswith("Their comments, [Rowling] wrote, ")
    verdict = check_point(point, SourceIndex(document))
    assert verdict.label is VerdictLabel.supported and "quoted" in verdict.reason, verdict.reason
    lead = point.model_copy(update={"text": point.text.replace("Their", "Your", 1)})
    assert "quoted" not in check_point(lead, SourceIndex(document)).reason
