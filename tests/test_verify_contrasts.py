"""verify holds every citation of a bullet to it, and a word-overlap match that flips a word
(left for right, another number, "not") is not support (verify/contrasts.py)."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.text.data_files import data_lines
from citebrief.verify import SourceIndex, check_point
from citebrief.verify.contrasts import contrast, negations, opposites
from conftest import shared_article

MATCH = (
    "Attempt saved. Josh Gillies (Gateshead) left footed shot from outside the box is saved in the centre"
    " of the goal.\n\n"
    "The home side pressed hard for an equaliser after the break and forced several corners late on.\n\n"
    "Attempt saved. Josh Gillies (Gateshead) right footed shot from outside the box is saved in the bottom"
    " left corner.\n\n"
    "The club said 3,000 supporters travelled to the game, the largest away following of the season.\n\n"
    "The manager said the team did not deserve to lose after such a strong second half performance.\n"
)
RIGHT = "Josh Gillies (Gateshead) right footed shot from outside the box is saved."


def _index() -> SourceIndex:
    return SourceIndex(document_from_text(MATCH, origin="test", kind="text"))


def test_the_table_is_pairs_of_lower_case_words_and_denials() -> None:
    for row in data_lines("en_contrast_words.tsv"):
        first, second = row.split("\t")
        assert first == first.lower() and second == second.lower() and first != second, row
    assert "right" in opposites("left") and "left" in opposites("Right")
    assert {"not", "never", "n't"} <= negations()
    assert not opposites("shot")


def test_contrast_names_the_word_that_differs() -> None:
    left = "Josh Gillies (Gateshead) left footed shot from outside the box is saved in the centre of the goal."
    found = contrast(RIGHT, left)
    assert found is not None and (found.said, found.source) == ("right", "left")
    assert contrast(RIGHT.replace("right", "left"), left) is None
    numbers = contrast("The club said 4,000 supporters travelled.", "The club said 3,000 supporters travelled.")
    assert numbers is not None and (numbers.said, numbers.source) == ("4,000", "3,000")
    denied = contrast("The team deserved to lose.", "The team did not deserve to lose.")
    assert denied is not None and denied.source == "not"
    named = contrast("Tom Smith scored the goal.", "Jack Brown scored the goal.")
    assert named is not None and named.said in {"Smith", "Tom"}


def test_a_flipped_word_is_not_supported() -> None:
    verdict = check_point(Point(text=RIGHT, citations=[1]), _index())
    assert verdict.label is VerdictLabel.partial
    assert 'it says "right" where [1] says "left"' in verdict.reason
    assert check_point(Point(text=RIGHT, citations=[3]), _index()).label is VerdictLabel.supported


def test_a_changed_number_is_not_supported() -> None:
    verdict = check_point(
        Point(text="The club said 4,000 fans travelled to the game, the largest following.", citations=[4]), _index()
    )
    assert verdict.label is not VerdictLabel.supported


def test_a_second_citation_that_does_not_say_it_is_named() -> None:
    verdict = check_point(Point(text=RIGHT, citations=[3, 1]), _index())
    assert verdict.label is VerdictLabel.partial
    assert verdict.reason.startswith("[1] does not say it; [3] does")
    assert verdict.found_in == [3]
    unrelated = check_point(Point(text=RIGHT, citations=[3, 2]), _index())
    assert unrelated.label is VerdictLabel.partial and unrelated.reason.startswith("[2] does not say it; [3] does")


def test_every_citation_saying_it_stays_supported() -> None:
    twice = MATCH + "\nAttempt saved. Josh Gillies (Gateshead) right footed shot from outside the box is saved.\n"
    index = SourceIndex(document_from_text(twice, origin="test", kind="text"))
    assert check_point(Point(text=RIGHT, citations=[3, 6]), index).label is VerdictLabel.supported


def test_xsum_commentary_line_cited_to_the_other_foot() -> None:
    # en-xsum 138: "right footed shot ... is saved" cited to a left-footed line was "100% supported"
    document = document_from_text(shared_article("en-xsum.jsonl", 138), origin="en-xsum-138", kind="text")
    index = SourceIndex(document)
    left = [s.n for s in document.segments if "Josh Gillies (Gateshead) left footed shot" in s.text]
    assert left, "the article no longer has the left-footed line: pick another case"
    verdict = check_point(Point(text=RIGHT, citations=[left[0]]), index)
    assert verdict.label is not VerdictLabel.supported and '"right"' in verdict.reason
    right = [s.n for s in document.segments if "Josh Gillies (Gateshead) right footed shot" in s.text]
    assert right, "the article no longer has the right-footed line: pick another case"
    both = check_point(Point(text=RIGHT, citations=[right[0], left[0]]), index)
    assert both.label is VerdictLabel.partial and both.reason.startswith(
        f"[{left[0]}] does not say it; [{right[0]}] does"
    )


def test_the_evidence_is_the_sentence_that_agrees() -> None:
    verdict = check_point(Point(text=RIGHT, citations=[1, 3]), _index())
    assert verdict.evidence is not None and "right footed" in verdict.evidence.text


def test_a_bullet_joined_from_its_citations_stays_supported() -> None:
    # each cited paragraph gives part of it: the name the brief puts in, or the head of a sentence
    # cut at a paragraph's end; neither holds it whole, and neither is a citation that says nothing
    english = (
        "Tom Smith, the chairman of the club, spoke to reporters after the game on Saturday evening.\n\n"
        "He said the club would appeal against the decision of the league board later this week.\n"
    )
    index = SourceIndex(document_from_text(english, origin="test", kind="text"))
    bullet = "[Tom Smith] said the club would appeal against the decision of the league board later this week."
    assert check_point(Point(text=bullet, citations=[1, 2]), index).label is VerdictLabel.supported
    chinese = (
        "市卫生部门介绍了献血者须满足的条件。首先，献血者须已痊愈出院。其次，要先做好登记。\n\n"
        "登记之后还须接受常规体检，比如测量血压、体温，确认身体状况适合献血。\n"
    )
    index = SourceIndex(document_from_text(chinese, origin="test", kind="text"))
    bullet = "要先做好登记。登记之后还须接受常规体检，比如测量血压、体温，确认身体状况适合献血。"
    assert check_point(Point(text=bullet, citations=[1, 2]), index).label is VerdictLabel.supported
