"""Two neighbouring English theme groups whose titles say one thing join and are titled again
(engines/en_title_twins.py), read on en-cnndm articles and short drafts."""

from __future__ import annotations

from citebrief.engines.en_title_twins import _kept_title, title_twins_joined, titled_with_twins
from citebrief.engines.scored import Draft
from conftest import cnndm_groups, group_opening, shared_group_titles


def test_the_lamb_records_are_one_group_under_the_title_they_say() -> None:
    # "Biggest Lamb" (2) and "Suffolk Cross Lamb" (3) told one strand: Ben beside the records
    groups = cnndm_groups(149)
    records = group_opening(groups, "Ben isn't the biggest lamb ever born")
    assert any(text.startswith("Last year Goliath was born") for text in records), groups
    assert len(records) == 5 and len(groups) == 2, groups
    assert shared_group_titles("en-cnndm.jsonl", 149)[1] == "Biggest Lamb"


def test_the_sentence_and_the_sentencing_hearing_are_one_group() -> None:
    # "Sentence" (2) beside "Sentencing Hearing" (4): the jail term lay inside the fraud group's
    # run and goes there, the judge's words join the hearing; no bullet is dropped
    groups = cnndm_groups(166)
    hearing = group_opening(groups, "Judge Stephen Kramer QC will confirm")
    assert any("not able to suspend the sentence" in text for text in hearing), groups
    # s49 (`en_pronoun_speakers._owner_named`) names the group head's "His": "[Mason's] attempts …"
    fraud = group_opening(groups, "[Mason's] attempts to cover up his crime")
    assert any(text.startswith("Mason, who was jailed for 15 months") for text in fraud), groups
    assert sum(len(group) for group in groups) == 13 and len(groups) == 3, groups
    assert "Sentence" not in shared_group_titles("en-cnndm.jsonl", 166)


def test_the_budget_store_opens_the_lead_and_the_house_prices_are_one_group() -> None:
    # "House Prices" and "Houses" (3 + 3): the first's opening is said in the lead's passage, and
    # the two-bullet lead takes it; the five prices read in the article's order under "House Prices"
    groups = cnndm_groups(131)
    assert any("budget store such as an Aldi or Lidl" in text for text in groups[0]), groups
    prices = group_opening(groups, "In a study published today, Lloyds Bank")
    assert len(prices) == 5 and len(groups) == 2, groups
    assert shared_group_titles("en-cnndm.jsonl", 131)[1] == "House Prices"


def test_pairs_too_big_to_join_without_dropping_stay_apart() -> None:
    # "Kite Flyers" and "Longest Kite" (3 + 3): the first's opening lies past the lead's passages
    assert {"Kite Flyers", "Longest Kite"} <= set(shared_group_titles("en-cnndm.jsonl", 140))


def _drafts(*groups: tuple[list[int], str]) -> list[Draft]:
    return [Draft(None, [0], "Key points: Story"), *(Draft(n, p, t) for n, (p, t) in enumerate(groups, 1))]


PASSAGES = [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]  # sentence k's passage


TEXTS = ["The lambs were born.", "The biggest lamb ever.", "A cow.", "Suffolk cross lamb record."]
BULLETS = [f"bullet {k}" for k in range(20)]


def test_only_titles_of_one_family_join() -> None:
    drafts = _drafts(([1, 2], "Biggest Lamb"), ([3, 4], "Suffolk Cross Lamb"), ([5, 6], "Cows"))
    joined = title_twins_joined(drafts, TEXTS, BULLETS, PASSAGES)
    assert joined is not None and joined.picked == [1, 2, 3, 4] and len(drafts) == 3
    apart = _drafts(([1, 2], "Biggest Lamb"), ([3, 4], "Cows"))
    assert title_twins_joined(apart, TEXTS, BULLETS, PASSAGES) is None and len(apart) == 3


def test_a_join_over_five_needs_an_edge_bullet_to_go_home() -> None:
    # 3 + 3: the second's last bullet (9) lies inside the next group's run (8 … 10), which has room
    drafts = _drafts(([2, 3, 4], "Biggest Lamb"), ([5, 6, 9], "Suffolk Cross Lamb"), ([8, 10], "Cows"))
    joined = title_twins_joined(drafts, TEXTS, BULLETS, PASSAGES)
    assert joined is not None and joined.picked == [2, 3, 4, 5, 6] and drafts[-1].picked == [8, 9, 10]
    stuck = _drafts(([2, 3, 4], "Biggest Lamb"), ([5, 6, 7], "Suffolk Cross Lamb"), ([8, 10], "Cows"))
    assert title_twins_joined(stuck, TEXTS, BULLETS, PASSAGES) is None and len(stuck) == 4


def test_a_first_group_opening_in_the_lead_passage_goes_to_a_short_lead() -> None:
    # 3 + 3: sentence 1 is said in passage 1, which the lead (sentence 0) cites
    drafts = _drafts(([1, 2, 3], "Biggest Lamb"), ([4, 5, 6], "Suffolk Cross Lamb"))
    joined = title_twins_joined(drafts, TEXTS, BULLETS, PASSAGES)
    assert joined is not None and joined.picked == [2, 3, 4, 5, 6] and drafts[0].picked == [0, 1]
    late = _drafts(([2, 3, 4], "Biggest Lamb"), ([5, 6, 7], "Suffolk Cross Lamb"))  # passage 2: no
    assert title_twins_joined(late, TEXTS, BULLETS, PASSAGES) is None
    full = _drafts(([1, 2, 3], "Biggest Lamb"), ([4, 5, 6], "Suffolk Cross Lamb"))
    full[0].picked = [0, 8, 9]  # a lead of three takes no more
    assert title_twins_joined(full, TEXTS, BULLETS, PASSAGES) is None


def test_the_kept_title_is_the_one_the_bullets_say_more() -> None:
    assert _kept_title("Houses", "House Prices", ["houses"]) == "House Prices"  # it says more
    bullets = ["The biggest lamb born", "a lamb as large", "the heaviest Suffolk cross lamb", "largest lamb"]
    assert _kept_title("Suffolk Cross Lamb", "Biggest Lamb", bullets) == "Biggest Lamb"
    assert _kept_title("Lamb Record", "Lamb Weight", ["a lamb"]) == ""  # a tie: the title steps choose


def test_titles_are_chosen_again_after_a_join() -> None:
    drafts = _drafts(([1, 2], ""), ([3, 4], ""))
    used: set[str] = {"story"}
    rounds: list[set[str]] = []

    def title_them() -> None:
        rounds.append(set(used))
        for draft in drafts[1:]:
            draft.title = draft.title or f"Title {len(rounds)}"
            used.add(draft.title.casefold())

    def join(groups: list[Draft]) -> Draft | None:
        groups[1].picked += groups.pop(2).picked
        groups[1].title = "Kept"
        return groups[1]

    titled_with_twins(drafts, used, title_them, join, [])
    assert rounds == [{"story"}, {"story", "kept"}], rounds
    assert [d.title for d in drafts] == ["Key points: Story", "Kept"]
