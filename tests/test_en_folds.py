"""An English theme whose bullets relate to no one another folds, whole, into the group they
share most with, else the group before it; only where that group has room and two theme groups
stay (`engines/en_folds.py`)."""

from __future__ import annotations

from citebrief.engines.en_folds import fold_unrelated
from citebrief.engines.en_groups import similarity
from citebrief.engines.scored import Draft

# bullets 0-1 of a transfer fee, 2 of the fee's buyer, 3 a remark, 4-5 of the next match
WEIGHTS = {
    0: {"fee": 2.0, "transfer": 1.0},
    1: {"fee": 2.0, "club": 1.0},
    2: {"buyer": 2.0, "fee": 0.5},
    3: {"weather": 2.0},
    4: {"match": 2.0, "sunday": 1.0},
    5: {"match": 2.0, "goal": 1.0},
    6: {"crowd": 2.0},
}
NOBODY = dict.fromkeys(range(7), "")


def _fold(drafts: list[Draft], who: dict[int, str] = NOBODY, max_group: int = 5) -> list[list[int]]:
    return [d.picked for d in fold_unrelated(drafts, WEIGHTS, who, similarity, min_groups=2, max_group=max_group)]


def test_a_group_of_unrelated_bullets_folds_whole_into_the_group_it_shares_with() -> None:
    drafts = [Draft(1, [0, 1]), Draft(2, [2, 3]), Draft(3, [4, 5])]
    assert _fold(drafts) == [[0, 1, 2, 3], [4, 5]]  # the remark goes with the buyer: one fold


def test_a_group_that_shares_nothing_anywhere_folds_into_the_group_before() -> None:
    drafts = [Draft(1, [0, 1]), Draft(2, [3, 6]), Draft(3, [4, 5])]
    assert _fold(drafts) == [[0, 1, 3, 6], [4, 5]]  # the weather and the crowd: nothing anywhere
    assert _fold([Draft(1, [0, 1]), Draft(2, [3]), Draft(3, [4, 5])]) == [[0, 1], [3], [4, 5]]  # one is no group


def test_related_groups_and_the_last_two_stay() -> None:
    assert _fold([Draft(1, [0, 1]), Draft(2, [4, 5])]) == [[0, 1], [4, 5]]
    assert _fold([Draft(1, [0, 1]), Draft(2, [2, 3]), Draft(3, [4, 5])], max_group=3) == [[0, 1], [2, 3], [4, 5]]


def test_one_persons_bullets_are_related() -> None:
    who = {**NOBODY, 2: "Moore", 3: "Moore"}
    drafts = [Draft(1, [0, 1]), Draft(2, [2, 3]), Draft(3, [4, 5])]
    assert _fold(drafts, who) == [[0, 1], [2, 3], [4, 5]]


def test_a_sentence_and_the_next_fold_only_where_they_share() -> None:
    # 3 and 4 read on in one paragraph (en-cnndm 199's closing words on the press): no group
    # shares a word with them, so they stay a group of their own rather than go to the one before
    paragraphs = [1, 1, 2, 3, 3, 4, 4]
    weights = {0: {"fee": 2.0}, 1: {"fee": 1.0}, 3: {"rain": 2.0}, 4: {"press": 2.0}}
    weights |= {5: {"match": 2.0}, 6: {"match": 1.0}}
    drafts = [Draft(1, [0, 1]), Draft(2, [3, 4]), Draft(3, [5, 6])]
    folded = fold_unrelated(drafts, weights, NOBODY, similarity, min_groups=2, max_group=5, paragraphs=paragraphs)
    assert [d.picked for d in folded] == [[0, 1], [3, 4], [5, 6]]
    # without the paragraphs (or a paragraph apart) the same group folds into the one before
    drafts = [Draft(1, [0, 1]), Draft(2, [3, 4]), Draft(3, [5, 6])]
    folded = fold_unrelated(drafts, weights, NOBODY, similarity, min_groups=2, max_group=5)
    assert folded[0].picked == [0, 1, 3, 4]
    # one that shares with a group folds there still, reading on or not
    drafts = [Draft(1, [0, 1]), Draft(2, [2, 3]), Draft(3, [4, 5])]
    paragraphs = [1, 1, 2, 2, 3, 3]
    folded = fold_unrelated(drafts, WEIGHTS, NOBODY, similarity, min_groups=2, max_group=5, paragraphs=paragraphs)
    assert [d.picked for d in folded] == [[0, 1, 2, 3], [4, 5]]


def test_a_thread_goes_to_the_group_whose_passage_it_reads_on_from() -> None:
    # 7 and 8 read on in one paragraph after 5 and 6 (no bullets) that go on from group [3, 4]: a
    # cabin's rules after a passage on Boeing's crew rests. 7 shares one word ("bunk") with the
    # earlier group [0, 1], 8 less with [3, 4]; the passage before them decides
    paragraphs = [1, 1, 2, 3, 3, 3, 3, 4, 4]
    weights = {0: {"bunk": 1.0, "design": 2.0}, 1: {"design": 1.0}, 3: {"boeing": 2.0, "passenger": 1.0}}
    weights |= {4: {"boeing": 1.0, "rest": 1.0}, 7: {"bunk": 1.0, "rule": 2.0}, 8: {"door": 2.0, "passenger": 0.5}}
    sentences = {**weights, 5: {"boeing": 1.0, "cathay": 2.0}, 6: {"cathay": 1.0, "staircase": 1.0}}

    def fold(weights: dict[int, dict[str, float]], with_passage: bool = True) -> list[list[int]]:
        drafts = [Draft(1, [0, 1]), Draft(2, [3, 4]), Draft(3, [7, 8])]
        given = {**sentences, **weights} if with_passage else None
        who = dict.fromkeys(range(9), "")
        folded = fold_unrelated(
            drafts, weights, who, similarity, min_groups=2, max_group=5, paragraphs=paragraphs, sentences=given
        )
        return [d.picked for d in folded]

    assert fold(weights) == [[0, 1], [3, 4, 7, 8]]
    assert fold(weights, with_passage=False) == [[0, 1, 7, 8], [3, 4]]  # by the bullets' own words alone
    # the passage counts only for a group the thread's own words tie to: it reads on from nothing else
    assert fold({**weights, 8: {"door": 2.0}}) == [[0, 1, 7, 8], [3, 4]]


def test_a_cabins_rules_leave_the_group_of_a_design_told_before_the_passage_they_follow() -> None:
    # en-cnndm 198: the crew-rest rules ("Instructions state that one crew member can be on a bunk
    # at a time …") follow the passage on the Cathay Pacific 777's crew rest, after the Boeing
    # bullets; sharing "bunk" with Zodiac's lower-deck design, they went under its group
    from citebrief.engines.extractive import draft_extractive
    from citebrief.ingest import document_from_text
    from conftest import load_records

    record = load_records("en-cnndm.jsonl")[198]
    brief = draft_extractive(document_from_text(record["article"], origin=record["id"]))
    texts = [[p.text for p in g.points] for g in brief.groups]
    rules = next(t for t in texts if any(p.startswith("Instructions state that one crew member") for p in t))
    assert not any(p.startswith("Every bunk is equipped") for p in rules), texts
