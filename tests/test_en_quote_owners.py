"""An English bullet that is a line of someone's quotation with no speaker in sight opens on the
speaker's name in brackets (`en_quote_owners`); where the speaker is unsure it is left alone."""

from __future__ import annotations

from conftest import shared_groups


def _bullets(name: str, index: int) -> list[str]:
    return [text for group in shared_groups(name, index) for text in group]


def test_a_quotations_line_opens_on_its_speaker() -> None:
    # en-cnndm 33: "'(It) gives you an opportunity …,' Mrs. Obama said." right before the line, in
    # no bullet of its group
    assert any(
        text.startswith("[Mrs. Obama said:] 'I encourage people to go check it out")
        for text in _bullets("en-cnndm.jsonl", 33)
    )
    # en-xsum 108: an unmarked middle line of PC Siobhan Pellett's quotation
    assert any(
        text.startswith("[PC Siobhan Pellett said:] We are asking people to be very, very careful")
        for text in _bullets("en-xsum.jsonl", 108)
    )
    # en-cnndm 138: the speaker's sentence is glued to a picture caption ("King, pictured with
    # Clinton in 2001, said"), no bullet of its own
    assert any(text.startswith("[King said:] 'Her entire career") for text in _bullets("en-cnndm.jsonl", 138))
    # en-xsum 42: '"I was doing some clearing out …," Charnley said with a wry smile.' and one more
    # line of his before it; the article never writes his first name
    assert any(text.startswith("[Charnley said:] I'm used to running") for text in _bullets("en-xsum.jsonl", 42))


def test_unsure_speakers_are_left_alone() -> None:
    # en-cnndm 22: the quotation's source follows it ("…', the Guardian Australia reported"); the
    # name read back (Harley Levanic) is not whose comment it is (Mr James's)
    assert any(text.startswith("'See yas tomoz boys!!!") for text in _bullets("en-cnndm.jsonl", 22))
    # en-xsum 16: "He said: …" two sentences up, the sentence before it naming no one: the He is
    # Darren Campbell, not the Warner named further back
    assert not any("[Warner said:]" in text for text in _bullets("en-xsum.jsonl", 16))
    # en-cnndm 106: "He said …" after a sentence that opens on "Multimillionaire Tory donor Peter
    # Hall, …": no person the sentence opens on, no bracket
    assert not any(text.startswith("[") for text in _bullets("en-cnndm.jsonl", 106))
    # en-xsum 88: the bullet, carried to its quotation's end, says '…," she said' itself
    assert not any(text.startswith("[") and '," she said' in text for text in _bullets("en-xsum.jsonl", 88))
