"""A three-point English overview gives its last point to the pair that goes on from it
(engines/en_lead_gives.py), read of real shared-data articles as pasted."""

from __future__ import annotations

from citebrief.engines.en_lead_gives import _says_again, lead_point_given
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening


def test_kings_own_words_open_the_group_on_his_condition() -> None:
    # "I'm feeling much better ..." was the third key point, his publicist's "back home resting"
    # and "no more information" a group of two after it
    groups = cnndm_groups(16)
    assert len(groups[0]) == 2, groups
    condition = group_opening(groups, "\"I'm feeling much better")
    assert condition[0].startswith("\"I'm feeling much better"), groups
    assert any(text.startswith("Angela Moore, a publicist") for text in condition), groups
    assert len(condition) == 3, groups


def test_the_prosecutors_account_of_nurse_a_is_one_group() -> None:
    groups = cnndm_groups(89)
    assert len(groups[0]) == 2, groups
    nurse_a = group_opening(groups, "David McLachlan, prosecuting, said Manohar offered")
    assert any(text.startswith("Mr McLachlan said: 'Without any warning") for text in nurse_a), groups
    assert len(nurse_a) == 3, groups


def test_the_rescue_given_to_the_boys_condition_goes_back_under_its_title() -> None:
    # en_lead_gives gives the rescue to the pair on his condition, whose title "Stable Condition"
    # does not speak of it: en_lead_takebacks returns it to the key points (test_en_lead_takebacks)
    groups = cnndm_groups(99)
    assert groups[0][-1].startswith("The child was rescued by his parents"), groups
    assert len(groups[0]) == 3 and len(group_opening(groups, "He is listed in stable condition")) == 2, groups


def test_a_point_on_a_pronoun_stays_a_key_point() -> None:
    # "She abandoned the trials ..." reads on from the DPP's climbdown before it (en-cnndm 27's
    # opening sentences, the overview and the "Blame Game" pair as the groups stand at this step)
    texts = [
        "The pursuit of journalists for paying public officials was in ruins last night.",
        "Director of Public Prosecutions Alison Saunders was forced into a humiliating climbdown.",
        "She abandoned the trials of nine reporters accused of illegally paying public officials.",
        "Her decision sparked an ugly blame game as the architects of the witch hunt turned on each other.",
        "The man in charge at the start of the tainted Met Police probe was Keir Starmer.",
    ]
    drafts = [Draft(None, [0, 1, 2]), Draft(1, [3, 4])]
    assert not lead_point_given(texts, [1, 1, 1, 2, 3], drafts)
    assert drafts[0].picked == [0, 1, 2], drafts
    texts[2] = "Ms Saunders abandoned the trials of nine reporters accused of illegally paying public officials."
    assert lead_point_given(texts, [1, 1, 1, 2, 3], drafts)
    assert drafts[0].picked == [0, 1] and drafts[1].picked == [2, 3, 4], drafts


def test_a_caption_repeating_the_point_leaves_it_a_key_point() -> None:
    # the "We're no heroes, just tourists" caption beside Åsberg's words would say them twice
    groups = cnndm_groups(63)
    assert any(text.startswith("'We’re no heroes, just tourists,' Makrus") for text in groups[0]), groups
    assert _says_again(
        "'We’re no heroes, just tourists,' Makrus Åsberg said", ["'We're no heroes, just tourists': The cops"]
    )
    assert not _says_again("Four Swedish cops stopped an assault", ["Video shows Kvarzell holding the suspect"])


def test_a_pair_on_the_whole_story_leaves_the_point_a_key_point() -> None:
    # "This isn't the first time she has transformed herself ..." goes on from the Maleficent
    # story, not from the contouring point before it
    # (since the opening hook "It's amazing what a bit of make-up can do" left the overview,
    # en_hook_drops, the overview holds two points and the pair joins it after them, en_lead_pairs:
    # the test still guards that the contouring point stays a key point, the pair whole after it;
    # since s52h's en_stranger_pairs put "Along with Disney princesses, she's also ..." after the pair,
    # the three are a group of their own after the key points)
    groups = cnndm_groups(148)
    assert any("where the mother-of-six wore cheek prosthetics" in text[:60].lower() for text in groups[0]), groups
    pair = group_opening(groups, "This isn't the first time")
    assert pair[1].startswith("Promise has previously made videos"), groups


def test_a_pair_of_a_speakers_words_keeps_its_own_group() -> None:
    # the goalkeeping coach's "Shay comes in every day ..." and "Brad hurts ..." are his account
    groups = cnndm_groups(26)
    assert any(text.startswith("Given's performances in the FA Cup") for text in groups[0]), groups
    assert len(group_opening(groups, "'Shay comes in every day")) == 2, groups


def test_the_aid_flights_end_the_group_of_indias_deliveries() -> None:
    # "By Monday, India was in full-scale crisis mode ..." is told right after the 187 tons of
    # Sunday and the flights back out, the pair it was a key point beside
    groups = cnndm_groups(158)
    assert len(groups[0]) == 2, groups
    aid = group_opening(groups, "On Sunday alone, India delivered 187 tons")
    assert aid[-1].startswith("By Monday, India was in full-scale crisis mode"), groups
    assert len(aid) == 3, groups


def test_the_monday_fixtures_join_the_sunday_ones() -> None:
    # "Celta Vigo travel to Eibar while the Monday match ..." was a key point; it ends the
    # fixture list of the relegation zone it follows
    groups = cnndm_groups(73)
    assert not any(text.startswith("Celta Vigo travel to Eibar") for text in groups[0]), groups
    fixtures = group_opening(groups, "Sunday's action switches to the relegation zone")
    assert fixtures[-1].startswith("Celta Vigo travel to Eibar") and len(fixtures) == 3, groups


def test_a_speakers_words_going_on_stay_a_key_point() -> None:
    # a NASA scientist's quotation cut as passages: its second part opens the bullet on "We"
    texts = [
        "We may be close to finding evidence of alien life, a NASA scientist says.",
        "'I think we're going to have strong indications of life beyond Earth within a decade,' Stofan said.",
        'We know how to look," she said. "In most cases, we have the technology."',
        "NASA released a graphic noting evidence of water on the dwarf planet Ceres and Jupiter's moon Europa.",
        "The Hubble Space Telescope has been key to the discoveries, NASA said in a news release.",
    ]
    drafts = [Draft(None, [0, 1, 2]), Draft(1, [3, 4])]
    assert not lead_point_given(texts, [1, 1, 2, 2, 3], drafts)
    assert drafts[0].picked == [0, 1, 2], drafts


def test_a_later_pair_takes_only_a_point_told_after_it() -> None:
    # Mrs Cruz's unpaid leave, told before the Christies' tax returns, is no tax-return bullet
    texts = [
        "Chris Christie's wife has quit her big-money job on Wall Street.",
        "Mary Pat Christie ditched her $475,000-a-year position this week, a family spokesman confirmed.",
        "Many will see the move as a sign that Christie is coming closer to seeking the nomination.",
        "Earlier this month the Christies said they were undecided about what Mary Pat should do.",
        "Christie said then that leaving a career would be 'a big sacrifice for a spouse to make'.",
        "Mrs Cruz immediately took unpaid leave from her high-powered position at Goldman Sachs.",
        "The family's latest tax returns, from 2013, revealed that she brought in the lion's share.",
        "In the same year Christie's gubernatorial salary was $175,000.",
    ]
    drafts = [Draft(None, [0, 1, 5]), Draft(1, [2, 3, 4]), Draft(2, [6, 7])]
    assert not lead_point_given(texts, [1, 1, 2, 3, 4, 5, 6, 7], drafts)
    assert drafts[0].picked == [0, 1, 5], drafts
