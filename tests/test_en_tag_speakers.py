"""An English bullet that tells its speaker mid-sentence ("Their comments, she wrote, …") where its
group names no one the pronoun could be: the name in brackets in the pronoun's place
(`engines/en_tag_speakers.py`), read back by verify (`text.speaker_label.NAME_IN_TAG`)."""

from __future__ import annotations

from dataclasses import replace

from tests.helpers import verdict_on

from citebrief.engines.en_tag_speakers import named_tag_pronoun_en
from citebrief.engines.scored import Scored
from citebrief.model import Point, VerdictLabel
from citebrief.text.en_unintroduced import unintroduced
from citebrief.text.speaker_label import NAME_IN_TAG, named_in_tag
from conftest import shared_groups
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
