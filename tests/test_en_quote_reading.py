"""BBC quotations read once over the whole paragraph (text/en_quote_reading.py): a paragraph that
opens on a mark and has no close goes on into the next one that opens on a mark; the reporter's
sentence after the quotation shows no mark, a quotation's middle shows its marks."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from citebrief.text.data_files import data_lines
from citebrief.text.en_quote_reading import (
    Role,
    glued_mark_cuts,
    mark_roles,
    quotation_middles,
    quote_open_at,
    without_reopening,
)
from conftest import shared_groups

# a quotation of two paragraphs, the first left open as BBC writes it, then the reporter's sentence
_TWO_PARAGRAPHS = (
    'The club signed him in July."He is a really good player and I am delighted.'
    '"He will be a good fit and gives us another option," said the manager.'
    '"We have the chance to move up the table now."The side host Falkirk on Saturday.'
)


def _sentences(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in sentence_spans(text, "en")]


def test_a_glued_mark_inside_a_quotation_reopens_it_for_the_next_paragraph() -> None:
    roles = list(mark_roles(_TWO_PARAGRAPHS).values())
    assert roles == [Role.OPENS, Role.REOPENS, Role.CLOSES, Role.OPENS, Role.CLOSES]


def test_the_reporters_sentence_after_the_quotation_shows_no_mark() -> None:
    sentences = _sentences(_TWO_PARAGRAPHS)
    assert sentences[1] == '"He is a really good player and I am delighted.'
    assert sentences[2].startswith('"He will be a good fit')
    assert sentences[-1] == "The side host Falkirk on Saturday."


def test_a_paragraph_that_speaks_as_i_is_the_quotations_not_the_reporters() -> None:
    text = 'He told BBC Sport: "I have not peaked yet."If you peak early you can only go down."Smith won.'
    assert list(mark_roles(text).values()) == [Role.OPENS, Role.REOPENS, Role.CLOSES]
    assert quote_open_at(text, text.index('"If')) is False  # the mark goes with the sentence after it
    assert quote_open_at(text, text.index('"Smith')) is True  # this one closes


def test_without_a_clue_a_glued_mark_inside_a_quotation_closes_it() -> None:
    text = 'He said: "It went well."The team travel to Leeds next."It will be hard," he added.'
    assert list(mark_roles(text).values()) == [Role.OPENS, Role.CLOSES, Role.OPENS, Role.CLOSES]


# the chief executive's quotation of two paragraphs, then the reporter's two sentences, then a new
# quotation whose speaker its end names: read the other way, a quotation opened on "All seven
# pitches" has no one said to say it (`UNSAID_OPEN`), and the reporter's "But sport …" line
_UNSAID = (
    'Chief executive Gary Smith told BBC Radio Leeds: "It is looking like £1m in total. It has caused massive'
    ' disruption."But sport throws up all sorts of challenges and this is another one."All seven pitches were'
    " flooded at the end of December.The club say that 80 staff have been kept out for the last month."
    '"We couldn\'t get anywhere near the site," said Smith.'
)


def test_a_glued_mark_opens_no_quotation_that_no_one_is_said_to_say() -> None:
    roles = list(mark_roles(_UNSAID).values())
    assert roles == [Role.OPENS, Role.REOPENS, Role.CLOSES, Role.OPENS, Role.CLOSES]


def test_a_page_with_no_english_verb_of_saying_reads_its_marks_as_before() -> None:
    # no "said", "told" on the page (a Welsh page's "dywedodd"): no quotation is unsaid
    text = _UNSAID.replace("told", "to").replace("said", "to")
    assert list(mark_roles(text).values()) == [Role.OPENS, Role.CLOSES, Role.OPENS, Role.REOPENS, Role.CLOSES]


def test_en_xsum_19_shows_the_reporters_sentences_bare() -> None:
    # "All seven training pitches … were contaminated" and "The Rhinos … say that …" are the reporter's
    bullets = [text for group in shared_groups("en-xsum.jsonl", 19) for text in group]
    assert any(text.startswith("All seven training pitches") for text in bullets)
    assert not any(text.startswith('"The Rhinos') for text in bullets)


def test_the_cached_roles_are_read_only() -> None:
    # every caller of mark_roles' cache shares the one mapping: none may change it for the others
    roles = mark_roles('He said: "It went well." Smith won.')
    with pytest.raises(TypeError):
        roles[0] = Role.CLOSES  # type: ignore[index]
    assert mark_roles('He said: "It went well." Smith won.') == {9: Role.OPENS, 23: Role.CLOSES}


def test_a_mark_loose_between_spaces_closes() -> None:
    text = '"I played well, " said McIlroy.'
    assert list(mark_roles(text).values()) == [Role.OPENS, Role.CLOSES]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a caption's credit, then the quotation it opens
        (
            'He won.Olympic gold medallist Chris Boardman"Latham had a fantastic final charge."He timed it well.',
            ["Olympic gold medallist Chris Boardman", '"Latham had a fantastic final charge."'],
        ),
        # a quotation closed without its stop, then the reporter's sentence
        (
            'She said: "It was really amazing"Alison even tweeted from the party.',
            ['She said: "It was really amazing"', "Alison even tweeted from the party."],
        ),
    ],
)
def test_a_mark_glued_between_two_words_goes_to_its_side(text: str, pieces: list[str]) -> None:
    assert all(piece in _sentences(text) for piece in pieces)
    # the one cut is where the second piece starts: before an opening mark, after a closing one
    assert glued_mark_cuts(text, 0, len(text)) == [text.index(pieces[1])]


def test_a_quotations_unmarked_middle() -> None:
    texts = ['He said: "It was hard.', "We kept going.", 'It paid off."', "The team won."]
    assert quotation_middles(texts, [False, True, True, True]) == [False, True, False, False]
    assert quotation_middles(texts, [False, False, True, True]) == [False, False, False, False]
    # a quotation no later mark of its block closes: a lost mark, no middle anyone can see
    assert quotation_middles(['He said: "It was hard.', "We all are bullies."], [False, True]) == [False, False]


def test_a_stray_closing_mark_makes_the_lines_before_it_a_quotations_middle() -> None:
    # the page's reopening mark read as closing ('… the pitch."Anna was …'), its closing mark
    # handed to the next speaker's sentence: the quotation ran on over the bare lines between
    texts = [
        'The coach said: "They ran the whole game for us on the pitch."',
        "Anna was a born leader, a truly brave player.",
        "She could read a match long before anyone else.",
        '"Tom Reed from the club added: "We will miss her."',
    ]
    assert quotation_middles(texts, [False, True, False, True]) == [False, True, True, False]
    # no stray mark after them (the next speaker's sentence opens on its own words): the writer's own
    plain = [*texts[:3], 'Tom Reed from the club added: "We will miss her."']
    assert quotation_middles(plain, [False, True, False, True]) == [False, False, False, False]
    # no quotation closed on a stop before them: nothing ran on
    told = ["The coach spoke after the game.", *texts[1:]]
    assert quotation_middles(told, [False, True, False, True]) == [False, False, False, False]


def test_a_bullet_joining_two_paragraphs_of_one_quotation_opens_it_once() -> None:
    joined = 'She said: "It is extraordinary. "If we ever wonder why, this is a reminder."'
    assert without_reopening(joined) == 'She said: "It is extraordinary. If we ever wonder why, this is a reminder."'
    assert without_reopening('"Yes," he said. "No."') == '"Yes," he said. "No."'


def test_a_reporting_clause_after_a_stray_mark_keeps_its_own_phrase_quoted() -> None:
    # the cut glued the quotation's closing mark to the reporter's next sentence: the stray mark
    # goes, the phrase the reporter quotes keeps its marks
    glued = '"It said the mayor had left "a gap no one can fill", adding the loss was hard.'
    assert without_reopening(glued) == 'It said the mayor had left "a gap no one can fill", adding the loss was hard.'
    told = '"The statement said the club felt "deep sorrow" at the news.'
    assert without_reopening(told) == 'The statement said the club felt "deep sorrow" at the news.'
    # a quotation's own paragraphs still join, and words that open on "I" stay quoted
    assert without_reopening('"I said no. "Then I left."') == '"I said no. Then I left."'


def test_en_xsum_9_shows_a_quotations_middle_as_someones_words() -> None:
    # the second paragraph of Selby's quotation was a bare bullet, as if the writer's claim
    bullets = [text for group in shared_groups("en-xsum.jsonl", 9) for text in group]
    assert not any(text.startswith("If you peak") for text in bullets)
    assert not any(text.startswith(('"Selby', '"Championship')) for text in bullets)


def test_en_xsum_7_cuts_a_credit_from_the_quotation_it_opens() -> None:
    bullets = [text for group in shared_groups("en-xsum.jsonl", 7) for text in group]
    assert not any('Boardman"Latham' in text for text in bullets)


def test_the_spoken_words_table() -> None:
    words = data_lines("en_quote_reading.tsv")
    assert {"I", "we", "you", "That's", "That’s"} <= set(words)
    assert len(words) == len(set(words))
    assert all(" " not in word and "\t" not in word for word in words)


def test_a_middle_holding_a_phrases_single_marks_is_still_shown_quoted() -> None:
    # Sir Roger's "I said: 'Of course we are.' …" sits inside a quotation of several paragraphs; its
    # single marks once kept the double ones off, and the bullet read as the reporter's "I said" (en-xsum 36)
    bullets = [text for group in shared_groups("en-xsum.jsonl", 36) for text in group]
    assert any(text.startswith("\"I said: 'Of course we are.'") for text in bullets)
    assert not any(text.startswith("I said:") for text in bullets)
