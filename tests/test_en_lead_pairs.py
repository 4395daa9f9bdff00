"""A two-point English overview takes the pair that goes on with its lead, where two themes stay
(engines/en_lead_pairs.py), read of real shared-data articles as pasted."""

from __future__ import annotations

from citebrief.engines.en_lead_pairs import _other_result, lead_pair_rejoined
from conftest import cnndm_groups, group_opening, shared_groups


def test_how_the_prisoner_got_her_number_is_a_key_point() -> None:
    # "Facebook Password" was a group of two telling the lead's episode on; the charges and the
    # police's words stay groups of their own
    groups = cnndm_groups(93)
    overview = groups[0]
    assert overview[0].startswith("A serving prisoner has been jailed"), groups
    assert any(text.startswith("After getting her number from a cellmate") for text in overview), groups
    assert any(text.startswith("The victim continued to talk to Boente") for text in overview), groups
    assert len(overview) == 4 and len(groups) == 3, groups


def test_the_ticket_boycott_is_one_group_with_the_lead() -> None:
    groups = cnndm_groups(152)
    overview = groups[0]
    assert any("fan-run campaign to boycott the trip" in text for text in overview), groups
    assert any(text.startswith("Supporters groups had already spoken") for text in overview), groups
    assert len(group_opening(groups, "Cardiff welcomed 2,200 Leeds fans")) >= 2, groups


def test_the_survey_findings_after_the_lead_join_it() -> None:
    groups = shared_groups("en-xsum.jsonl", 25)
    # s49o's BBC quotation reading (en_quote_reading) cut the glued "… about 46%.The survey was …" and
    # the picks moved: the findings now open the next group ("Popular Vegetables"); the test still
    # guards that they stay near the lead
    assert any(text.startswith("The survey, of about 1,000 parents") for text in groups[0] + groups[1]), groups


def test_a_pair_of_her_own_words_keeps_its_group() -> None:
    # Aliesha's "I can honestly say ..." and "I was extremely depressed ..." are her account,
    # not the lead's points
    groups = cnndm_groups(119)
    assert len(groups[0]) == 2, groups
    assert len(group_opening(groups, "'I can honestly say I am sooo thankful")) == 2, groups


def test_a_short_story_is_its_key_points_and_one_theme() -> None:
    # a nun's murder and the finding of her body are the key points; her life at the mission and
    # the tributes are the one theme, no longer after a "Sacred Heart Missionary" pair
    groups = cnndm_groups(85)
    assert any(text.startswith("Her body was found by other nuns") for text in groups[0]), groups
    assert len(groups) == 2 and len(groups[0]) == 4, groups
    law = cnndm_groups(67)
    assert any(text.startswith("The law allows for the procedure") for text in law[0]), law
    assert len(law) == 2, law


def test_a_pair_left_by_the_leaning_moves_joins_the_lead() -> None:
    # the parents' tribute went down to open the next group once the titles were chosen, leaving
    # the drowned volunteer's team and the second volunteer's death a "British Members" pair
    groups = cnndm_groups(130)
    overview = groups[0]
    assert any(text.startswith("Miss Robertson was with three other British members") for text in overview), groups
    assert any(text.startswith("Another volunteer, 19-year-old Alice Barnett") for text in overview), groups
    assert len(overview) == 4 and len(groups) == 3, groups


def test_a_round_ups_next_match_keeps_its_group() -> None:
    # Getafe's 1-0 after Athletic Bilbao's 1-1 is another match, not the lead's run (en-cnndm 61)
    groups = cnndm_groups(61)
    assert len(group_opening(groups, "Former Valencia striker Aritz Aduriz")) == 2, groups
    assert _other_result(["Aduriz secured a 1-1 draw.", "A.", "Getafe won 1-0 at Elche.", "B."], [0, 1], [2, 3])
    assert not _other_result(["Aduriz secured a 1-1 draw.", "A.", "It ended 1-1.", "B."], [0, 1], [2, 3])
    assert not _other_result(["Aduriz scored late.", "A.", "Getafe won 1-0 at Elche.", "B."], [0, 1], [2, 3])


def test_a_pair_opening_on_the_leads_they_joins_it_though_half_a_quote() -> None:
    # "Their final aim is to build a robot …" goes on from the lead's "Boffins are currently working
    # …": under its own "Tiny Insects" beside a professor's quote it pointed at no one (en-cnndm 185)
    groups = cnndm_groups(185)
    overview = groups[0]
    boffins = next(k for k, text in enumerate(overview) if text.startswith("Boffins are currently working"))
    assert overview[boffins + 1].startswith("Their final aim is to build a robot"), groups
    assert len(groups) == 2, groups


def test_a_speakers_pair_joins_only_where_it_opens_right_after_the_lead_on_a_pronoun() -> None:
    texts = [
        "Scientists built a drone.",
        "Boffins are working on it.",
        "Their aim is a robot.",
        "'We are nowhere near it,' said Mr Marshall.",
        "Other work goes on.",
        "More of it.",
    ]
    assert lead_pair_rejoined(texts, [[0, 1], [2, 3], [4, 5]]) == [[0, 1, 2, 3], [], [4, 5]]
    assert lead_pair_rejoined(texts, [[0], [1, 3], [4, 5]]) == [[0], [1, 3], [4, 5]]  # a one-point lead
    apart = [[0, 1], [3, 2], [4, 5]]  # the quote heads the pair: not the sentence after the lead
    assert lead_pair_rejoined(texts, apart) == apart
    unleaning = [*texts[:2], "The aim is a robot.", *texts[3:]]  # no pronoun pointing back
    assert lead_pair_rejoined(unleaning, [[0, 1], [2, 3], [4, 5]]) == [[0, 1], [2, 3], [4, 5]]
