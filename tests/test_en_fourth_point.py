"""A long English run's group takes a fourth bullet only where it states a fact no bullet states."""

from __future__ import annotations

from citebrief.engines.en_fourth_point import MIN_WORDS, ONE_MORE_SENTENCE, QUOTE_OPENINGS, without_appositive
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.pipeline import draft
from conftest import load_records


def _brief(name: str, index: int) -> Brief:
    record = load_records(name)[index]
    return draft(document_from_text(str(record["article"]), origin="x", kind="text"))


def _groups(name: str, index: int) -> list[list[str]]:
    return [[point.text for point in group.points] for group in _brief(name, index).groups]


def test_a_long_runs_figure_is_a_fourth_bullet() -> None:
    # en-cnndm 3: the survey's pest-free place, a highlight, beside the three pest figures
    bullets = [b for group in _groups("en-cnndm.jsonl", 3) for b in group]
    assert any("most pest-free place was Southend" in b for b in bullets)
    # en-cnndm 43: her 911 call before she died, a highlight
    bullets = [b for group in _groups("en-cnndm.jsonl", 43) for b in group]
    assert any("was able to call 911" in b for b in bullets)


def test_a_figure_the_brief_states_already_is_no_fourth_bullet() -> None:
    # en-xsum 165: "sentenced to five years in jail in September" repeats the key points' sentence
    bullets = [b for group in _groups("en-xsum.jsonl", 165) for b in group]
    assert not any("sentenced to five years in jail in September" in b for b in bullets)
    assert sum("sentenced to five years" in b for b in bullets) == 1


def test_a_short_line_leaning_on_its_sentence_before_is_no_fourth_bullet() -> None:
    # en-xsum 77: "She changed her name in 2012." would come in carried by the sentence before it
    assert MIN_WORDS > 6
    bullets = [b for group in _groups("en-xsum.jsonl", 77) for b in group]
    assert not any("She changed her name in 2012" in b for b in bullets)


def test_a_run_on_or_quoted_line_is_no_fact_of_its_own() -> None:
    assert ONE_MORE_SENTENCE.search("He was fined £200. He appealed in May.")
    assert not ONE_MORE_SENTENCE.search("Mr. Smith paid $1.5 million in 2014.")
    assert "'We won 3-0,' he said.".startswith(QUOTE_OPENINGS)


def test_a_year_describing_a_person_is_no_fact_of_its_own() -> None:
    # en-xsum 198: "Forde's solicitor in 1992" dates his role; the line only sources the story
    bullets = [b for group in _groups("en-xsum.jsonl", 198) for b in group]
    assert not any("Forde's solicitor in 1992" in b for b in bullets)
    titles = [str(group.title) for group in _brief("en-xsum.jsonl", 198).groups]
    assert not any("Solicitor" in title for title in titles)
    assert without_appositive("Richard Griffiths, Forde's solicitor in 1992, has now spoken.") == (
        "Richard Griffiths has now spoken."
    )
    # the description's figures go; the sentence's own stay (en-cnndm 43's 911 call)
    assert "911" in without_appositive("But Hampton, critically injured, was able to call 911 at 6:30am.")
