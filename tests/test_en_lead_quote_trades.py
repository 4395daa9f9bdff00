"""An English overview's speakerless quotation line trades places with the writer's sentence heading
its speaker's group (`engines/en_lead_quote_trades.py`): en-xsum 138's goals together, its
managers' words under "Crosby and Mills"."""

from __future__ import annotations

from citebrief.engines.en_lead_quote_trades import lead_quote_traded
from citebrief.engines.scored import Draft
from conftest import shared_group_titles, shared_groups

_TEXTS = [
    "Alan Dee put Town ahead with a free-kick.",
    "But United levelled before half-time through Sam Roe.",
    "Tom Vale headed the winner for Town late on.",
    'Town manager Alan Hart told Radio Town: "We have a decent side."',
    '"We were poor in the first half but United played well."',
    'United manager Brian Cole told the radio: "It was disappointing."',
    '"We were too open at times in the second half."',
]


def _drafts() -> list[Draft]:
    return [Draft(None, [0, 1, 4]), Draft(1, [2, 3, 5, 6])]


def test_the_line_goes_to_its_speaker_and_the_story_up() -> None:
    drafts = _drafts()
    assert lead_quote_traded(_TEXTS, drafts)
    assert drafts[0].picked == [0, 1, 2]
    assert drafts[1].picked == [3, 4, 5, 6]


def test_no_trade_where_the_head_does_not_go_on_from_the_overview() -> None:
    texts = ["The crowd was 4,000.", *_TEXTS[1:]]
    drafts = [Draft(None, [0, 4, 6]), Draft(1, [2, 3, 5])]  # sentence 1, before the head, is no key point
    assert not lead_quote_traded(texts, drafts)
    assert drafts[0].picked == [0, 4, 6]


def test_no_trade_where_the_group_left_is_not_only_speakers_words() -> None:
    texts = [*_TEXTS[:6], "The next game is on Saturday."]  # the group keeps the writer's sentence
    drafts = _drafts()
    assert not lead_quote_traded(texts, drafts)
    assert drafts[0].picked == [0, 1, 4]


def test_no_trade_where_the_line_names_its_own_speaker() -> None:
    texts = [*_TEXTS[:4], "Hart said the first half was poor.", *_TEXTS[5:]]
    drafts = _drafts()
    assert not lead_quote_traded(texts, drafts)


def test_gateshead_v_wrexham_goals_together_and_the_managers_under_their_names() -> None:
    groups = shared_groups("en-xsum.jsonl", 138)
    assert [text.split()[0] for text in groups[0]] == ["Josh", "But", "Ryan"]  # the three goals
    # a manager's line under his own bullet names him too (s280g: each bullet is read alone)
    assert all(
        "manager" in text or text.startswith(('"', "[Gary Mills said:]", "[Malcolm Crosby said:]"))
        for text in groups[1]
    )
    assert shared_group_titles("en-xsum.jsonl", 138)[1] == "Crosby and Mills"
