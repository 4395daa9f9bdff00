"""The guards that let caption rules skip most candidate words decide as the rules did without
them. Each rule's old form is kept here and both are asked of every capitalised word (or word
opening on a quote) of every paragraph of the shared English articles (en-cnndm and en-xsum),
and of cases written so that each rule fires, so a guard stricter than its rule fails here."""

from __future__ import annotations

import functools
import re

import pytest

from citebrief.ingest import document_from_text
from citebrief.text import caption_runons as runons
from citebrief.text import caption_runons2 as runons2
from citebrief.text import caption_seams, captions
from citebrief.text import caption_shapes as shapes
from citebrief.text.caption_pronoun_ends import cut_after_pronoun
from conftest import load_records

Case = tuple[list[str], int, str]


def _letter_word_before(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]-[a-z]{2,}", word.strip("'’‘\"“”()[],;.")))


def _new_clause_after_setting_before(words: list[str], index: int, text: str) -> bool:
    if shapes.role_and_speaker(words, index):
        return shapes.after_setting(words, index)
    if not shapes.plural_clause(words, index) or not shapes.after_setting(words, index, one_word=True):
        return False
    place = words[index - 1]
    return shapes._YEAR.fullmatch(place) is not None or bool(
        re.search(rf"\b{re.escape(place)}\b(?! {words[index]})", text)
    )


def _cut_here_before(words: list[str], index: int, start: int, text: str) -> bool:
    verb = captions._finite_verb
    return (
        caption_seams.cut_here(words, index, start, verb)
        or cut_after_pronoun(words, index, text, verb)
        or runons2.former_title(words, index, verb)
        or runons2.the_name_noun(words, index, verb)
        or runons2.name_after_time(words, index, start, text, verb)
        or runons2.speaker_after_name(words, index, text)
        or runons2.capital_lead_in(words, index)
    )


def _role_and_speaker_before(words: list[str], index: int) -> bool:
    verbs = (w.rstrip(":,") for w in words[index + 3 : index + 7])
    if not words[index][:1].isupper() or not any(verb in shapes._SAYING for verb in verbs):
        return False
    position = index
    while position < len(words) and position - index < 3 and shapes._role_word(words[position]):
        position += 1
    named = position
    while position < len(words) and position - named < 3 and words[position][:1].isupper():
        if not words[position].isalpha() or words[position].lower() in shapes._ROLE_WORDS:
            return False
        position += 1
    if named == index or position - named < 2 or position >= len(words):
        return False
    return words[position].rstrip(":,") in shapes._SAYING


@functools.lru_cache(maxsize=1)
def _shared_cases() -> tuple[Case, ...]:
    cases = []
    for name in ("en-cnndm.jsonl", "en-xsum.jsonl"):
        for record in load_records(name):
            document = document_from_text(record["article"], origin="test", kind="text")
            for segment in document.segments:
                words = segment.text.split()
                cases += [
                    (words, index, segment.text)
                    for index in range(1, len(words))
                    if words[index][:1].isupper() or words[index][:1] in "‘'\"“"
                ]
    return tuple(cases)


_WRITTEN = [
    "The bank was fined in 2012 Chief executive Ross McEwan said: 'We are sorry' today",  # role and speaker
    "The war went on in Syria Sparks fly from the sword as Syria burns",  # a plural after a place
    "The club met at Old Trafford Park Chief executive Ross McEwan said: 'We are sorry' today",  # three words back
    "Prescott volunteered under the plan Former Deputy Prime Minister John Prescott offered help",
    "He was heard on the Today programme The Labour party raised concerns about it",
    "Sandown won a home game before the end of the season Sandown initially tried to sell",
    "He wrote to his daughter Princess Eugenie Sarah added: 'We think Sarah is right'",
    "The group grew her spread According to the Daily Times, the group said",
    "Ronnie O'Sullivan is spoken to by the referee against Matthew Stevens O'Sullivan is told off",
    "He had chest X-rays taken and T-shirts printed for the Nurse B hearing",
]


def _written_cases() -> list[Case]:
    return [(s.split(), k, s) for s in _WRITTEN for k in range(1, len(s.split())) if s.split()[k][:1].isupper()]


def _cases() -> list[Case]:
    return [*_written_cases(), *_shared_cases()]


def test_the_written_cases_fire_each_rule() -> None:
    """Each guarded rule fires on some written case: the comparisons below can fail."""
    cases = _written_cases()
    assert any(_new_clause_after_setting_before(w, k, t) for w, k, t in cases)
    assert any(_cut_here_before(w, k, 0, t) for w, k, t in cases)
    assert any(captions._subject_again(w, k, 0, t) for w, k, t in cases)
    assert any(_letter_word_before(w[k]) for w, k, _ in cases)
    assert len(_shared_cases()) > 20_000  # the shared articles are there and read


@pytest.mark.parametrize(
    ("rule", "before"),
    [
        (shapes.new_clause_after_setting, _new_clause_after_setting_before),
        (
            lambda w, k, t: runons2.cut_here(w, k, 0, t, captions._finite_verb),
            lambda w, k, t: _cut_here_before(w, k, 0, t),
        ),
        (
            lambda w, k, t: runons2.cut_here(w, k, max(k - 5, 0), t, captions._finite_verb),
            lambda w, k, t: _cut_here_before(w, k, max(k - 5, 0), t),
        ),
        (lambda w, k, t: shapes.role_and_speaker(w, k), lambda w, k, t: _role_and_speaker_before(w, k)),
        (lambda w, k, t: shapes.letter_word(w[k]), lambda w, k, t: _letter_word_before(w[k])),
        (lambda w, k, t: shapes.letter_word(w[k - 1]), lambda w, k, t: _letter_word_before(w[k - 1])),
    ],
    ids=["new_clause_after_setting", "cut_here", "cut_here_mid_piece", "role_and_speaker", "letter_word", "before"],
)
def test_a_guarded_rule_decides_as_before_on_every_shared_capitalised_word(rule: object, before: object) -> None:
    assert callable(rule) and callable(before)
    differ = [" ".join(w[max(0, k - 3) : k + 6]) for w, k, t in _cases() if rule(w, k, t) != before(w, k, t)]
    assert differ == []


def test_subject_again_needs_a_capitalised_word_before() -> None:
    """captions._is_cut asks `_subject_again` only after a word that opens on a capital."""
    found = [
        " ".join(w[max(0, k - 3) : k + 6])
        for w, k, t in _cases()
        if not captions._bare(w[k - 1])[:1].isupper()
        for start in (0, max(k - 5, 0))
        if captions._subject_again(w, k, start, t)
    ]
    assert found == []


_OLD_CANDIDATE = re.compile(r"(?<=[A-Za-z0-9'’)”])\s+(?=[A-Z‘'\"“])")
_OLD_STOP_BEFORE_MONTH = re.compile(
    r"(?<=[a-z0-9]\.)\s+(?=(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December) [A-Z][a-z])"
)


def _windows(text: str) -> list[tuple[int, int]]:
    """The whole text, each place a word starts or ends as `start`, and a few `end`s."""
    cuts = sorted(
        {0, len(text)} | {m.start() for m in re.finditer(r"\S+", text)} | {m.end() for m in re.finditer(r"\S+", text)}
    )
    return [(start, end) for start in cuts for end in {len(text), min(len(text), start + 40)} if start <= end]


def test_candidate_spaces_and_stops_before_a_month_are_the_lookbehind_patterns() -> None:
    """The spaces caption_cuts tries and the stops before a month: what the patterns that look
    behind at every place found, from any start (a stop or a word just before it counts)."""
    texts = [
        "The fire spread in 2016. May Pat Christie said. Then  ‘It was’ (Reuters) Police came",
        "He left U.S. May Smith joined at 2. June Brown said. the end. July Was",
        " \tLeading space. May Jones ran\u00a0Home",
    ]
    for name in ("en-cnndm.jsonl", "en-xsum.jsonl"):
        texts += [str(record["article"]) for record in load_records(name)[:60]]
    asked = 0
    for text in texts:
        for start, end in _windows(text) if len(text) < 200 else [(0, len(text)), (1, len(text)), (5, len(text) - 3)]:
            asked += 1
            old = [m.end() for m in _OLD_CANDIDATE.finditer(text, start, end)]
            assert runons.capital_spaces(text, start, end) == old, (text[start:end], start)
            old_month = [m.end() for m in _OLD_STOP_BEFORE_MONTH.finditer(text, start, end)]
            assert runons.stops_before_month(text, start, end) == old_month, (text[start:end], start)
    assert asked > 300
    assert runons.stops_before_month(texts[0], 0, len(texts[0]))  # "2016. May Pat" is found


def _colon(words: list[str], index: int, text: str) -> bool:
    return ":" in " ".join(words[index:])  # the rest of the text from the word on


_IS_CUT_GUARDS = {  # a rule `captions._is_cut` asks only where its guard holds
    "clause_opener": (
        lambda w, k, t: w[k] in shapes.CLAUSE_OPENERS,
        lambda w, k, t: shapes.clause_opener(w, k, captions.BEFORE_TITLE),
    ),
    "doubled_adverbial": (
        lambda w, k, t: w[k + 1 : k + 2] == ["by"],
        lambda w, k, t: shapes.doubled_adverbial(w, k, captions.BEFORE_TITLE),
    ),
    "title_label": (
        _colon,
        lambda w, k, t: shapes.title_label(
            " ".join(w), len(" ".join(w[:k])) + 1, len(" ".join(w)), w[k - 1], captions._NAME_INTRODUCERS
        ),
    ),
    "participle_opener": (
        lambda w, k, t: w[k].endswith("ing"),
        lambda w, k, t: runons.participle_opener(w, k, captions.BEFORE_TITLE),
    ),
    "opener_after_model": (lambda w, k, t: w[k] in ("In", "On"), lambda w, k, t: runons.opener_after_model(w, k)),
    "plural_after_thing": (
        lambda w, k, t: w[k].endswith("s") and w[k - 1][:1].isupper(),
        runons.plural_after_thing,
    ),
    "headline_role": (
        lambda w, k, t: w[k - 1][:1].isupper(),
        lambda w, k, t: runons.headline_role(w, k, captions._finite_verb),
    ),
}
_IS_CUT_WRITTEN = [
    "They cheered on representing the Philippines With the support of her fans, Ms Moon will sing",
    "It was shown in a brutal execution One by one the men are murdered in the video",
    "The show needed entertaining Fall of an Empire: The Story of Rome aired later",
    "The monks kept watch as they rest Drawing on the help of attendants, their designs reveal more",
    "They flew on board a Boeing 777 On a Cathay Pacific jet there is more room",
    "We flew on the Boeing 787 Dreamliner Pilots have their own cabin on the Dreamliner today",
    "Albion could face West Brom Boss Nigel Pearson has said that he will stay",
]


@pytest.mark.parametrize("rule", list(_IS_CUT_GUARDS))
def test_is_cut_asks_a_rule_wherever_it_may_fire(rule: str) -> None:
    guard, fires = _IS_CUT_GUARDS[rule]
    written = [(s.split(), k, s) for s in _IS_CUT_WRITTEN for k in range(1, len(s.split()) - 3)]
    assert any(fires(w, k, t) for w, k, t in written), "a written case fires the rule"
    missed = [
        " ".join(w[max(0, k - 3) : k + 6])
        for w, k, t in [*written, *_shared_cases()]
        if not guard(w, k, t) and fires(w, k, t)
    ]
    assert missed == []
