"""An English theme bullet that goes on with a speaker's words says the unchosen sentence naming
the speaker instead, and the overview's quotation of a speaker opens the group of the words that
follow it (`en_speaker_swaps.py`); a bullet shown with its speaker's sentence joined on, or one
after a sentence naming no speaker, stays."""

from __future__ import annotations

from citebrief.engines.en_quote_follows import own_speaker
from citebrief.engines.en_speaker_swaps import speaker_key as _speaker
from conftest import load_records


def test_a_sentence_names_its_speaker_by_name_not_by_pronoun() -> None:
    assert _speaker("Ian Taylor, of the Alliance of British Drivers, said: 'I think the judges are out of touch.'")
    assert _speaker("'It wasn't something any of my other kids did,' Lawrence told ABC.") == "Lawrence"
    assert not _speaker("'It wasn't something any of my other kids did,' he told ABC.")
    assert not _speaker("'An £85 penalty may not seem much to a rich lawyer.'")  # words going on
    assert not _speaker("Motoring groups reacted in fury to the decision.")  # no words said


def test_a_quotation_names_its_speaker_after_it() -> None:
    assert own_speaker("'It was a great learning experience but very tough,' said the 2014 Amateur champion.")
    assert own_speaker("'The team is in good shape,' forward Pedro told reporters.")
    assert not own_speaker("'It was a great learning experience,' he said.")
    assert not own_speaker("'Every time you get to play with the world's best you'll take something away.")


def _groups(record_id: str) -> list[list[str]]:
    from citebrief.ingest import document_from_text
    from citebrief.pipeline import draft

    for record in load_records("en-cnndm.jsonl"):
        if record["id"] == record_id:
            brief = draft(document_from_text(record["article"], origin="x", kind="text"))
            return [[p.text for p in group.points] for group in brief.groups]
    raise AssertionError(f"no record {record_id}")


def test_a_quotation_going_on_says_its_speakers_sentence() -> None:
    """A parking-fine ruling: "'An £85 penalty may not seem much to a rich lawyer …'" stood under
    "Motorists" with no one saying it; the sentence naming Ian Taylor says his point instead."""
    bullets = [t for group in _groups("cnndm_bc57e520b34b77aa4c199d10bf64b58767b588ea") for t in group]
    assert any(t.startswith("Ian Taylor, of the Alliance of British Drivers, said") for t in bullets)
    assert not any(t.startswith("'An £85 penalty") for t in bullets)


def test_the_overviews_speaker_opens_the_group_of_their_words() -> None:
    """A golfer's Masters debut: the overview quoted "the 2014 Amateur champion" and the next
    group opened on more of his words, "'Every time you get to play with the world's best …'"."""
    groups = _groups("cnndm_a1082205036968a415aa0bca8d41e362469ede84")
    assert not any("said the 2014 Amateur champion" in t for t in groups[0])
    for group in groups[1:]:
        opening = [k for k, t in enumerate(group) if t.startswith("'Every time you get to play")]
        if opening:
            assert "said the 2014 Amateur champion" in group[opening[0] - 1]
            break
    else:
        raise AssertionError("the golfer's words are no bullet")
