"""An English group whose bullet describes a person ("The 99th qualifier … told Sportsmail …")
before a later bullet first names him ("Paul Casey was at home …") gets the naming bullet first
(en-xsum 55); a naming bullet that calls something by "the" (en-cnndm 88's "the matter"), opens on a tie word or on
someone else, or a description where the article named people before it, leaves the group as it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from tests.helpers import FakeUnit

from citebrief.engines.en_named_first import named_first
from citebrief.engines.scored import Scored
from conftest import cnndm_groups, shared_groups

DESCRIBED = "The 99th qualifier in the field told reporters of his relief that he held on."
NAMING = "Paul Casey was at home in Arizona when his fate was decided last Sunday."
AFTER = "The Englishman got in by staying in the top 50."


@dataclass
class _Scored:
    """The fields of `Scored` the step reads: the sentences, as bullets say them, and the language."""

    texts: list[str]
    lang: str = "en"
    units: list[FakeUnit] = field(init=False)
    trimmed: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.units = [FakeUnit(text, k) for k, text in enumerate(self.texts)]
        self.trimmed = list(self.texts)


def _moved(texts: list[str], picked: list[list[int]]) -> list[list[int]]:
    return named_first(cast(Scored, _Scored(texts)), picked)


def test_the_naming_bullet_goes_before_the_description() -> None:
    assert _moved([DESCRIBED, NAMING, AFTER], [[0, 1, 2]]) == [[1, 0, 2]]
    assert _moved(["Nobody came.", DESCRIBED, NAMING, AFTER], [[0], [1, 2, 3]]) == [[0], [2, 1, 3]]


def test_left_alone_where_someone_named_him_before_or_the_naming_leans() -> None:
    assert _moved([NAMING, DESCRIBED, AFTER], [[0], [1, 2]]) == [[0], [1, 2]]  # named in the brief already
    named_before = ["Jane Doe opened the show.", DESCRIBED, NAMING]
    assert _moved(named_before, [[1, 2]]) == [[1, 2]]  # the article named someone before: anyone's
    tied = "Now Paul Casey has found himself at home in Arizona."
    assert _moved([DESCRIBED, tied], [[0, 1]]) == [[0, 1]]
    quoted = "'I was relieved,' said Casey, who last played in 2012."
    assert _moved([DESCRIBED, quoted], [[0, 1]]) == [[0, 1]]
    leaning = "Paul Casey conceded the relief was huge."  # "the relief" the description tells of
    assert _moved([DESCRIBED, leaning], [[0, 1]]) == [[0, 1]]
    untold = "Paul Casey was at home in Arizona when the matter was decided."  # "the matter": untold
    assert _moved([DESCRIBED, untold], [[0, 1]]) == [[0, 1]]
    other = "The court heard that the woman had lied to police."
    assert _moved([other, NAMING], [[0, 1]]) == [[0, 1]]  # no person described


def test_chinese_is_left_alone() -> None:
    assert named_first(cast(Scored, _Scored([DESCRIBED, NAMING], lang="zh")), [[0, 1]]) == [[0, 1]]


def test_shared_xsum_55_names_him_first_and_cnndm_88_keeps_its_lead() -> None:
    venter = shared_groups("en-xsum.jsonl", 55)[0]
    assert venter[0].startswith("Dr Venter has certainly not gained a reputation")
    assert venter[1].startswith("The biologist and entrepreneur turned the effort")
    overview = cnndm_groups(88)[0]  # "… when the matter was decided" would come before the matter
    assert overview[0].startswith("The 99th qualifier in the field of 99")
    assert overview[1].startswith("Paul Casey was at home in Arizona")


def test_shared_cnndm_30_and_162_keep_their_order() -> None:
    # "… influenced by the rally …" leans on the lead's "extremist rally"; the lead names Marcus Rojo
    assert cnndm_groups(30)[0][0].startswith("The flag-burning father of a runaway British jihadi schoolgirl")
    assert cnndm_groups(162)[0][0].startswith("The woman falsely accused of blackmailing")
