"""English bullets that open on "He …" / "She …" right after a run of someone's quoted words the
brief left out: the run's speaker in brackets in the pronoun's place (`en_quote_run_pronouns`)."""

from __future__ import annotations

from dataclasses import replace

from citebrief.engines.en_quote_run_pronouns import named_run_speaker_en
from citebrief.engines.scored import Scored
from citebrief.model import Point
from conftest import cnndm_groups, group_opening
from scored_builder import zh_scored

_RUN = [
    "Mrs Creag said the taunts began at school.",
    "'We were told to wrap him up and use the special cream,' Mrs Creag added.",
    "'So, even if it's overcast, James still wears a hat, scarf and gloves.",
    "The Dundee cream is so important.'",
    "She spoke of her joy at discovering that her daughter Grace had not inherited the illness.",
]
_SON = Point(text="Eventually he was referred to hospital and diagnosed with the rare condition.", citations=[1])


def _en_scored(sentences: list[str]) -> Scored:
    return replace(zh_scored([sentences]), lang="en")


def test_the_speaker_of_the_run_before_is_named_in_brackets() -> None:
    named = named_run_speaker_en(_en_scored(_RUN), 4, _RUN[4], [_SON])
    assert named is not None
    assert named[0].startswith("[Mrs Creag] spoke of her joy at discovering")
    # en-cnndm 66: under a bullet about her son, the She was nobody
    group = group_opening(cnndm_groups(66), "Eventually he was referred to hospital")
    assert any(text.startswith("[Mrs Creag] spoke of her joy") for text in group)
    assert not any(text.startswith("She spoke of her joy") for text in group)


def test_a_bullet_before_that_names_the_speaker_keeps_the_pronoun() -> None:
    said = Point(text="'We were told to wrap him up,' Mrs Creag added.", citations=[1])
    assert named_run_speaker_en(_en_scored(_RUN), 4, _RUN[4], [said]) is None


def test_unsure_speakers_are_left_alone() -> None:
    # a title of the other sex: "Mr Creag" for She
    other = [s.replace("Mrs Creag", "Mr Creag") for s in _RUN]
    assert named_run_speaker_en(_en_scored(other), 4, other[4], [_SON]) is None
    # a writer's sentence between the run and the bullet: the run ended, its speaker is not sure
    writer = [*_RUN[:4], "The condition is rare.", _RUN[4]]
    assert named_run_speaker_en(_en_scored(writer), 5, writer[5], [_SON]) is None
    # a speaker told by a pronoun ("…,' she added."): `en_pronoun_speakers`' reading, not this one
    pronoun = [s.replace("' Mrs Creag added", "' she added") for s in _RUN]
    assert named_run_speaker_en(_en_scored(pronoun), 4, pronoun[4], [_SON]) is None


def test_a_speaker_with_no_title_needs_the_writers_pronoun() -> None:
    """Without a title the sex is the writer's word for the speaker in a sentence the speaker leads
    ("Travolta said he believed …"), never the other's; whom the quoted words name is no one."""
    run = [
        "John Travolta said he believed the film was a result of disgruntled people.",
        '"Why would I communicate something that was not true for me?"',
        "Travolta asked.",
        '"It would not make sense, nor would it for Tom (Cruise), I imagine."',
        'He called Scientology "brilliant" and credited the church with helping him.',
    ]
    other = Point(text="The film drew record audiences.", citations=[1])
    named = named_run_speaker_en(_en_scored(run), 4, run[4], [other])
    assert named is not None
    assert named[0].startswith('[Travolta] called Scientology "brilliant"')
    unknown = ["John Travolta is a Scientologist.", *run[1:]]  # nothing says whether Travolta is a he
    assert named_run_speaker_en(_en_scored(unknown), 4, unknown[4], [other]) is None
