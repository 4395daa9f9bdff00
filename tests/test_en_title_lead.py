"""An English group's title from its lead: where the title names one later bullet's detail,
the thing the first bullet says that a later bullet echoes takes its place; a title the lead
says, a name, or a lead whose things no other bullet echoes keeps it."""

from __future__ import annotations

from citebrief.text.en_title_lead import lead_title
from conftest import shared_article

LEAGUE = [
    "Sunday's action switches to the relegation zone with Almeria looking to build on their win over Granada.",
    "Granada hunt for their first league win in six while bottom-placed Cordoba's survival hopes will be all but over.",
    "Celta Vigo travel to Eibar while Elche look to ease relegation fears at home to Real Sociedad.",
]
KITE = [
    "Organisers of the festival still claimed that they had broken the record for the longest kite.",
    "The previous record is reported to set by a 5,000m-long kite made by craftsmen in Weifang.",
    "Professional teams from over 13 countries joined the four-day-long Wulong Kite Festival.",
]


def test_a_later_bullets_detail_gives_way_to_the_leads_thing_others_echo() -> None:
    used = {"cordoba's survival hopes", "la liga"}
    title = lead_title(LEAGUE, LEAGUE, LEAGUE, used, "Cordoba's Survival Hopes")
    assert title == "Relegation Zone"
    assert "relegation zone" in used and "cordoba's survival hopes" not in used


def test_the_leads_thing_said_in_the_group_titles_a_record_story() -> None:
    assert lead_title(KITE, KITE, KITE, set(), "Previous Record") == "Longest Kite"


def test_a_title_the_lead_says_stays() -> None:
    assert lead_title(LEAGUE, LEAGUE, LEAGUE, set(), "Relegation Zone") == "Relegation Zone"


def test_a_name_stays() -> None:
    bullets = [
        "Ben isn't the biggest lamb ever born in this country, a farm worker said.",
        "'This year we had 86 ewes to lamb but no-one expected anyone like him,' said Jean Morris.",
    ]
    assert lead_title(bullets, bullets, bullets, set(), "Jean Morris") == "Jean Morris"


def test_a_leads_aside_no_other_bullet_echoes_is_no_title() -> None:
    bullets = [
        "He claims he was trying to save her from hitting her head on a coffee table in their home.",
        "His now-one-year-old daughter suffered several injuries, including seizures and hypothermia.",
        "She was not charged criminally in the case, a civil jury found.",
    ]
    assert lead_title(bullets, bullets, bullets, set(), "Several Injuries") == "Several Injuries"


def test_a_group_of_one_bullet_keeps_its_title() -> None:
    assert lead_title(LEAGUE[:1], LEAGUE, LEAGUE, set(), "Almeria") == "Almeria"


def test_the_leads_own_detail_gives_way_to_its_thing_more_bullets_echo() -> None:
    bullets = [
        "A jury threw out the case against three Sun journalists and one former Daily Mirror reporter.",
        "Of the 27 journalists charged, 23 have been cleared or seen their convictions quashed.",
        "In addition, 14 journalists were investigated but not prosecuted.",
    ]
    assert lead_title(bullets, bullets, bullets, set(), "Daily Mirror Reporter") == "Sun Journalists"


def test_where_the_lead_says_no_thing_another_bullets_thing_two_echo_titles_it() -> None:
    bullets = [
        "The debt of a divorced retiree averages £22,100, the report said.",
        "By comparison, only 13 per cent of people who are not divorced will be below the line.",
        "The impact of divorce on a former spouse's wealth is such that divorcees delay retirement.",
    ]
    assert lead_title(bullets, bullets, bullets, set(), "Retiree Averages") == "Impact of Divorce"


def test_a_possessor_the_others_say_is_no_echo() -> None:
    bullets = [
        "City engineers estimate that building the elevated guideway will take about 30 months.",
        "The city estimates the plan would reduce transportation emissions by 6.5% by 2030.",
        "The city has committed to conducting a full environmental impact study.",
        "The plan depends on buses arriving on time; the city's current supplier has a backlog.",
    ]
    title = "Environmental Impact Study"
    assert lead_title(bullets, bullets, bullets, set(), title) == title


def test_a_later_bullets_lone_detail_gives_way_to_a_thing_one_other_bullet_echoes() -> None:
    bullets = [
        "Tensions have boiled up in San Francisco over homelessness.",
        "Thanks almost entirely to the tech firms, the average person in Silicon Valley earned $116,033.",
        "Sam Dodge, a government worker, said that tech money had not reached the streets.",
    ]
    assert lead_title(bullets, bullets, bullets, set(), "Government Worker") == "Tech Firms"


def test_the_leads_own_title_needs_two_echoes_elsewhere() -> None:
    bullets = [
        "The family's latest tax returns, from 2013, revealed that she brought in most of the earnings.",
        "She reported a $510,000 total salary, made up of a managing director's pay packet.",
        "In the same year Christie's gubernatorial salary was $175,000.",
    ]
    assert lead_title(bullets, bullets, bullets, set(), "Tax Returns") == "Tax Returns"


def test_a_phrase_whose_last_word_is_the_verb_is_no_title() -> None:
    bullets = [
        "It is almost impossible not to sing along when the record is played on a jukebox.",
        "With illusions to rock 'n' roll and nursery rhymes, the song cascades along like a boat.",
        "The song is alive and joyful, yet fretful about a world gone wrong.",
    ]
    assert lead_title(bullets, bullets, bullets, set(), "Nursery Rhymes") == "Nursery Rhymes"


def _elsewhere_by_scan(text: str, group_texts: list[str], all_texts: list[str]) -> bool:
    """The count `_elsewhere` made before its per-brief index: each text lower-cased per phrase."""
    lower = text.lower()
    mine = sum(t.lower().count(lower) for t in group_texts)
    every = sum(t.lower().count(lower) for t in all_texts)
    return every - mine > mine


def test_elsewhere_counts_as_the_scan_over_every_paragraph_did() -> None:
    from citebrief.text.brief_memo import new_brief
    from citebrief.text.en_chunks import en_chunks
    from citebrief.text.en_title_lead import _elsewhere

    for index in range(12):
        new_brief()
        sentences = shared_article("en-cnndm.jsonl", index).split(". ")
        paragraphs = [". ".join(sentences[k : k + 3]) for k in range(0, len(sentences), 3)]
        group = paragraphs[: max(1, len(paragraphs) // 3)]
        phrases = [c.text for p in group[:3] for c in en_chunks(p)] + ["Σ", "ΣΑΣ", "a\nb"]
        assert phrases
        for phrase in phrases:
            assert _elsewhere(phrase, group, paragraphs) == _elsewhere_by_scan(phrase, group, paragraphs), phrase


def test_elsewhere_does_not_count_across_two_paragraphs() -> None:
    from citebrief.text.en_title_lead import _elsewhere

    # "rose garden" spans the end of one text and the start of the next only when they are joined
    group = ["The rose garden opened."]
    assert not _elsewhere("rose garden", group, [*group, "Her rose", "garden"])
    assert _elsewhere("rose garden", group, [*group, "a rose garden", "Rose Garden"])
