"""A bullet that opens a quotation its sentence does not close (engines/en_quote_ends.py): readers
marked "'England have said he’s not on their radar" down as a quote opened and never closed."""

from __future__ import annotations

from citebrief.engines.en_quote_ends import quote_ended
from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.text.quote_fragments import closes_quote, open_marks, quotation_tail
from citebrief.verify import SourceIndex, check_point
from conftest import shared_groups

RADAR = "‘England have said he’s not on their radar."
NEVER = "But you should never say never,’ said Stewart."
OFFICER = "Officer Kathryn McCormick said: 'We don't know for sure if he slept through the whole thing."
HOPE = "We hope that was the case.'"
PAST = "Police do not have a description of the suspect and say it appears that the boy was not hurt."


def test_marks_that_close_what_a_sentence_leaves_open() -> None:
    assert open_marks(RADAR) == "’"
    assert open_marks(OFFICER) == "'"
    assert open_marks("'She showed it to me and said, \"See, Obama is a baby killer.") == "\"'"  # innermost first
    assert open_marks("Defoe added: 'We were lucky to play in a game like this. 'So many kids wish they could.") == "'"
    assert open_marks("‘We hope to play more finals,’ he added.") == ""
    assert open_marks('They may not be "Star Trek"-type extraterrestrials, a NASA scientist says.') == ""
    assert open_marks("And he posted the photo dressed as Downey Jr.'s character Iron Man.") == ""
    assert open_marks("It’s the players’ call, the manager said.") == ""


def test_sentence_that_closes_a_quotation() -> None:
    assert closes_quote(HOPE) and closes_quote(NEVER)
    assert not closes_quote(PAST)
    assert not closes_quote("Well preserved: it turned out the 'victim' was in fact a stolen mummy.")  # a caption's own


def _scored(*sentences: str) -> Scored:
    return score(document_from_text(" ".join(sentences), origin="quote", kind="text"), {})[0]


def _index(scored: Scored, sentence: str) -> int:
    return next(i for i, unit in enumerate(scored.units) if unit.text.strip() == sentence)


def test_quotation_carried_to_its_end() -> None:
    scored = _scored("A boy slept through a fire at his home on Sunday.", OFFICER, HOPE, PAST)
    i = _index(scored, OFFICER)
    assert quote_ended(scored, i, OFFICER, frozenset({i})) == (f"{OFFICER} {HOPE}", True)
    # the end is another bullet's: this one is closed where it stops
    assert quote_ended(scored, i, OFFICER, frozenset({i, i + 1})) == (f"{OFFICER}'", False)


def test_quotation_closed_where_its_end_is_far() -> None:
    long_middle = "He said that he would wait for the selectors to call him and that he was in no hurry at all."
    again = long_middle[:-1] + " again."
    scored = _scored("Stewart backed the batsman for a recall on Monday.", RADAR, long_middle, again, NEVER)
    i = _index(scored, RADAR)
    assert quote_ended(scored, i, RADAR, frozenset({i})) == (f"{RADAR}’", False)
    assert quote_ended(scored, 0, scored.units[0].text, frozenset({0})) is None  # no quotation


def test_quotation_closed_where_it_stops_is_still_quoted_word_for_word() -> None:
    said = "'He was given tablets to help with the swelling and we were sent home,' his mother said."
    went_on = "'But it kept happening and I took him to the doctors three times that week."
    after = "'Every time he was outside, his skin became red raw.'"
    source = f"Doctors saw the boy in May.\n\n{said} {went_on} {after}"
    index = SourceIndex(document_from_text(source, origin="q", kind="text"))
    verdict = check_point(Point(text=f"{said} {went_on}'", citations=[2]), index)
    assert verdict.label == VerdictLabel.supported  # not "partial": a sentence's words in each half


BEARDIE = "‘Our beardie doesn't like our cat, so we don't let them play together."
CAT = "He will [only] play with the cat if the dog is around because he really likes our dog,’ said the video maker."


def test_end_of_a_quotation() -> None:
    assert quotation_tail(CAT) and quotation_tail("Protesting is not radical, it is our right.’")
    assert quotation_tail("Bring your pitch forks', the Guardian Australia reported.")
    assert not quotation_tail("It’s the players’ call, the manager said.")  # apostrophes
    assert not quotation_tail("‘We hope to play more finals,’ he added.")  # opened and closed
    assert not quotation_tail(BEARDIE)


def test_quotation_given_from_its_opening() -> None:
    scored = _scored("A video of a dog and a cat has been watched a million times.", BEARDIE, CAT, PAST)
    i = _index(scored, CAT)
    assert quote_ended(scored, i, CAT, frozenset({i})) == (f"{BEARDIE} {CAT}", True)
    # its opening is another bullet's, which is closed where it stops: this one opens it again
    assert quote_ended(scored, i, CAT, frozenset({i, i - 1})) == (f"‘{CAT}", False)
    assert quote_ended(scored, i - 1, BEARDIE, frozenset({i, i - 1})) == (f"{BEARDIE}’", False)


def test_a_quotation_s_last_sentence_opens_the_mark_it_closes() -> None:
    """Readers marked "I’m fighting against the way they are going about it.'" down for a stray
    closing quote: out of reach of its opening, the bullet opens it itself (text/en_quote_opens.py)."""
    from citebrief.text.en_quote_opens import opened_tail

    assert opened_tail("I’m fighting against the way they are going about it.'") == (
        "'I’m fighting against the way they are going about it.'"
    )
    assert opened_tail("But Bale is at 100 per cent.’") == "‘But Bale is at 100 per cent.’"
    assert opened_tail("We’re no heroes, just tourists,' Makrus Åsberg, an officer, told the New York Post.") == (
        "'We’re no heroes, just tourists,' Makrus Åsberg, an officer, told the New York Post."
    )
    # a mark inside that says no speaker after it: where the quotation opened, no one can tell
    assert opened_tail("But leaders criticised the move as heavy-handed intervention', amid doubts.") is None
    assert opened_tail("He said: 'We are ready.'") is None  # opened in the sentence itself
    assert opened_tail("It’s the players’ call, the manager said.") is None
    assert opened_tail("We hope so.") is None


def test_a_bullet_that_ends_a_quotation_from_afar_is_opened() -> None:
    opening = "Stewart said: 'England have said he’s not on their radar and they can pick whoever they like."
    middle = "He said that he would wait for the selectors to call him and that he was in no hurry at all to go."
    last = "But I think he deserves a chance.'"
    again = middle[:-1] + " again."
    scored = _scored("Stewart backed the batsman for a recall on Monday.", opening, middle, again, last)
    i = _index(scored, last)
    assert quote_ended(scored, i, last, frozenset({i})) == (f"'{last}", False)


def test_a_bbc_quotation_paragraph_is_carried_to_its_end_and_closed_there() -> None:
    # en-xsum 142: Smith's paragraph ends unclosed, the next one reopening his quotation on a mark
    # (s49o, en_quote_reading): the bullet carries it to its end and closes it
    bullets = [text for group in shared_groups("en-xsum.jsonl", 142) for text in group]
    assert any(
        text.endswith("we didn't create enough.\"") and "Widnes took their chances well." in text for text in bullets
    )


def test_a_quotation_is_not_carried_on_to_a_question() -> None:
    # s49x (en-xsum 16): carried to its end, the bullet would end on a question no bullet may be
    # ('… away with it. How did this happen?"'): it is closed where it stops
    opening = '"We need to understand how the visitors got away with it.'
    scored = _scored(
        "The chairman spoke to reporters on Monday morning.",
        opening,
        "How did this happen yet nobody knew?",
        '"No matter how hard it gets, change has to happen now."',
    )
    i = _index(scored, opening)
    assert quote_ended(scored, i, opening, frozenset({i})) == (f'{opening}"', False)
