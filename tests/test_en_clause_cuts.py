"""A long English sentence is cut only where the kept part is a whole clause; sentences glued
without a space are cut at one of their ends rather than mid-clause."""

from __future__ import annotations

import pytest
from tests.conftest import shared_article

from citebrief.engines.bullets import _EN_CLAUSE, trim_sentence
from citebrief.text.en_clause_cuts import glued_sentences_cut, leaves_fragment


def _cut_after(sentence: str, kept: str) -> bool:
    """Whether `leaves_fragment` finds the cut of `sentence` right after `kept` a fragment."""
    clauses = _EN_CLAUSE.findall(sentence)
    joined = ""
    for k, clause in enumerate(clauses):
        joined += clause
        if joined.rstrip(" ,;:—–") == kept:
            return leaves_fragment(clauses, k)
    raise AssertionError(f"no clause boundary after {kept!r}")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a sentence adverb that opens the next sentence
        (
            "'After a couple of weeks I was like, \"Wow!\"' However, a surgeon told the Post that he doubts it",
            "'After a couple of weeks I was like, \"Wow!\"' However",
        ),
        # the subject kept, the verb after a dash aside cut
        (
            "Fans believe that the songs — and the old favourites — will be sung in Dublin on June 7",
            "Fans believe that the songs",
        ),
        # a frame opened after "that," whose main clause is cut
        (
            "The FSF claim that, having taken legal advice, the songs are not law-breaking",
            "The FSF claim that, having taken legal advice",
        ),
        # a name and its appositive, the verb cut
        (
            "Mrs Aspinall, chairwoman of the support group, said the wait had been a long struggle",
            "Mrs Aspinall, chairwoman of the support group",
        ),
        # a speech verb before its colon
        (
            "PC Siobhan Pellett said: the ease with which these people gain access is frightening",
            "PC Siobhan Pellett said",
        ),
        # frames and asides, no main clause
        (
            "Dressed in a tuxedo, and running into the hall, unaware of it all, Mr Garza sang a song",
            "Dressed in a tuxedo, and running into the hall, unaware of it all",
        ),
        # a quoted condition whose consequence is cut
        (
            'He then told June, "If you are dressed like that when I get back, I will leave"',
            'He then told June, "If you are dressed like that when I get back',
        ),
        # a condition opened after "that" inside the clause, its consequence cut (en-xsum 171)
        (
            "One concern may well be that if Britain leaves the EU, the CFP framework will fall away",
            "One concern may well be that if Britain leaves the EU",
        ),
    ],
)
def test_a_cut_short_of_a_whole_clause_is_a_fragment(sentence: str, kept: str) -> None:
    assert _cut_after(sentence, kept)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Three people were hurt in the crash on Monday, police said", "Three people were hurt in the crash on Monday"),
        (
            "He told the BBC about the civil war, which ended in 2002, and his Ebola work",
            "He told the BBC about the civil war, which ended in 2002",
        ),
        (
            "UKIP spent £2,956,737, while the Tories' expenditure was £2,980,815, a record for the party",
            "UKIP spent £2,956,737, while the Tories' expenditure was £2,980,815",
        ),
        (
            "Beijing has refused to comment on the report, saying it was a matter for the courts",
            "Beijing has refused to comment on the report",
        ),
        # the condition closed inside the clause: "that if … then" is not what is left open
        (
            "She said that if it rained the match would move indoors, the club confirmed",
            "She said that if it rained the match would move indoors",
        ),
    ],
)
def test_a_cut_after_a_whole_clause_stands(sentence: str, kept: str) -> None:
    assert not _cut_after(sentence, kept)


def test_glued_sentences_are_cut_at_a_sentence_end() -> None:
    text = (
        "Ireland are bidding to become the first side ever to win the title three times in a row and Gatland "
        'said: "You can\'t look past the Irish."The New Zealander also said that England under new coach Eddie '
        'Jones are an "unknown quantity" in "a really open competition" and that Wales are in good shape.'
    )
    assert glued_sentences_cut(text, 35, 12, 60) == text[: text.index("The New")]
    opening = "Sadio Mane scored twice in the space of 138 seconds as Spurs disappointed at Anfield."
    # the mark after the stop opens the next sentence's quotation: it is not kept
    glued = opening + '"If you start a game like we start then it is difficult'
    assert glued_sentences_cut(glued, 35, 12, 60) == opening


def test_shared_record_157_bullets_keep_their_verbs() -> None:
    """en-cnndm record 157: readers marked the FSF bullets down as stopping mid-sentence."""
    article = shared_article("en-cnndm.jsonl", 157)
    for opening in ("The Football Supporters Federation, despite", "The FSF are in no mood"):
        start = article.index(opening)
        sentence = article[start : article.index(".", start) + 1]
        bullet = trim_sentence(sentence, "en")
        assert not bullet.endswith(("that the songs", "having taken legal advice")), bullet
        assert "will be sung" in bullet or "not law-breaking" in bullet


def test_a_sentence_with_no_whole_clause_to_cut_at_stays_whole() -> None:
    sentence = (
        "Union chairman Gareth Davies, who is also on the Lions' selection panel and a former Wales "
        "fly-half of long standing in the game, believes the involvement of Welsh coaches in the tour of "
        "New Zealand will benefit the national team and the regions in the years ahead."
    )
    assert trim_sentence(sentence, "en") == sentence


def test_a_speakers_colon_is_searched_only_in_a_clause_with_a_colon() -> None:
    """`_speaker_colon` answers as `_SPEAKER_COLON.search` on every comma-cut clause of 100
    en-cnndm articles (both of its forms end on a colon)."""
    from citebrief.text.en_clause_cuts import _SPEAKER_COLON, _speaker_colon

    asked = found = 0
    for index in range(100):
        text = shared_article("en-cnndm.jsonl", index)
        for clause in [*text.split(", "), *(c + ":" for c in text.split(":"))]:
            expected = _SPEAKER_COLON.search(clause) is not None
            assert _speaker_colon(clause) is expected, clause
            asked, found = asked + 1, found + expected
    assert asked > 2000 and found > 20
