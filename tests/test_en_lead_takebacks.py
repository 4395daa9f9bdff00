"""A key point en_lead_gives gave a pair goes back to the key points where the pair's title does
not speak of it (engines/en_lead_takebacks.py), read of real shared-data articles as pasted."""

from __future__ import annotations

from citebrief.engines.en_lead_takebacks import _speaks_of, titled_taking_back
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening, shared_groups


def test_a_point_the_title_does_not_speak_of_goes_back() -> None:
    # en-cnndm 99: the rescue opened "Stable Condition"; en-xsum 52: the sentence at the sheriff
    # court opened "Homeless Accommodation"; en-xsum 13: Oldknow's warning opened "Head Teacher"
    assert cnndm_groups(99)[0][-1].startswith("The child was rescued by his parents")
    assert shared_groups("en-xsum.jsonl", 52)[0][-1].startswith("At Dumfries Sheriff Court he was ordered")
    assert shared_groups("en-xsum.jsonl", 13)[0][-1].startswith("Oldknow Academy and Golden Hillock School")


def test_a_point_the_title_speaks_of_or_the_next_bullet_points_back_to_stays() -> None:
    groups = cnndm_groups(16)  # "King's Condition" opens on King's own words
    assert group_opening(groups, "\"I'm feeling much better")[0].startswith("\"I'm feeling much better"), groups
    groups = cnndm_groups(122)  # "such figures" after Duncan Smith's questioned numbers
    row = group_opening(groups, "Another independent food bank organisation")
    assert row[0].startswith("Tory benefits chief Iain Duncan Smith"), groups
    groups = shared_groups("en-xsum.jsonl", 109)  # "that many runs" after the target of 412
    assert group_opening(groups, "Only two teams in Test history")[0].startswith("Although wickets fell"), groups


def test_title_words_not_connectives() -> None:
    assert _speaks_of("King's Condition", '"I\'m feeling much better," King said')
    assert not _speaks_of("Stable Condition", "The child was rescued by his parents before firefighters arrived")
    assert not _speaks_of("Reaction to the Ruling", "The judges sat on the bench")


def test_the_titles_are_chosen_again_once_the_point_is_back() -> None:
    bullets = ["The boy fell.", "He cried.", "The child was rescued by his parents.", "He is stable.", "His leg hurt."]
    drafts = [Draft(None, [0, 1], "Key points: Fall"), Draft(0, [2, 3, 4], "", given=2)]
    used: set[str] = {"fall"}
    rounds: list[list[int]] = []

    def title_all() -> None:
        rounds.append(list(drafts[1].picked))
        drafts[1].title = "Stable Condition"
        used.add("stable condition")

    assert titled_taking_back(drafts, bullets, used, title_all)
    assert rounds == [[2, 3, 4], [3, 4]]
    assert drafts[0].picked == [0, 1, 2] and drafts[1].given == -1
    assert used == {"fall", "stable condition"}
