"""The per-brief memo: answers kept for one brief only, bounded, and the same as computing them."""

from __future__ import annotations

import re

from citebrief.text import brief_memo
from citebrief.text.brief_memo import per_brief
from citebrief.text.en_title_lead import _PARTICLE, _particle_after
from citebrief.text.tokenize import new_brief


def test_answers_are_kept_until_the_next_brief() -> None:
    calls: list[str] = []

    @per_brief(maxsize=2)
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    new_brief()
    assert [upper("a"), upper("a"), upper("b")] == ["A", "A", "B"]
    assert calls == ["a", "b"]
    upper("c")  # past maxsize: kept, "a" (asked least recently) given up
    upper("c")
    assert calls == ["a", "b", "c"]
    assert upper("a") == "A"
    assert calls == ["a", "b", "c", "a"]
    assert brief_memo.kept_answers() >= 2
    new_brief()  # the next brief reads its texts afresh
    upper("a")
    assert calls[-1] == "a"
    assert brief_memo.kept_answers() == 1


def test_the_particle_check_answers_as_the_pattern_did() -> None:
    texts = [
        "The song cascades along the river, and the Song Cascades Away.",
        "Police said the SUSPECT RAN OFF with the bag; the suspect ran offline later.",
        "İstanbul Kebab the best; ıt ſings the Kelvin scale up.",
        "the tax the taxman took, the Tax the state kept",
    ]
    phrases = ["song cascades", "Song Cascades", "suspect ran", "ran", "Kebab", "ſings", "Kelvin scale", "tax"]
    phrases.append("İstanbul")
    answers = set()
    for text in texts:
        for phrase in phrases:
            expected = bool(re.search(re.escape(phrase) + _PARTICLE, text, re.IGNORECASE))
            assert _particle_after(phrase, text) == expected, (phrase, text)
            answers.add(expected)
    assert answers == {True, False}


def test_a_brief_starts_with_nothing_kept() -> None:
    from citebrief.engines.extractive import draft_extractive
    from citebrief.ingest import document_from_text

    calls: list[str] = []

    @per_brief(maxsize=8)
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    length("kept from before")
    length("kept from before")
    assert len(calls) == 1
    text = "\n\n".join(
        f"The council said on Monday that the new bridge over the river would open in {year}. "
        f"Engineers tested the steel frame for {year - 2000} weeks before the work went on."
        for year in range(2020, 2026)
    )
    draft_extractive(document_from_text(text, origin="test", kind="text"))
    length("kept from before")  # the brief emptied every table as it started
    assert len(calls) == 2


def test_checks_a_brief_asks_again_are_read_once_and_answer_as_read_afresh() -> None:
    """`is_dangling`, `heading_phrase`, `numbering_style`, `hollow` and `person_name` are asked of
    the same texts several times in a policy or news brief (the lead's, the picks' and the titles'
    steps): kept for the brief, each is answered from its table at least once over these briefs,
    and on every sentence and short paragraph of them answers as the function read afresh."""
    from citebrief.engines.extractive import draft_extractive
    from citebrief.engines.policy_items_spread import numbering_style
    from citebrief.engines.zh_hollow_swaps import hollow
    from citebrief.ingest import document_from_text
    from citebrief.text.headings import heading_phrase
    from citebrief.text.patterns import is_dangling
    from citebrief.text.zh_person_role import person_name
    from conftest import load_records

    kept = {"is_dangling": is_dangling, "numbering_style": numbering_style, "hollow": hollow}
    kept |= {"heading_phrase": heading_phrase, "person_name": person_name}
    hits = dict.fromkeys(kept, 0)
    for name, count in (("zh-policy.jsonl", 6), ("zh-news.jsonl", 12)):
        for record in load_records(name)[:count]:
            document = document_from_text(record["article"], origin="test", kind="text")
            draft_extractive(document)
            for key, function in kept.items():
                hits[key] += function.cache_info().hits  # type: ignore[attr-defined]
            for text in [s.text for p in document.segments for s in p.sentences]:
                assert is_dangling(text) == is_dangling.__wrapped__(text)  # type: ignore[attr-defined]
                assert numbering_style(text) == numbering_style.__wrapped__(text)  # type: ignore[attr-defined]
                assert hollow(text, lead=True) == hollow.__wrapped__(text, lead=True)  # type: ignore[attr-defined]
                assert person_name(text[:4]) == person_name.__wrapped__(text[:4])  # type: ignore[attr-defined]
            for text in [p.text for p in document.segments if len(p.text) <= 20]:
                assert heading_phrase(text, "zh") == heading_phrase.__wrapped__(text, "zh")  # type: ignore[attr-defined]
    assert all(hits.values()), hits


BAKERY = (
    "Anna Berg has run the bakery on Mill Street for twenty years.\n\n"
    '"We open at six every morning, and the queue is already out the door. The bread sells out by noon on'
    ' most days. On Fridays we bake twice as much," she said.\n\nThe council plans to close the street next spring.'
)


def test_the_quote_steps_read_an_article_once_a_brief_and_hand_out_tuples() -> None:
    """`quote_layout` (the groups' bullets and the stranger moves), `speakerless_quotation` (three
    label steps a bullet), `negated_at` and the title steps' `_denied` are kept for the brief: the
    same answer to each asker, in tuples no asker can change under the next."""
    from citebrief.engines.cited_points import quote_layout
    from citebrief.engines.en_quote_owners import _speakerless, speakerless_quotation
    from citebrief.engines.scoring import score
    from citebrief.ingest import document_from_text
    from citebrief.text.en_title_steps import _denied
    from citebrief.text.negated_phrases import negated_at

    scored = score(document_from_text(BAKERY, origin="test", kind="text"), {}, False)[0]
    new_brief()
    layout = quote_layout(scored)
    assert quote_layout(scored) is layout
    assert isinstance(layout.middles, tuple)
    middle = next(u for u in scored.units if u.text.startswith("The bread sells out"))
    assert layout.middles[middle.index]  # the quotation's unmarked middle
    line = speakerless_quotation(scored, middle.index, middle.text, layout.middles)
    assert line is not None
    assert speakerless_quotation(scored, middle.index, middle.text, list(layout.middles)) is line
    assert isinstance(line[1], tuple) and isinstance(line[2], tuple)
    texts = tuple(u.text for u in scored.units)
    assert line == _speakerless.__wrapped__(texts, middle.index, middle.text, layout.middles)  # type: ignore[attr-defined]
    sentence = "The shop did not sell fresh bread that week"
    assert negated_at(sentence, sentence.index("fresh"), "en") and negated_at(sentence, sentence.index("fresh"), "en")
    assert _denied("Fresh Bread", (sentence,)) and _denied("Fresh Bread", (sentence,))
    assert negated_at.cache_info().hits and _denied.cache_info().hits  # type: ignore[attr-defined]
