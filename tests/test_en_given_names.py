"""A bullet whose first mention of a person is "Mr. Hatfield" or a bare surname the article writes
whole elsewhere, with no known role, takes the given name in brackets ("Mr. [Josh] Hatfield",
`en_given_names`); verify reads it without the bracket, the given name in a cited paragraph."""

from __future__ import annotations

from dataclasses import replace

from tests.helpers import verdict_on

from citebrief.engines.en_given_names import _plural_of, _whole_alone, given_name_en
from citebrief.engines.scored import Scored
from citebrief.model import VerdictLabel
from conftest import shared_groups
from scored_builder import zh_scored


def _bullets(name: str, index: int) -> list[str]:
    return [text for group in shared_groups(name, index) for text in group]


def test_a_titled_surname_takes_its_given_name() -> None:
    # en-cnndm 59: the brief's "Mr. Hatfield" never said who he was (a blind reader: "never introduce Mr. Hatfield")
    assert any("as Mr. [Josh] Hatfield calls it" in text for text in _bullets("en-cnndm.jsonl", 59))
    # en-xsum 94: "Finance Secretary John Swinney" stands in no bullet
    assert any(text.startswith("Mr [John] Swinney said the UK government") for text in _bullets("en-xsum.jsonl", 94))


def test_a_bare_surname_with_no_known_role_takes_its_given_name() -> None:
    # en-cnndm 139: "… is mother-of-two, Malenda Meacham." is in no bullet
    assert any(text.startswith("[Malenda] Meacham previously told") for text in _bullets("en-cnndm.jsonl", 139))
    # en-xsum 99: "… routine victories for 10th seed Tomas Berdych and …"
    assert any(text.startswith("[Tomas] Berdych beat") for text in _bullets("en-xsum.jsonl", 99))


def test_a_whole_name_cut_from_a_bullet_does_not_introduce_them() -> None:
    """The brief says who a person is only in what its bullets say, not in the rest of a sentence
    a bullet was cut from (`Scored.trimmed`): a glued sentence's first clause says no name."""
    # en-cnndm 106: "The Tories have nudged ahead … polling day" is cut from a sentence glued on to
    # "… Multimillionaire Tory donor Peter Hall, who …"; the brief's "Mr Hall warned …" said no more
    hall = next(text for text in _bullets("en-cnndm.jsonl", 106) if "Hall warned" in text)
    assert hall.startswith("Mr [Peter] Hall warned that Cameron's mantra")
    # en-cnndm 38: "Crystal Palace's XI … £17m, but … £40m signing Eliaquim Mangala …" is no longer cut before its
    # "but" turn (`en_cut_ends.before_turn`), so the bullet before names him whole and the next needs no bracket
    palace = _bullets("en-cnndm.jsonl", 38)
    assert "£40m signing Eliaquim Mangala" in palace[1]
    assert palace[2].startswith("Mangala joined from Porto in August last year")


def _cut(texts: list[str], first: str) -> Scored:
    """An English `Scored` of `texts`, one paragraph, its first sentence's bullet cut to `first`."""
    scored = replace(zh_scored([texts]), lang="en")
    scored.trimmed[0] = first
    return scored


def test_a_trimmed_sentence_and_a_partys_word() -> None:
    # a bullet cut from a sentence glued to the next: the name it cut off introduces no one
    glued = "Voters turned away, but it may be too late Ann Kemp, who gave much, spoke"
    texts = [glued, "The Tories gained ground.", "Mrs Kemp warned that the party was losing."]
    found = given_name_en(_cut(texts, "Voters turned away"), 2, texts[2], [], [0, 2])
    assert found == ("Mrs [Ann] Kemp warned that the party was losing.", 1)
    # "Tory", which the article writes as "the Tories": a party's word, not the surname of "Multimillionaire Tory"
    texts[0] = "Voters turned away, to make him Tory leader Multimillionaire Tory donor Ann Kemp, who gave much, spoke"
    bullet = "The minister faced criticism as Tory donors rounded on the party"
    assert given_name_en(_cut([*texts, bullet], "Voters turned away"), 3, bullet, [], [0, 3]) is None
    assert _plural_of("Tory", texts) and not _plural_of("Kemp", texts)
    assert not _plural_of("Kennedy", ["The Kennedys came."])


def test_a_place_a_title_or_another_persons_name_is_left_alone() -> None:
    # en-xsum 186: "a community known as Little Britain" names no person "Britain"
    assert not any("[Little]" in text for text in _bullets("en-xsum.jsonl", 186))
    # en-cnndm 161: "Why Turkey won't say the G-word" opens a sentence: "Why" no given name
    assert not any("[Why]" in text for text in _bullets("en-cnndm.jsonl", 161))
    # en-xsum 95: "Natural Resources Wales": a body's name
    assert not any("[Resources]" in text for text in _bullets("en-xsum.jsonl", 95))
    # en-xsum 188: the sentence writing "Ingrid Franov" says "not a typical Ikea customer": cited for
    # her name, it would read as denying her words in a later bullet (now that sentence is a bullet of
    # its own, and her bare '"This is really talking to customers"' gives way to it: `en_weak.bare_verdict`)
    assert not any("Ms [Ingrid] Franov" in text for text in _bullets("en-xsum.jsonl", 188))
    # en-cnndm 163: "Ted Cruz's wife, Heidi. Mrs Cruz, …": Ted is her husband
    assert not any("[Ted]" in text for text in _bullets("en-cnndm.jsonl", 163))


def test_the_whole_name_stands_alone() -> None:
    sentence = "The hosts had a rousing finish as Stuart Broad dismissed him."
    at = sentence.index("Stuart")
    assert _whole_alone(sentence, at, len("Stuart Broad"), sentence[:at], False)
    sentence = "Sat there is Scotsman Mark Connor."  # "Mark" is a given name, "Scotsman" none
    at = sentence.index("Scotsman")
    assert not _whole_alone(sentence, at, len("Scotsman Mark"), sentence[:at], True)
    for before in ("", "the Beale ", "until 1998 ", "a community known as ", "concerts called "):
        assert not _whole_alone(f"{before}Little Britain.", len(before), len("Little Britain"), before, False)
    assert _whole_alone("Why Turkey said.", 0, len("Why Turkey"), "", True)  # "Mr Turkey": the title vouches


PAGE = [
    "Josh Hatfield, a regular, says the treatment works.",
    "At $100 a pop, that's some pretty pricey skin 'maintenance', as Mr. Hatfield calls it.",
]


def test_verify_reads_the_bullet_without_the_given_name_and_the_name_in_a_cited_paragraph() -> None:
    text = "At $100 a pop, that's some pretty pricey skin 'maintenance', as Mr. [Josh] Hatfield calls it"
    label, reason = verdict_on(PAGE, text, [1, 2], "Skin")
    assert label is VerdictLabel.supported, reason
    assert verdict_on(PAGE, text.replace("Josh", "Tom"), [1, 2], "Skin")[0] is not VerdictLabel.supported


def test_an_o_or_mc_surname_takes_its_given_name() -> None:
    # "O'Carroll", "McGowan": once read as "O" and "Mc", words of no name, they took no given name
    texts = ["Voters turned away as Ann O'Carroll and Tom McGowan spoke.", "The Tories gained ground."]
    for bullet, named in [
        ("Mrs O'Carroll warned that the party was losing.", "Mrs [Ann] O'Carroll warned"),
        ("Mr McGowan warned that the party was losing.", "Mr [Tom] McGowan warned"),
    ]:
        found = given_name_en(_cut([*texts, bullet], "Voters turned away"), 2, bullet, [], [0, 2])
        assert found is not None and found[0].startswith(named), found
