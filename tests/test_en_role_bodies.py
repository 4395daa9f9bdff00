"""A quotation bullet closed on '," the spokeswoman added' whose group names no body takes the body
the sentence right before it opens on, in brackets before the role (`en_role_bodies`); verify reads
the sentence without the bracket word for word and the body in a cited paragraph."""

from __future__ import annotations

from citebrief.engines.en_role_bodies import bodied_role_en
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.text.speaker_label import BODY_BEFORE_ROLE, body_before_role
from citebrief.verify import SourceIndex, check_point
from citebrief.verify.checks import find_quotation
from citebrief.verify.index import Claim
from conftest import shared_groups

_QUOTE = '"We will look again at how the roads are gritted this winter," the spokeswoman added.'


def _bodied(lead: str, points: list[Point] | None = None) -> str | None:
    """The quotation bullet `_QUOTE` after the sentence `lead`, one paragraph, as the brief would write it."""
    document = document_from_text(f"Snow closed the A9 for two days last week. {lead} {_QUOTE}", origin="x.txt")
    scored = score(document, {})[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text.strip().startswith('"We will'))
    found = bodied_role_en(scored, i, _QUOTE, points or [])
    return found[0] if found else None


def test_the_spokeswomans_body_is_said_before_her_role() -> None:
    # en-xsum 105: "The Ministry of Justice said staff worked …" right before it, in passage 1; the
    # group ("Former Inmate") names no body before it. Since s300k the quotation's "However" carries
    # that sentence (`anaphora.quote_turns_back`), which names the body: no bracket is needed
    bullets = [text for group in shared_groups("en-xsum.jsonl", 105) for text in group]
    quote = next(text for text in bullets if text.endswith('problem," the spokeswoman added.'))
    assert quote.startswith("The Ministry of Justice said"), bullets


def test_the_body_is_read_where_the_sentence_before_opens_on_it() -> None:
    bodied = _QUOTE.replace("the spokeswoman", "the [Scottish Government] spokeswoman")
    assert _bodied("The Scottish Government said crews worked through the night.") == bodied
    assert _bodied("A Scottish Government spokeswoman said crews worked through the night.") == bodied
    assert _bodied("A Scottish Government spokesman said crews worked through the night.") is None  # another role
    assert _bodied("Crews from the Scottish Government worked through the night.") is None  # no body as subject
    assert _bodied("Mr John Swinney said crews worked through the night.") is None  # a person, no body
    said = [Point(text="The Scottish Government met.", citations=[1])]
    assert _bodied("The Scottish Government said crews worked through the night.", said) is None  # the group says


def test_the_body_is_read_back() -> None:
    text = '"We will fight it," the spokesman said.'
    bullet = body_before_role(text, text.index("spokesman"), "Home Office")
    assert bullet == '"We will fight it," the [Home Office] spokesman said.'
    found = BODY_BEFORE_ROLE.search(bullet)
    assert found is not None and found.group("who") == "Home Office"
    assert BODY_BEFORE_ROLE.search('"We will fight it," the [Home Office] official said.') is None


def test_verify_reads_the_sentence_and_finds_the_body_cited() -> None:
    article = "\n\n".join(
        [
            "The Home Office said it had received the letter on Monday and would reply.",
            '"We will look closely at every point that the families have raised," the spokesman said.',
        ]
    )
    document = document_from_text(article, origin="letter.txt")
    index = SourceIndex(document)
    first, second = (segment.n for segment in document.segments)
    bullet = '"We will look closely at every point that the families have raised," the [Home Office] spokesman said.'
    assert find_quotation(Claim(bullet, index), index, [first, second]) is not None
    assert check_point(Point(text=bullet, citations=[first, second]), index).label is VerdictLabel.supported
    assert find_quotation(Claim(bullet, index), index, [second]) is None  # no cited paragraph names it
