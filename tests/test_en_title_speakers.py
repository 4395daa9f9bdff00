"""A group of two or more named people's quotes titled by their surnames ("Crosby and Mills"), not a
word lifted from one quote (`text/en_title_speakers.py`), and that title grounded for the checks."""

from __future__ import annotations

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_title_speakers import group_speakers, joined, speakers_grounded, speakers_title
from conftest import shared_group_titles

_BULLETS = [
    "Town manager Alan Hart told the local radio: 'We have a decent side.'",
    "'In the first half we did not pass well, and that made the big difference.'",
    "United manager Brian Cole told the radio: 'It was disappointing.'",
    "'We were too open at times in the second half.'",
]
_PARAGRAPHS = [" ".join(_BULLETS[:2]), " ".join(_BULLETS[2:])]


def test_a_run_of_two_speakers_quotes_is_titled_by_their_surnames() -> None:
    used = {"difference"}
    assert speakers_title(_BULLETS, _PARAGRAPHS, _PARAGRAPHS, used, "Difference") == "Hart and Cole"
    assert "hart and cole" in used and "difference" not in used


def test_the_speakers_in_order_each_bare_quote_carrying_on_the_one_before() -> None:
    assert group_speakers(_BULLETS, _PARAGRAPHS) == ["Hart", "Cole"]
    assert group_speakers(_BULLETS[:2], _PARAGRAPHS) == ["Hart"]  # one speaker: no such group
    assert group_speakers(_BULLETS[1:], _PARAGRAPHS) == []  # a bare quote first carries on no one
    assert group_speakers([*_BULLETS, "The match drew 4,000 fans."], _PARAGRAPHS) == []  # not a quote
    assert joined(["Hart", "Cole", "Diaz"]) == "Hart, Cole and Diaz"


def test_titles_that_stay() -> None:
    assert speakers_title(_BULLETS, _PARAGRAPHS, _PARAGRAPHS, set(), "Hart") == "Hart"  # names a speaker
    assert speakers_title(_BULLETS, _PARAGRAPHS, _PARAGRAPHS, set(), "Second Half") == "Second Half"  # two words
    assert speakers_title(_BULLETS[:2], _PARAGRAPHS, _PARAGRAPHS, set(), "Difference") == "Difference"
    # the names already in another group's title
    assert speakers_title(_BULLETS, _PARAGRAPHS, _PARAGRAPHS, {"hart and cole"}, "Difference") == "Difference"


def test_a_title_naming_the_outlet_a_speaker_told_gives_way_to_the_speakers() -> None:
    told = ["Town manager Alan Hart told Radio Town: 'We have a decent side.'", *_BULLETS[1:]]
    paragraphs = [" ".join(told[:2]), " ".join(told[2:])]
    assert speakers_title(told, paragraphs, paragraphs, set(), "Radio Town") == "Hart and Cole"
    assert speakers_title(_BULLETS, _PARAGRAPHS, _PARAGRAPHS, set(), "Radio Town") == "Radio Town"  # told no one


def test_grounded_where_each_name_is_written_before_a_verb_of_saying() -> None:
    assert speakers_grounded("Hart and Cole", _PARAGRAPHS)
    assert grounded("Hart and Cole", _PARAGRAPHS)  # the checks' path (`en_overview_deed.grounded`)
    assert not speakers_grounded("Hart and Cole", _PARAGRAPHS[:1])  # Cole speaks in no paragraph of these
    assert not speakers_grounded("Hart", _PARAGRAPHS)  # one name
    assert not speakers_grounded("Hart and Smith", _PARAGRAPHS)
    assert not grounded("Town and United", _PARAGRAPHS)  # written, but no one says anything


def test_gateshead_v_wrexham_managers_quotes() -> None:
    # en-xsum 138: both managers' quotes, once titled "Difference" of one quote
    assert shared_group_titles("en-xsum.jsonl", 138)[1] == "Crosby and Mills"


_COLON_BULLETS = [
    'Town spinner Alan Hart: "We are definitely still in it.',
    'If we bat two days the result will go our way."',
    'United batsman Brian Cole: "There are no gimmes."',
]
_COLON_PARAGRAPHS = [" ".join(_COLON_BULLETS[:2]), _COLON_BULLETS[2], "Dan Ross watched from the stands."]


def test_speakers_named_before_a_colon_and_a_quotation_left_open() -> None:
    assert group_speakers(_COLON_BULLETS, _COLON_PARAGRAPHS) == ["Hart", "Cole"]
    # the second bullet carries on no one where the first closes its quotation
    closed = [_COLON_BULLETS[0] + '"', _COLON_BULLETS[1].removesuffix('"'), _COLON_BULLETS[2]]
    assert group_speakers(closed, _COLON_PARAGRAPHS) == []
    assert speakers_grounded("Hart and Cole", _COLON_PARAGRAPHS)  # "Alan Hart: \"…" is his saying it


def test_one_speakers_full_name_gives_way_to_the_speakers() -> None:
    used = {"alan hart"}
    assert speakers_title(_COLON_BULLETS, _COLON_PARAGRAPHS, _COLON_PARAGRAPHS, used, "Alan Hart") == "Hart and Cole"
    assert used == {"hart and cole"}
    # a full name of none of the speakers stays, as does a speaker's surname alone
    assert speakers_title(_COLON_BULLETS, _COLON_PARAGRAPHS, _COLON_PARAGRAPHS, set(), "Dan Ross") == "Dan Ross"
    assert speakers_title(_COLON_BULLETS, _COLON_PARAGRAPHS, _COLON_PARAGRAPHS, set(), "Hart") == "Hart"


def test_australia_spinner_and_england_batsman() -> None:
    # en-xsum 109: Nathan Lyon's two sentences and Ian Bell's, once titled "Nathan Lyon" alone
    assert shared_group_titles("en-xsum.jsonl", 109)[3] == "Lyon and Bell"
