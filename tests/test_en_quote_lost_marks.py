"""A bullet that is a quotation's later paragraph whose marks a glued one-block page gave to the
sentences beside it ('… said: "It's a great day." | Those two misses were my fault. | … | "Coach
…') names its speaker in brackets and is shown between marks (`en_quote_lost_marks`): the name
opening the sentence before its verb and colon, or closing it after the quotation; the writer's
own sentence, a speaker the group names already or one the sentence does not name plainly, none."""

from __future__ import annotations

from citebrief.engines.en_quote_lost_marks import first_person, named_unmarked_line_en
from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.model import Document, Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article

_HEAD = (
    "The hosts won the second match by an innings to level the series at one each.\n\n"
    'Tom Reed, who was out twice cheaply in the first match, said: "It\'s a great day."\n\n'
    "Those two misses at the ground were batting errors on my part. I worked hard on that.\n\n"
    '"Coach Ann Lee said: "He went away and came back stronger."'
)
_TAIL = (
    "The visitors batted for only forty overs in the first innings of the match.\n\n"
    '"Their spirit was broken," said former captain Jack Stone. '
    '"Full marks to the hosts for the way they played."\n\n'
    "The hosts are in a good place and will win again. I expect a long run of wins.\n\n"
    '"The next match starts on Friday at the home ground.'
)


def _scored(text: str) -> tuple[Scored, Document]:
    document = document_from_text(text, origin="x", kind="text")
    return score(document, {})[0], document


def _at(scored: Scored, opening: str) -> int:
    return next(k for k, unit in enumerate(scored.units) if unit.text.strip().startswith(opening))


def test_a_first_person_line_after_a_named_speakers_quotation_names_them() -> None:
    scored, document = _scored(_HEAD)
    i = _at(scored, "Those two misses")
    text = scored.units[i].text.strip()
    named = named_unmarked_line_en(scored, i, text, [])
    assert named == (f'[Tom Reed said:] "{text}"', scored.units[_at(scored, "Tom Reed")].paragraph)
    cited = sorted({named[1], scored.units[i].paragraph})
    assert check_point(Point(text=named[0], citations=cited), SourceIndex(document)).label is VerdictLabel.supported
    # the group names the speaker as saying it already
    said = [Point(text='Tom Reed said: "It\'s a great day."', citations=[2])]
    assert named_unmarked_line_en(scored, i, text, said) is None


def test_a_line_the_middle_reading_shows_between_marks_names_them_once_marked() -> None:
    # `quotation_middles` reads the run before the stray mark as the quotation's middle: the
    # bullet comes already between marks, and is named with no second pair
    scored, _ = _scored(_HEAD)
    i = _at(scored, "Those two misses")
    text = scored.units[i].text.strip()
    named = named_unmarked_line_en(scored, i, f'"{text}"', [])
    assert named is not None and named[0] == f'[Tom Reed said:] "{text}"'


def test_a_line_after_a_quoted_line_names_the_speaker_closing_the_sentence_before() -> None:
    scored, _ = _scored(_TAIL)
    i = _at(scored, "The hosts are in")
    named = named_unmarked_line_en(scored, i, scored.units[i].text.strip(), [])
    assert named is not None and named[0].startswith('[Jack Stone said:] "The hosts are in a good place')


def test_the_writers_sentence_names_no_one() -> None:
    # no first-person word in the run: the writer's own sentence after the quotation
    scored, _ = _scored(_HEAD.replace("on my part. I worked hard on that.", "in the first match."))
    i = _at(scored, "Those two misses")
    assert named_unmarked_line_en(scored, i, scored.units[i].text.strip(), []) is None
    # no stray mark after the run: nothing shows the quotation went on
    scored, _ = _scored(_HEAD.replace('"Coach Ann Lee said: "He', 'Coach Ann Lee said: "He'))
    i = _at(scored, "Those two misses")
    assert named_unmarked_line_en(scored, i, scored.units[i].text.strip(), []) is None
    # a speaker the sentence names only by a role
    scored, _ = _scored(_TAIL.replace("former captain Jack Stone", "a former captain"))
    i = _at(scored, "The hosts are in")
    assert named_unmarked_line_en(scored, i, scored.units[i].text.strip(), []) is None


def test_first_person_words_are_the_speakers() -> None:
    assert first_person("It was an error on my part.") and first_person("We’ll be back.")
    assert not first_person("The US team will win again.")


def test_en_xsum_17_as_the_benches_cut_it_names_root_and_boycott() -> None:
    """en-xsum 17 cut into passages of three sentences: Root's "… batsman error on my part." and
    Boycott's "England are in a good place …" stood as words no one says."""
    text = shared_article("en-xsum.jsonl", 17).strip()
    document = document_from_text("\n\n".join(split_paragraphs(text, "en")), origin="x", kind="text")
    bullets = [point.text for group in draft(document).groups for point in group.points]
    assert '[Root said:] "Those two occasions at Lord\'s were batsman error on my part."' in bullets, bullets
    assert any(text.startswith('[Geoffrey Boycott said:] "England are in a good place') for text in bullets), bullets
