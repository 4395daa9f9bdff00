"""A bullet whose first mention of a person is a bare surname the brief never introduces takes the
role the article gives them in brackets before it ("[defense attorney Judy] Clarke …",
`en_name_intros`); verify reads it without the bracket, the bracket's words in a cited paragraph."""

from __future__ import annotations

from tests.helpers import verdict_on

from citebrief.engines.en_name_intros import (
    _introduction,
    _role,
    _role_after,
    _words,
    sole_given,
    stands_alone,
    words_before,
)
from citebrief.model import VerdictLabel
from conftest import shared_groups


def _bullets(name: str, index: int) -> list[str]:
    return [text for group in shared_groups(name, index) for text in group]


def test_a_bare_surname_takes_the_role_of_its_introduction() -> None:
    # en-cnndm 135: "Tsarnaev's defense attorney Judy Clarke conceded …" and "CNN legal analyst Paul
    # Callan said …" stand in no bullet; the bullets said "Clarke" and "Callan" only
    bullets = _bullets("en-cnndm.jsonl", 135)
    assert any(
        text.startswith("[Tsarnaev's defense attorney Judy] Clarke tried to convince jurors") for text in bullets
    )
    assert any("[CNN legal analyst Paul] Callan said about Clarke" in text for text in bullets)
    # en-xsum 70: "Aberdeen chief executive Duncan Fraser" before "Fraser added: …"
    assert any("[Aberdeen chief executive Duncan] Fraser added:" in text for text in _bullets("en-xsum.jsonl", 70))
    # en-cnndm 112: the role set off by a comma, "Altice's attorney, Ed Brass, said …"
    assert any(
        text.startswith("[Altice's attorney, Ed] Brass asked the judge") for text in _bullets("en-cnndm.jsonl", 112)
    )


def test_a_bullet_that_says_who_already_is_left_alone() -> None:
    # en-cnndm 37: "Warner, Brenda Burns's attorney, said …": the bullet gives her role itself
    assert not any("[attorney" in text for text in _bullets("en-cnndm.jsonl", 37))
    # en-cnndm 102: "Frida Kahlo de Rivera": Rivera ends a longer name, not Diego Rivera's surname
    assert not any("[artist" in text for text in _bullets("en-cnndm.jsonl", 102))


def test_the_role_is_a_known_one_read_back_from_the_given_name() -> None:
    assert _role("Tsarnaev's defense attorney ") == "Tsarnaev's defense attorney"
    assert _role("Altice's attorney, ") == "Altice's attorney,"
    assert _role("CNN legal analyst ") == "CNN legal analyst"
    assert _role("when prop Ashton Sims took hooker ") == "hooker"  # "took" ends it
    assert _role("The chief executive ") == "chief executive"  # "The" opens the sentence, no body
    assert _role("gave an early impression ") is None  # no role's head
    assert _role("said ") is None
    assert _role("attorney") is None  # no space: the name is glued to it


def test_a_role_set_off_after_the_whole_name_comes_too() -> None:
    # en-cnndm 109: "said Judith Enck, an EPA regional administrator." and "Dr. Sanjay Gupta, CNN's
    # chief medical correspondent, said …" before the bullets' bare "Enck said" and "Gupta said"
    bullets = _bullets("en-cnndm.jsonl", 109)
    assert any("[EPA regional administrator Judith] Enck said" in text for text in bullets)
    assert any("[CNN's chief medical correspondent Sanjay] Gupta said" in text for text in bullets)


def test_the_role_after_a_name_is_a_known_one_and_nothing_more() -> None:
    assert _role_after(", an EPA regional administrator.") == "EPA regional administrator"
    assert _role_after(", CNN's chief medical correspondent, said") == "CNN's chief medical correspondent"
    assert _role_after(", the defense attorney") == "defense attorney"  # to the sentence's end
    assert _role_after(", who has given almost £600,000 to the party") is None  # a clause, no role
    assert _role_after(", a former attorney who sued them.") is None  # the role goes on into a clause
    assert _role_after(" said the attorney.") is None  # not set off by a comma
    intro = _introduction(["It was banned, said Judith Enck, an EPA administrator.", "Enck said."], "Enck")
    assert intro == ("Judith", 0, "EPA administrator")


def test_one_person_only_is_introduced() -> None:
    texts = ["Defense attorney Judy Clarke spoke first.", "Clarke said little.", "Clarke later left."]
    assert _introduction(texts, "Clarke") == ("Judy", 0, "Defense attorney")  # "Defense": the sentence's start
    # a capitalized word before the surname reads as another given name: unsure, left alone
    assert _introduction([*texts, "Later Clarke left."], "Clarke") is None
    # two given names before the surname: two people, no introduction
    two = [*texts, "Her brother, lawyer Tom Clarke, agreed."]
    assert _introduction(two, "Clarke") is None
    assert _introduction(["Clarke said little."], "Clarke") is None  # never written whole


def test_the_surname_stands_alone_where_it_opens_or_follows_a_mark_or_a_small_word() -> None:
    text = "Clarke said the younger man, Clarke said, followed ex-Sale hooker Diamond and said Snoussi"
    assert stands_alone(text, 0, 6)
    assert stands_alone(text, text.index("Clarke said,"), text.index("Clarke said,") + 6)
    assert not stands_alone(text, text.index("Diamond"), text.index("Diamond") + 7)  # "hooker" says who
    assert stands_alone(text, text.index("Snoussi"), text.index("Snoussi") + 7)
    assert not stands_alone("Judy Clarke Smith", 5, 11)  # a capitalized word after: a given name


def test_the_role_table_has_its_four_kinds_in_lower_case() -> None:
    words = _words()
    assert set(words) == {"head", "modifier", "before", "not_name"}
    assert all(word == word.casefold() for kind in ("head", "modifier", "before") for word in words[kind])
    assert all(word[:1].isupper() for word in words["not_name"])
    assert {"attorney", "analyst", "chairman", "superintendent"} <= words["head"]
    assert "took" not in words["head"] | words["modifier"]


PAGE = [
    "Tsarnaev's defense attorney Judy Clarke conceded the case.",
    '"She is climbing the Mount Everest of death penalty cases," Callan said about Clarke.',
]


def test_verify_reads_the_bullet_without_the_role_and_the_role_in_a_cited_paragraph() -> None:
    quoted = '"She is climbing the Mount Everest of death penalty cases," [defense attorney Judy] Clarke said'
    label, reason = verdict_on(PAGE, quoted.replace("Clarke said", "Callan said about Clarke"), [2], "Trial")
    assert label is VerdictLabel.supported, reason
    text = "[defense attorney Judy] Clarke conceded the case."
    assert verdict_on(PAGE, text, [1], "Trial")[0] is VerdictLabel.supported
    assert verdict_on(PAGE, text.replace("Judy", "Jane"), [1], "Trial")[0] is not VerdictLabel.supported


def test_a_sentence_cut_before_the_name_is_read_on_from_the_one_before() -> None:
    # en-cnndm 44: "… city schools superintendent" | "Chuck Ledbetter announced …" (the page's line
    # break cut the sentence); the brief's "Ledbetter also apologized …" never said who he was
    assert any(
        text.startswith("[superintendent Chuck] Ledbetter also apologized") for text in _bullets("en-cnndm.jsonl", 44)
    )
    texts = ["It was said by city schools superintendent", "Chuck Ledbetter on Tuesday.", "Ledbetter said."]
    assert words_before(texts, 1, 0, [False, True, True]) == "It was said by city schools superintendent "
    assert words_before(texts, 1, 0, [False, False, True]) == ""  # another paragraph: not read on
    assert words_before(["He left.", *texts[1:]], 1, 0, [False, True, True]) == ""  # a sentence of its own
    assert _introduction(texts, "Ledbetter", [False, True, True]) == ("Chuck", 1, "superintendent")
    assert _introduction(texts, "Ledbetter") is None


def test_a_capitalized_role_before_a_surname_is_no_given_name() -> None:
    # en-cnndm 44: "Superintendent Ledbetter said …" beside "Chuck Ledbetter": one person
    assert sole_given(["Chuck Ledbetter spoke.", "Superintendent Ledbetter said."], "Ledbetter") == ("Chuck", 0, 0)
