"""English group titles that name what most of the group's bullets say: a word two bullets or
more share in some form over an item of a list or an aside one bullet makes."""

from __future__ import annotations

import re

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.en_title_choice import bare_name, en_group_title, families, family, in_passing
from conftest import shared_article

OBESITY = [
    "With figures showing that almost one in four of the population is obese, Britain was 111th out of 133.",
    "Living standards are driven down by poor health and fitness, particularly obesity.",
    "The table rates medical care and everyday nutrition; on housing and energy standards, on access to "
    "education, and on personal rights.",
]


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("obese", "obesity"), True),
        (("rankings", "ranked"), True),
        (("motorbikes", "motorbike"), True),
        (("Palace’s", "palace"), True),
        (("contract", "control"), False),
    ],
)
def test_one_family_for_the_forms_of_a_word(words: tuple[str, str], same: bool) -> None:
    assert (family(words[0]) == family(words[1])) is same


def test_a_word_two_bullets_share_displaces_a_list_item() -> None:
    texts = [" ".join(OBESITY)]
    used: set[str] = {"energy standards"}
    title = en_group_title(OBESITY, texts, texts, used, "Energy Standards")
    assert title == "Obesity"
    assert used == {"obesity"}  # the title chosen, in place of the one it displaced


def test_a_phrase_a_bullet_says_in_its_own_right_stays() -> None:
    bullets = [
        "Bayer Leverkusen defender Emir Spahic was handed a three-game ban on Tuesday.",
        "The defender said he regretted the clash with stewards.",
        "Leverkusen's defender will miss the cup tie.",
    ]
    used = {"three-game ban"}
    # "defender" is in every bullet, but a role says who, and the ban is what the group reports
    assert en_group_title(bullets, bullets, bullets, used, "Three-game Ban") == "Three-game Ban"


def test_a_word_alone_never_displaces_a_phrase_a_bullet_says() -> None:
    bullets = [
        "The makers of Saving Mr Banks have bought the rights to the book.",
        "Production firm Essential 11 USA, the makers of the hit, is working on a script.",
        "A number of 'A-list' Hollywood stars were queuing up for roles.",
    ]
    used = {"hollywood stars"}
    assert en_group_title(bullets, bullets, bullets, used, "Hollywood Stars") == "Hollywood Stars"


def test_no_modal_nor_sentence_opener_titles_a_group() -> None:
    bullets = [
        "Millwall will be relegated if they lose.",
        "Preston will be promoted if they win.",
        "Rotherham will stay up if Wigan fail to win.",
    ]
    assert "will" not in families(en_group_title(bullets, bullets, bullets, set(), ""))


def test_a_phrase_said_in_the_bullets_own_words_displaces_a_quotes_phrase() -> None:
    bullets = [
        "Father Arron Cutugno said he was 'disgusted' by the choice to play music during the silence.",
        "'Everything was great until Ivy decided to start playing music three quarters of the way through,' "
        "one guest wrote.",
        "The club apologised for the music on Anzac Day.",
    ]
    used = {"quarters of the way"}
    assert en_group_title(bullets, bullets, bullets, used, "Quarters of the Way") == "Music"


def test_a_quotes_phrase_stays_where_no_bullet_says_another_thing() -> None:
    bullets = [
        'And, finally, "Lose some weight, baby girl."',
        "McHenry knew she was being taped.",
        "McHenry has since apologised.",
    ]
    assert en_group_title(bullets, bullets, bullets, {"baby girl"}, "Baby Girl") == "Baby Girl"


def _article(index: int) -> str:
    return shared_article("en-cnndm.jsonl", index)


@pytest.mark.parametrize(
    ("index", "gone", "title"),
    [
        (155, "Energy Standards", "Obesity"),  # UK social progress ranking: two of three bullets on obesity
        (7, "Civil War", "Scooter"),  # Vietnam motorbike photos: the war is one item of a career
        (187, "Quarters of the Way", "Anzac Day Ceremony"),  # music in a minute's silence: the other a guest's words
    ],
)
def test_real_briefs_lose_the_aside_title(index: int, gone: str, title: str) -> None:
    document = document_from_text(_article(index), origin=f"en-cnndm-{index}", kind="text")
    titles = [group.title for group in draft_extractive(document).groups[1:]]
    assert gone not in titles and title in titles


@pytest.mark.parametrize(
    ("phrase", "bullet", "passing"),
    [
        ("energy standards", OBESITY[2], True),  # an item of "on housing and energy standards, on access to ..."
        ("obesity", OBESITY[1], False),
        ("civil war", "He covered the civil war in Libya, the revolution in Egypt, the tsunami and more.", True),
        ("Lee Thompson", "Lee Thompson covered the civil war in Libya, the revolution in Egypt and more.", False),
        ("Hanoi", "The photographer – who lives in Hanoi – took the pictures.", True),
    ],
)
def test_a_phrase_said_in_a_list_or_an_aside_is_said_in_passing(phrase: str, bullet: str, passing: bool) -> None:
    assert in_passing(phrase, bullet) is passing


@pytest.mark.parametrize(
    ("subject", "text", "bare"),
    [
        ("Defender Emir Spahic", "Bayer Leverkusen defender Emir Spahic could face a ban.", "Emir Spahic"),
        ("Blues Legend B.B. King", "Blues legend B.B. King was hospitalized.", "B.B. King"),
        ("Manchester City", "Manchester City lost 2-1.", "Manchester City"),  # a name alone stays
        ("Highest Standards of Prosperity", "the highest standards of prosperity", "Highest Standards of Prosperity"),
        ("Scientologist John Travolta", "Scientologist John Travolta is not a fan.", "Scientologist John Travolta"),
    ],
)
def test_the_overview_names_the_person_without_their_role(subject: str, text: str, bare: str) -> None:
    assert bare_name(subject, [text]) == bare


def test_the_overview_names_whom_the_second_sentence_is_about() -> None:
    # "The 99th qualifier in the field of 99 ... Paul Casey was at home in Arizona"
    document = document_from_text(_article(88), origin="en-cnndm-88", kind="text")
    assert draft_extractive(document).groups[0].title.endswith("Paul Casey")


def test_a_term_in_quotation_marks_is_the_bullets_own() -> None:
    bullets = [
        "Giggs was asked whether he would pursue an 'exceptional hardship' application to keep his licence.",
        "He declined but said he would lose his job as a driver with an agency.",
        "He said: 'I work for an agency and I will lose it all.'",
    ]
    title = en_group_title(bullets, bullets, bullets, {"exceptional hardship"}, "Exceptional Hardship")
    assert title == "Exceptional Hardship"


def test_a_thing_a_whole_bullet_more_say_displaces_a_reported_figure() -> None:
    bullets = [
        "A half-cent increase in the local sales tax is projected to raise about $185 million a year.",
        "The budget director said the tax would cost a typical household about $96 a year.",
        "Supporters pointed to ridership figures they say make the case on their own.",
        "The next bus is full, too, said the transit chief.",
    ]
    used = {"ridership figures"}
    # "the tax" names the sales tax again: two bullets to the figures' one
    assert en_group_title(bullets, bullets, bullets, used, "Ridership Figures") == "Sales Tax"


def test_an_apposition_is_found_without_a_pattern_of_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from citebrief.text.title_choice import _apposition

    def no_compiling(*_: object) -> None:
        raise AssertionError("a pattern was compiled")

    monkeypatch.setattr(re, "_compile", no_compiling)  # a name of a new article compiles nothing
    assert _apposition("Wil", "His newborn son, Wil, had a fever.")
    assert _apposition("Wil", "Wil Smith, Wil. and his son, Wil.")  # its last place is one
    assert not _apposition("Wil", "His newborn Son, Wil, had a fever.")  # no lower-case word before
    assert not _apposition("Wil", "x_cafe, Wil, opened")  # _ is a word character: no \b before "cafe"
    assert not _apposition("Wil", "his son, Wilson, had")
    assert not _apposition("Wil", "his son, Wil")


def test_credits_and_asides_kept_for_the_brief_answer_as_read_afresh() -> None:
    """`bullet_credits` and `in_passing` keep their answers for the brief: each answers as the
    reading done afresh, and the list of credits is the caller's own (changing it changes
    nothing kept)."""
    from citebrief.text import en_title_choice
    from citebrief.text.brief_memo import new_brief
    from citebrief.text.chunks import Chunk
    from citebrief.text.en_title_choice import bullet_credits, heard

    new_brief()
    bullets = [
        "The council approved a half-cent sales tax on Monday.",
        "Supporters said the tax would pay for roads.",
        "Opponents - among them the mayor - called the levy unfair.",
    ]
    said = [heard(b) for b in bullets]
    chunk = Chunk("sales tax", ("sales", "tax"), "np", False, (False, False))
    afresh = list(en_title_choice._credits.__wrapped__(chunk, tuple(said), tuple(bullets)))  # type: ignore[attr-defined]
    first = bullet_credits(chunk, said, bullets)
    assert first == afresh and first[0] == 1.0 and first[2] == 0.0
    first[0] = 0.0
    assert bullet_credits(chunk, said, bullets) == afresh
    for phrase, bullet in [("the mayor", bullets[2]), ("sales tax", bullets[0])]:
        assert in_passing(phrase, bullet) is in_passing.__wrapped__(phrase, bullet)  # type: ignore[attr-defined]
    assert in_passing("the mayor", bullets[2]) and not in_passing("sales tax", bullets[0])
    new_brief()
