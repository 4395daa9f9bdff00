"""A later line of one speaker's long quotation, reopened paragraph after paragraph, names the
speaker named once at its start (`en_quote_runs`); a run broken by the writer's own sentence, by
another speaker, or one that never reopens, names no one. The person opening the sentence before
"he added" is the he (`en_quote_owners._opening_person`), and a bullet opening on a short
sentence whole opens on it (`en_quote_owners.opens_on`)."""

from __future__ import annotations

from citebrief.engines.en_quote_owners import _pronouns_person, _speaker, opens_on
from citebrief.engines.en_quote_runs import quotation_run_speaker
from citebrief.text.en_unattributed import quote_reading

_RUN = [
    "At the club on Friday, Tom Baxter said: 'What a week it has been?",  # 0: the speaker, opening it
    "Baxter watches his players train on the grass",  # 1: a caption
    "'The lads have worked hard all season.",  # 2
    "They deserve the rest.",  # 3
    "'We knew the games would be close.",  # 4
    "Each of them was tight.",  # 5
    "'The first went to the last kick.",  # 6
    "The second came down to a penalty.",  # 7
    "The third was a mess from start to end.",  # 8: the line asked about
    "It is hard to explain.",  # 9
    "'Now we look ahead to the final.'",  # 10: the quotation closes
    "The final is played on Saturday.",  # 11
]
_CAPTIONS = frozenset({1})


def _run_speaker(texts: list[str], at: int, captions: frozenset[int] = _CAPTIONS) -> tuple[str, int] | None:
    _, quoted = quote_reading(tuple(texts))
    usable = frozenset(range(len(texts))) - captions
    return quotation_run_speaker(usable, texts, quoted, at, _speaker)


def test_a_long_quotations_later_line_names_its_speaker() -> None:
    assert _run_speaker(_RUN, 8) == ("Tom Baxter", 0)
    assert _run_speaker(_RUN, 9) == ("Tom Baxter", 0)


def test_a_broken_or_unsure_run_names_no_one() -> None:
    # the writer's own sentence between the line and the speaker
    texts = [*_RUN[:4], "Baxter joined the club in 2010 from a rival.", *_RUN[4:]]
    assert _run_speaker(texts, 9) is None
    # another speaker between
    texts = [*_RUN[:4], "'It was a hard season,' said the captain, Joe Hale.", *_RUN[4:]]
    assert _run_speaker(texts, 9) is None
    # the quotation never reopens on a mark after the speaker's sentence: it may have lost its
    # closing mark and run on over the writer's own sentences
    texts = [_RUN[0], *(text.lstrip("'") for text in _RUN[1:10]), _RUN[10]]
    assert _run_speaker(texts, 8) is None
    # after the line, the writer's sentence before any closing or reopening mark
    texts = [*_RUN[:10], "The final is played on Saturday."]
    assert _run_speaker(texts, 8) is None


def test_the_person_opening_the_sentence_before_he_added_is_the_he() -> None:
    texts = [
        "Sam Hart lost his place in the team last month.",
        "Hart still hoped to play in the cup after his long rest, but the coach chose another.",
        "'It was hard to watch,' he added.",
    ]
    assert _pronouns_person(texts, 2, "He") == "Hart"
    # no pronoun of his after the name: unsure
    texts[1] = "Hart still hoped to play in the cup, but the coach chose another."
    assert _pronouns_person(texts, 2, "He") is None
    # a pronoun of the other sex: not the he
    texts[1] = "Hart still hoped to play in the cup after her long rest, but the coach chose another."
    assert _pronouns_person(texts, 2, "He") is None


def test_a_bullet_opens_on_a_short_sentence_it_holds_whole() -> None:
    assert opens_on("'The first went to the last kick. The second came down to a penalty.'", _RUN[6])
    assert not opens_on("'We won. The second came down to a penalty.'", "We won.")  # too short to tell
