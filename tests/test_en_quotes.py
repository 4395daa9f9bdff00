"""A quote's later sentences name no speaker (`engines/en_key_facts.py`): a group passes over
"Closing them is hardly in keeping with ..." for a sentence that says who objects and why, or
what happens, where it has one; a continuation that gives a figure stays a candidate."""

from __future__ import annotations

from citebrief.engines.en_key_facts import quote_continuations, said_by_someone_first
from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text

SENTENCES = [
    "The council today announced plans to close six public libraries across the city by next spring to save money.",
    "The leader of the council said the closures would save about £2m a year from the culture budget.",
    "But campaigners criticised the move as short-sighted, amid doubts about where children would study.",
    "Jane Porter, chair of the Friends of the Libraries group, condemned the plan, "
    "saying it had not been thought through.",
    "'Many, many families rely on these buildings every single week of the year.",
    "Closing them is hardly in keeping with the spirit of a learning city.",
    "Frankly, a library is the last place that should be cut.'",
    "The libraries affected include those in Ashby, Moor End and the old market quarter of the city centre.",
    "Opening hours at the remaining branches will be extended by two hours a day "
    "to take in readers from the closed branches.",
    "The plan was praised by the local chamber of commerce, which said the council had to balance its books.",
    "A public consultation on the closures opens next month and runs for twelve weeks.",
    "Campaigners have already collected more than 4,000 signatures on a petition against the closures.",
    "The final decision will be taken by the full council in the autumn after the consultation ends.",
]


def test_a_quote_s_later_sentences_are_continuations() -> None:
    found = quote_continuations(SENTENCES)
    quote = next(i for i, s in enumerate(SENTENCES) if s.startswith("'Many, many"))
    assert found == {quote + 1, quote + 2}  # its opening sentence is no continuation: it opens the quote


def test_an_apostrophe_or_a_closed_quote_opens_nothing() -> None:
    texts = [
        "The council's leader said: 'We have no choice.'",
        "The libraries close in May.",
        "'It is a sad day,' said Ms Porter, whose group meets in the Ashby branch.",
        "Readers will move to the central library.",
    ]
    assert not quote_continuations(texts)


def test_a_long_run_after_a_lost_mark_is_not_all_quote() -> None:
    texts = ["He said: 'It starts here.", "One.", "Two.", "Three.", "Four.", "Five."]
    assert quote_continuations(texts) == {1, 2, 3}


def test_a_continuation_with_a_figure_stays_a_candidate() -> None:
    continuing = frozenset({1, 2})
    assert said_by_someone_first([0, 1, 2, 3], continuing, {0: 0, 1: 0, 2: 1, 3: 0}, 2) == [0, 2, 3]
    assert said_by_someone_first([1, 2], continuing, {1: 0, 2: 0}, 2) == [1, 2]  # nothing else to pick


def test_the_brief_names_who_objects_not_her_words_alone() -> None:
    document = document_from_text(" ".join(SENTENCES), origin="libraries", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    assert any(b.startswith("Jane Porter, chair of the Friends") for b in bullets)
    assert not any(b.startswith("Closing them is hardly") for b in bullets)
