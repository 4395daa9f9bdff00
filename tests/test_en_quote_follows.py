"""An English group that opens on a quotation going on from the speaker named by the bullet ending
the group before it gives that bullet up to the group before (`en_quote_follows.py`), or, where the
whole group is the speaker's words, takes the speaker's bullet in; a quotation that names its own
speaker, or one after another speaker is named, stays where it is."""

from __future__ import annotations

import pytest

from citebrief.engines.en_quote_follows import follow_quotes, speaks_on, wholly_quoted
from citebrief.engines.scored import Draft, Unit
from conftest import shared_article

STORY = [
    "A charity worker drowned off a beach in South Africa in December.",
    "She had finished ten weeks of volunteering with three other British students.",
    "Her body was found the next morning by local fishermen.",
    "Her father said he spoke to his daughter on the day she died.",
    "'She said everything was great and they were relaxing before coming home.",
    "Her mother said she had no worries about the trip.",
    "The family have launched an appeal for a guide dogs charity.",
    "More than 1,500 pounds was given at her funeral.",
]


def _units(sentences: list[str]) -> list[Unit]:
    return [Unit(k, k + 1, text, [], k / 8, False, None) for k, text in enumerate(sentences)]


def _follow(sentences: list[str], drafts: list[Draft], max_group: int = 5) -> list[list[int]]:
    follow_quotes(_units(sentences), drafts, min_group=2, max_group=max_group)
    return [d.picked for d in drafts]


def test_a_quotation_going_on_joins_the_group_of_its_speakers_bullet() -> None:
    drafts = [Draft(1, [1, 2, 3]), Draft(2, [4, 5, 6, 7])]
    assert _follow(STORY, drafts) == [[1, 2, 3, 4], [5, 6, 7]]


def test_where_the_quotation_cannot_go_back_the_speakers_bullet_comes_to_it() -> None:
    """The quotation's group keeps two bullets, or the group before is full: the speaker's
    bullet opens the group of their words instead."""
    assert _follow(STORY, [Draft(1, [1, 2, 3]), Draft(2, [4, 5])]) == [[1, 2], [3, 4, 5]]
    assert _follow(STORY, [Draft(1, [0, 1, 2, 3]), Draft(2, [4, 5, 6])], max_group=4) == [[0, 1, 2], [3, 4, 5, 6]]


def test_no_move_where_neither_group_has_room() -> None:
    assert _follow(STORY, [Draft(1, [2, 3]), Draft(2, [4, 5])]) == [[2, 3], [4, 5]]
    assert _follow(STORY, [Draft(1, [0, 1, 2, 3]), Draft(2, [4, 5, 6, 7])], max_group=4) == [[0, 1, 2, 3], [4, 5, 6, 7]]


@pytest.mark.parametrize(
    "quote",
    [
        "'She said everything was great,' her brother told reporters.",  # names its own speaker
        "She loved the children she worked with.",  # no quotation
        "'Summer' was the name her parents gave the appeal.",  # a quoted term opens it: no quotation going on
    ],
)
def test_a_bullet_that_names_its_speaker_or_quotes_no_one_stays(quote: str) -> None:
    told = [*STORY[:4], quote, *STORY[5:]]
    assert _follow(told, [Draft(1, [1, 2, 3]), Draft(2, [4, 5, 6])]) == [[1, 2, 3], [4, 5, 6]]


def test_no_move_where_another_speaker_is_named_between() -> None:
    told = [*STORY[:4], "Police spokesman John Smith said the currents were strong.", *STORY[4:]]
    assert _follow(told, [Draft(1, [1, 2, 3]), Draft(2, [5, 6, 7])]) == [[1, 2, 3], [5, 6, 7]]


def test_no_move_where_the_bullet_before_reports_no_speech() -> None:
    told = [*STORY[:3], "Her father is a works foreman from Shrewsbury.", *STORY[4:]]
    assert _follow(told, [Draft(1, [1, 2, 3]), Draft(2, [4, 5, 6])]) == [[1, 2, 3], [4, 5, 6]]


def test_a_group_of_the_speakers_words_takes_the_speakers_bullet_in() -> None:
    said = [
        "The man was jailed for three years for harassing a woman.",
        "He denied all of the charges.",
        "He was found guilty of harassment and threats to kill.",
        "Speaking after the hearing, Detective Constable Jane Lewis said: 'The victim was brave.'",
        "'Despite knowing we were investigating him, he showed no signs of stopping.",
        "'This is a highly unusual case.'",
        "'He thinks he is above the law.'",
    ]
    drafts = [Draft(1, [0, 1, 2, 3]), Draft(2, [4, 5, 6])]
    assert _follow(said, drafts) == [[0, 1, 2], [3, 4, 5, 6]]


def test_a_bullet_going_on_itself_is_not_taken_in_as_the_speakers() -> None:
    """The group before ends on words going on, not on the bullet that names their speaker: the
    words after it stay where they are rather than lose the bullet before them."""
    said = [
        "The club was fined after its fans threw flares.",
        "Its secretary general said: 'The match was a disgrace.'",
        "'We asked the crowd many times to stop.",
        "'They are here to disrupt the game.",
        "'For me, the game should not have continued.'",
    ]
    drafts = [Draft(1, [0, 1, 2]), Draft(2, [3, 4])]
    assert _follow(said, drafts) == [[0, 1, 2], [3, 4]]


def test_a_fathers_words_follow_his_bullet() -> None:
    """en-cnndm record 130 as readers read it: "'As soon as they said Summer's name ...'" opened
    a group about her job and the family's appeal, after the group that ends on her father."""
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    article = shared_article("en-cnndm.jsonl", 130)
    brief = draft(document_from_text(article, origin="x", kind="text"))
    for group in brief.groups:
        texts = [p.text for p in group.points]
        if any(t.startswith(("'As soon as they said Summer", "[Mr Robertson said:] 'As soon")) for t in texts):
            assert any("Mr Robertson added" in t for t in texts)
            break
    else:
        raise AssertionError("the father's words are no bullet")


def test_a_verb_of_saying_inside_a_quotations_own_words_names_no_other_speaker() -> None:
    # en-xsum 74: '"Derek's doing everything he can …," Thompson told BBC Scotland. | "I thought last
    # summer, could they achieve more …?' — his "I thought" read as another speaker named between
    assert wholly_quoted('"I thought last summer, could they achieve more than they had done?')
    assert not wholly_quoted('"Derek\'s doing everything he can," Thompson told BBC Scotland.')
    assert not wholly_quoted("Thompson thought the club could achieve more.")
    sentences = [
        '"Derek\'s doing everything he can," Thompson told BBC Scotland.',
        '"I thought last summer, could they achieve more than they had done?',
        "\"He's come up trumps again.",
    ]
    assert speaks_on(sentences, 0, 2)
    assert not speaks_on([*sentences[:1], '"It was hard," Miller said.', sentences[2]], 0, 2)
