"""A theme bullet that goes on with a speaker's words, naming no one, joins the group whose bullet
names the speaker (`en_quote_homes.py`): a quotation's unmarked middle as well as a line opening
on a quotation mark; not across the writer's own sentence, not out of a group left too small, not
into a full group, and not apart from the next line of the same words."""

from __future__ import annotations

from citebrief.engines.en_quote_homes import inside_quotations, quotes_home, quotes_homed
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.ingest import document_from_text
from conftest import load_records

STORY = [
    "The trainer hosted a media visit at his yard on Thursday.",  # 0
    "He trains the favourite for the Grand National for his principal patron.",  # 1
    "Jonjo O'Neill told the bookmaker: 'The horse is in great form.",  # 2
    "I could not be happier with him.",  # 3
    "I would have liked to have got a run into him but he had an abscess.",  # 4
    "The race is run at Aintree on April 11.",  # 5
    "The fences were changed after two horses died in 2012.",  # 6
    "Forty horses will line up for the race.",  # 7
    "The going is expected to be good.",  # 8
]


def _home(sentences: list[str], drafts: list[Draft]) -> list[list[int]]:
    quotes_home(sentences, drafts)
    return [d.picked for d in drafts]


def test_a_quotations_middle_is_read_after_its_speakers_opening_mid_sentence() -> None:
    inside = inside_quotations(STORY)
    assert inside[3] and inside[4]  # the opening after "told the bookmaker:" left open
    assert not any(inside[5:])  # the writer's own sentence after ends it
    assert not inside[2]  # the speaker's sentence is no middle


def test_a_quotations_tail_ends_the_reading() -> None:
    texts = ["She said: 'We waited for hours.", "Nobody came to help us.'", "We left at dawn."]
    assert inside_quotations(texts) == [False, True, False]


def test_the_middle_line_joins_its_speakers_group() -> None:
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 5]), Draft(2, [4, 6, 7])]
    assert _home(STORY, drafts) == [[0, 1], [2, 4, 5], [6, 7]]


def test_no_move_across_the_writers_sentence() -> None:
    texts = [
        *STORY[:4],
        "The horse was bought at auction in 2012.",
        STORY[4].replace("I would", "'I would"),
        *STORY[5:],
    ]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 6]), Draft(2, [5, 7, 8])]
    assert _home(texts, drafts) == [[0, 1], [2, 6], [5, 7, 8]]


def test_no_move_out_of_a_group_of_two_or_into_a_full_one() -> None:
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 5]), Draft(2, [4, 6])]
    assert _home(STORY, drafts) == [[0, 1], [2, 5], [4, 6]]
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 5, 7, 8]), Draft(2, [4, 6, 3])]
    drafts[2].picked.sort()
    assert _home(STORY, drafts) == [[0], [1, 2, 5, 7, 8], [3, 4, 6]]


def test_a_line_stays_with_the_next_line_of_the_same_words() -> None:
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 5]), Draft(2, [3, 4, 6, 7])]
    assert _home(STORY, drafts) == [[0, 1], [2, 5], [3, 4, 6, 7]]


def test_a_line_naming_its_own_speaker_stays() -> None:
    texts = [*STORY[:4], "'I would have liked a run,' O'Neill said.", *STORY[5:]]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 5]), Draft(2, [4, 6, 7])]
    assert _home(texts, drafts) == [[0, 1], [2, 5], [4, 6, 7]]


def test_nothing_moves_unless_asked() -> None:
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 5]), Draft(2, [4, 6, 7])]
    assert [d.picked for d in quotes_homed(STORY, drafts, moving=False)] == [[0, 1], [2, 5], [4, 6, 7]]


def test_shared_grand_national_trainers_words_follow_him() -> None:
    """en-cnndm's Shutthefrontdoor story: "I would have liked to have got a run into him ..." is the
    middle of what O'Neill told Betfred; it stood first in another group, read as no one's."""
    record = next(
        r for r in load_records("en-cnndm.jsonl") if r["id"].endswith("20b231e56a0a2104a96e167659222986fbcaeddd")
    )
    document = document_from_text(record["article"], origin="en-cnndm-58", kind="text")
    groups = [[p.text for p in g.points] for g in draft_extractive(document).groups]
    speaker = next(g for g in groups if any(t.startswith("O'Neill told Betfred") for t in g))
    # between the quotation's marks (`en_single_middles`), naming him too (s280g: each bullet is read alone)
    opening = "[O'Neill said:] 'I would have liked"
    line = next(g for g in groups if any(t.startswith(opening) for t in g))
    assert line is speaker
    told = next(k for k, t in enumerate(speaker) if t.startswith("O'Neill told Betfred"))
    assert speaker[told + 1].startswith(opening)
