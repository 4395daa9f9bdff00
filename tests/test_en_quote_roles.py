"""A quotation's line whose speaker the article gives by a role or a heading, not a name, opens on
that role or name in brackets (`en_quote_roles`); a caption telling what someone did is no heading."""

from __future__ import annotations

import dataclasses

import pytest

from citebrief.engines.en_quote_roles import _heading_name, named_role_quotation_en
from citebrief.engines.scored import Scored
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.verify import SourceIndex, check_point
from citebrief.verify.checks import find_quotation
from citebrief.verify.index import Claim
from conftest import shared_groups
from scored_builder import en_story_scored


def _bullets(name: str, index: int) -> list[str]:
    return [text for group in shared_groups(name, index) for text in group]


def test_a_line_after_a_role_reporting_its_words_opens_on_the_role() -> None:
    # en-xsum 76: "The education secretary has now said she intends to go further. | \"I have now asked
    # Ofsted …\"": the group before said only Sir Michael's words
    bullets = _bullets("en-xsum.jsonl", 76)
    assert any(text.startswith('[The education secretary said:] "I have now asked Ofsted') for text in bullets)
    # en-xsum 20: '… the company said: "As always, …' two lines before the bullet's
    assert any(text.startswith('[The company said:] "The impact of Brexit') for text in _bullets("en-xsum.jsonl", 20))


def test_a_line_after_a_role_closing_its_quotation_opens_on_the_role() -> None:
    # en-xsum 161: '"…," said the middle distance runner. | "I go back to university next week. | I've got …'
    assert any(
        text.startswith("[The middle distance runner said:] \"I've got a week off")
        for text in _bullets("en-xsum.jsonl", 161)
    )


def test_a_pundits_line_opens_on_the_name_of_its_heading() -> None:
    # en-xsum 112: "Former Liverpool and Spurs midfielder Danny Murphy on Match of the Day" heads his words;
    # Pochettino, "the Argentine" of the sentences before, is not their speaker
    bullets = _bullets("en-xsum.jsonl", 112)
    assert any(text.startswith('[Danny Murphy said:] "Against the big sides') for text in bullets)
    # en-xsum 7: two pundits' headings, each line under its own
    bullets = _bullets("en-xsum.jsonl", 7)
    assert any(text.startswith('[Chris Boardman said:] "But with three laps to go') for text in bullets)
    assert any(text.startswith("[Sir Chris Hoy said:] \"It's the kind of event") for text in bullets)


def test_a_caption_telling_what_someone_did_names_no_speaker() -> None:
    # en-cnndm 81: "Neil was playing with … Sandy Lyle" is a photo caption inside Neil's words
    assert not any(text.startswith("[Sandy Lyle said:]") for text in _bullets("en-cnndm.jsonl", 81))


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Former Liverpool and Spurs midfielder Danny Murphy on Match of the Day", "Danny Murphy"),
        ("Six-time Olympic gold medallist Sir Chris Hoy", "Sir Chris Hoy"),
        ("Former England captain Michael Vaughan on Test Match Special", "Michael Vaughan"),
        ("Neil was playing with fellow countryman and former Masters winner Sandy Lyle", None),
        ("Amateur champion Bradley Neil missed the cut on his debut at the Masters", None),
        ("Pictured with his wife Jane Smith", None),
        ("Rangers were beaten by Celtic", None),
    ],
)
def test_heading_name(heading: str, name: str | None) -> None:
    assert _heading_name(heading) == name


def test_a_labelled_middle_line_is_read_word_for_word_less_its_opening_mark() -> None:
    # the article leaves the quotation's second line unmarked; the brief marks it and names the
    # speaker: verify finds it word for word (its label's words are in no sentence of the line),
    # and only where a cited paragraph names the speaker
    heading = "Former England captain Michael Vaughan on Test Match Special"
    said = '"They batted well all day. I think they should have declared an hour before lunch."'
    news = "England were bowled out for 212 on the third day at Lord's. Their lead is 40 runs."
    document = document_from_text(f"{news}\n\n{heading} said of the day's play.\n\n{said}", origin="q.txt")
    index = SourceIndex(document)
    _, first, second = (segment.n for segment in document.segments)
    bullet = '[Michael Vaughan said:] "I think they should have declared an hour before lunch."'
    assert find_quotation(Claim(bullet, index), index, [first, second]) is not None
    assert check_point(Point(text=bullet, citations=[first, second]), index).label is VerdictLabel.supported
    assert find_quotation(Claim(bullet, index), index, [second]) is None
    # unlabelled, a marked line is still held to its marks
    unlabelled = '"I think they should have declared an hour before lunch."'
    assert find_quotation(Claim(unlabelled, index), index, [second]) is None


def _pundit_story() -> Scored:
    """A pundit's heading, then his words over two paragraphs the page glued: the second line's
    closing mark went to the next paragraph's opening, so it stands unmarked between them."""
    story = [
        ('"We were not ready to fight today," the manager told reporters.', 1),
        ("Former Leeds and Everton defender Tom Baxter on Football Focus", 2),
        ('"I could not believe what I saw, they were all over the place.', 2),
        ("They should have kept the back three from the big games.", 2),
        ('"It was so unlike them, they are so good at home.', 3),
        ("There is a lack of pace when they go away.", 3),
    ]
    return dataclasses.replace(en_story_scored(story), usable=[0, 2, 3, 4, 5])


def test_a_line_after_a_glued_unmarked_middle_opens_on_the_headings_name() -> None:
    # en-xsum 112 cut: the words right after "the Argentine told BT Sport" are the pundit's, not his
    scored = _pundit_story()
    text = '"It was so unlike them, they are so good at home."'
    found = named_role_quotation_en(scored, 4, text, [], [False] * len(scored.units))
    assert found is not None
    assert found[0] == '[Tom Baxter said:] "It was so unlike them, they are so good at home."'


def test_a_line_under_the_headings_name_names_the_person_again() -> None:
    # en-xsum 112: "'There's a lack of pace …'" under "[Danny Murphy said:] '…'" read as no one's words;
    # a person's name is said again on each line of his, as `en_quote_owners` says a named person's
    scored = _pundit_story()
    text = '"It was so unlike them, they are so good at home."'
    first = '[Tom Baxter said:] "I could not believe what I saw, they were all over the place." [2]'
    said = [Point(text=first, citations=[2])]
    found = named_role_quotation_en(scored, 4, text, said, [False] * len(scored.units))
    assert found is not None
    assert found[0] == f"[Tom Baxter said:] {text}"


def test_a_glued_middle_leads_to_no_role_but_a_headings() -> None:
    # the middle is read on marks alone: a role before it ("the manager told") names no one
    scored = _pundit_story()
    story = [(unit.text, unit.paragraph) for unit in scored.units]
    story[1] = ('"We were not ready," the manager said.', 2)
    scored = dataclasses.replace(en_story_scored(story), usable=list(range(len(story))))
    text = '"It was so unlike them, they are so good at home."'
    assert named_role_quotation_en(scored, 4, text, [], [False] * len(scored.units)) is None


def _pet_story() -> Scored:
    """A role the writer gives a claim to, a photo caption, then "She wrote: '…" and the next
    paragraph of her words (en-cnndm 34 cut: the line after it stood as no one's)."""
    story = [
        ("The cat and the rabbit chase each other around the garden every morning.", 1),
        ("According to the pet owner, who lives near the coast, the pair adore each other.", 1),
        ("The owner can be heard cheering as the rabbit runs past the shed", 2),
        ("She wrote on the video page: ‘They simply love to play together.", 2),
        ("I love it.", 2),
        ("‘Our rabbit never hurts the cat, and the cat waits for him at the door each day.’", 3),
    ]
    return dataclasses.replace(en_story_scored(story), usable=[0, 1, 3, 5])  # the caption, a short line: no bullet's


def test_a_line_after_a_pronoun_opening_it_opens_on_the_role_the_writer_quoted_before() -> None:
    scored = _pet_story()
    text = scored.units[5].text
    mentioned = [
        Point(text="The pet owner, named Ann Lee, can be heard cheering as the rabbit runs [1]", citations=[1])
    ]
    found = named_role_quotation_en(scored, 5, text, mentioned, [False] * len(scored.units))
    assert found == (f"[The pet owner said:] {text}", scored.units[1].paragraph)
    # a bullet saying the role's words already: the group says who
    said = [Point(text="The pet owner said the pair adore each other [1]", citations=[1])]
    assert named_role_quotation_en(scored, 5, text, said, [False] * len(scored.units)) is None
    # no role given the claim before the pronoun: no speaker
    story = [(unit.text, unit.paragraph) for unit in scored.units]
    story[1] = ("The pair adore each other, and they live near the coast.", 1)
    plain = dataclasses.replace(en_story_scored(story), usable=[0, 1, 3, 5])
    assert named_role_quotation_en(plain, 5, text, [], [False] * len(plain.units)) is None
