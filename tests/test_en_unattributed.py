"""A quotation's line that names no speaker ("'He is your typical 11-year-old lad.", "I just
need to keep working harder.") gives way in its group to sentences that say who said what, or
report a fact (`text/en_unattributed.py`, used by `engines/extractive._theme_groups`); a group
of such lines alone is not kept (`engines/cited_groups`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.en_unattributed import (
    attributed_first,
    first_person_story,
    inside_quotation,
    speakerless_group,
    title_speaker,
    unattributed,
)
from conftest import shared_article, shared_group_titles


def test_lines_of_a_quotation_with_no_speaker_are_unattributed() -> None:
    assert unattributed("'He is your typical 11-year-old lad.", quoted=False)
    assert unattributed("I just need to keep working harder.", quoted=False)
    assert unattributed("But he is up there with the very best coaches I have ever seen.'", quoted=False)  # its end
    assert unattributed("'I think they were just curious,' she said.", quoted=False)  # only "she"
    assert unattributed("If one doesn't play, another will.", quoted=True)  # a quotation's middle


def test_a_verb_of_saying_inside_one_whole_quotation_names_no_one() -> None:
    # "we asked for", "we were told" are the speaker's own words, not who says them
    assert unattributed('"That was the cladding that we asked for. We were told it was on the building."', quoted=False)
    assert not unattributed('"That was the cladding," Mr Lee said.', quoted=False)  # named outside the marks
    assert not unattributed('Mr Lee said: "That was the cladding that we asked for."', quoted=False)


def test_a_speaker_a_fact_or_an_amount_is_attributed() -> None:
    assert not unattributed("'We are ready,' said Mr Lee.", quoted=False)
    assert not unattributed("Defoe added: 'I was just thinking, why me?'", quoted=False)
    assert not unattributed("Police said the car was found two miles away.", quoted=False)
    assert not unattributed("'We will build over half a million new homes.", quoted=False)
    assert not unattributed("I missed the World Cup.", quoted=False, first_person=False)


def test_the_middle_of_a_quotation_runs_until_a_mark() -> None:
    sentences = [
        "Ancelotti said: 'We are fine.'",
        "‘All the players are fit.",
        "If one doesn't play, another will.",
        "Bale is back.",
        "'He had a fantastic season,' he added.",
        "Madrid play on Tuesday.",
    ]
    assert inside_quotation(sentences) == [False, False, True, True, False, False]


def test_a_story_told_in_the_first_person_keeps_its_i() -> None:
    told = ["I went to Nepal in May.", "We climbed for a week.", "My guide was 19.", "The pass was closed."]
    reported = ["Police said the car was stolen.", "The boy slept.", "'I was scared,' he said.", "He is safe."]
    assert first_person_story(told)
    assert not first_person_story(reported)


def test_attributed_first_keeps_enough_to_pick_from() -> None:
    texts = ["'Every match presents its own problem.", "Madrid play Atletico on Tuesday.", "I just need to keep going."]
    quoted = [False, False, False]
    assert attributed_first([0, 1, 2], texts, quoted, 1, first_person=True) == [1]
    assert attributed_first([0, 1, 2], texts, quoted, 2, first_person=True) == [0, 1, 2]  # too few: all
    assert attributed_first([0, 1, 2], texts, quoted, 1, first_person=False) == [1, 2]  # the writer's "I"


def _texts(index: int) -> list[str]:
    document = document_from_text(shared_article("en-cnndm.jsonl", index), origin=f"en-cnndm-{index}", kind="text")
    return [p.text for g in draft_extractive(document).groups for p in g.points]


def test_a_brief_passes_over_a_mother_s_line_about_her_son() -> None:
    # the boy's condition, his treatment and his mother's named words stay
    texts = _texts(66)
    assert not any(t.startswith("'He is your typical 11-year-old lad") for t in texts)
    assert any("Mrs Creag said" in t for t in texts)


def test_a_brief_passes_over_a_quotation_s_last_line() -> None:
    # "‘I think she’s watching her back,' continued the 75-year-old author." names only what she is
    texts = _texts(118)
    assert not any(t.startswith("‘I think she’s watching her back") for t in texts)


_FORFEIT = "\n\n".join(
    [
        "Montenegro have been ordered to forfeit their Euro 2016 qualifier against Russia after"
        " crowd trouble in Podgorica.",
        "'The qualifier against Russia in Podgorica should never have continued after the flare"
        " hit the Russia goalkeeper in the first minute.",
        "UEFA fined the Montenegro football association 50,000 euros and ordered its next two"
        " qualifiers to be played behind closed doors.",
        "Russia goalkeeper Igor Akinfeev was hit by a flare thrown from the crowd in the first"
        " minute of the qualifier in Podgorica.",
        "The referee suspended the match twice before abandoning it in the second half after more"
        " missiles were thrown.",
        "Russia manager Fabio Capello said his players had been frightened by the crowd and did"
        " not want to return to the pitch.",
        "Montenegro officials blamed a small group of supporters and promised to identify those who threw the flares.",
        "The result leaves Russia third in the group, three points behind Austria and Sweden with four games to play.",
        "Montenegro are fifth in the group and can no longer finish in the top two places that"
        " qualify directly for the finals.",
    ]
)


def test_an_overview_leads_with_facts_not_a_line_no_one_says() -> None:
    # the quotation central to the story names no speaker: the overview takes the facts around it
    brief = draft_extractive(document_from_text(_FORFEIT, origin="forfeit", kind="text"))
    overview = [p.text for p in brief.groups[0].points]
    assert overview[0].startswith("Montenegro have been ordered to forfeit")
    assert not any(t.startswith("'The qualifier") for t in overview)


def test_an_amount_is_searched_only_where_a_digit_or_million_stands() -> None:
    """`_gives_amount` skips the pattern for a text with no digit and no "illion": on every
    sentence of 100 en-cnndm articles it answers as the pattern alone does."""
    from citebrief.text.en_unattributed import _AMOUNT, _gives_amount

    asked = found = 0
    for index in range(100):
        for sentence in shared_article("en-cnndm.jsonl", index).split(". "):
            expected = _AMOUNT.search(sentence) is not None
            assert _gives_amount(sentence) is expected, sentence
            asked, found = asked + 1, found + expected
    assert asked > 2000 and 100 < found < asked
    for text, expected in [("half a million homes", True), ("£5 fine", True), ("It rose 63%.", True)]:
        assert _gives_amount(text) is expected
    assert not _gives_amount("He said nothing of the cost.")


def test_a_named_speaker_s_line_beats_a_whole_quotation_that_names_no_one() -> None:
    # en-xsum 68: '"That was the cladding that we asked for. …"' (its "asked" no speaker) gave way
    # to the sentence that names Mr Cawthorne and what the tenants were shown
    document = document_from_text(shared_article("en-xsum.jsonl", 68), origin="en-xsum-68", kind="text")
    texts = [p.text for g in draft_extractive(document).groups for p in g.points]
    # (his given name bracketed in since `en_given_names`: "Mr [John] Cawthorne said:")
    assert any(t.startswith("Mr [John] Cawthorne said:") and "3mm aluminium sheet" in t for t in texts)
    assert not any(t.startswith('"That was the cladding that we asked for') for t in texts)


def test_a_group_of_quotes_no_bullet_says_whose_is_speakerless() -> None:
    lines = ["\"I said: 'Yes, I do a great deal'.\"", '"Joe was on the set everyday."']
    assert speakerless_group(lines, first_person=True)
    assert not speakerless_group([*lines, 'Sir Roger said: "He made a lot of difference to me."'], first_person=True)
    assert not speakerless_group(lines[1:], first_person=True)  # one line is no group to judge


def test_a_brief_keeps_no_group_of_quotes_without_a_speaker() -> None:
    # en-xsum 36: an actor's story of his dialogue coach, quoted over paragraphs that never name him
    titles = shared_group_titles("en-xsum.jsonl", 36)
    assert "Joe" not in titles
    assert "Welsh Landscape" in titles


def test_a_title_x_on_y_names_its_speaker_where_x_is_a_name() -> None:
    sentences = ["Real Madrid travel on Tuesday, and Ancelotti admits facing Simeone is an honour."]
    assert title_speaker("Ancelotti on Set-pieces", sentences)
    assert not title_speaker("Ban on Smoking", ["The council voted for a ban on smoking."])
    assert not title_speaker("Set-pieces", sentences)  # no "X on Y"
