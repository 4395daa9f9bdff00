"""Photo captions in English news (text/caption_lines.py, text/captions.py): each caption kind is
named, the sentence glued after one is cut off, and a caption never becomes a bullet."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.segment import sentence_spans
from citebrief.text.caption_lines import OPENINGS, caption_opening

CAPTIONS = {
    "in action": "Dunmore (left) in action against Kettering during their cup tie at Fenwick Lane",
    "picture passive": "Tilda Rowe is consoled by her coach after the final at Marlow",
    "picture present": "Harbour Rovers striker Len Ashby celebrates his second goal with team-mates",
    "pictured": "Orchard wardens pictured with the mayor at the reopening of the walled garden",
    "label": "Wet work: the volunteers clear the drain outside the village hall",
    "photo note": "A heron waits for fish below the weir at Lowbridge (file photo of the weir)",
    "scene label": "Three old boats on show at the quay below the mill in Lowbridge, Kent: Blue is the colour",
    "quote label": "'We're no heroes, just neighbours': The Lowbridge wardens Ida Moss, 61, and Tam Pell, 58",
}
# one story sentence for each kind, worded as near the caption as news is
STORIES = {
    "in action": "Dunmore, pictured in action last season, has signed a new two-year contract.",
    "picture passive": "Tests are being carried out at a laboratory in Marlow.",
    "picture present": "The council makes the daily battle for parking worse, residents said.",
    "pictured": "Orchard wardens, pictured with the mayor, said the garden would open in May.",
    "label": "Mr Pell said: 'The garden will open in May.'",
    "photo note": "The heron returned to the weir at Lowbridge (and stayed there all winter).",
    "scene label": "Wardens counted the boats moored at the quay below the mill: Nine were sound.",
    "quote label": "'We're no heroes, just neighbours,' Ida Moss said: 'Anyone would have helped.'",
}


def test_every_kind_has_a_caption_and_a_story() -> None:
    assert set(CAPTIONS) == set(OPENINGS) == set(STORIES)


@pytest.mark.parametrize("kind", sorted(OPENINGS))
def test_caption_kind_is_named(kind: str) -> None:
    assert caption_opening(CAPTIONS[kind]) == kind


@pytest.mark.parametrize("kind", sorted(OPENINGS))
def test_story_sentence_is_no_caption(kind: str) -> None:
    assert caption_opening(STORIES[kind]) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Ola Berg (blue bib) prepares to come on but never leaves the bench", "picture present", id="bib"),
        pytest.param("Tilda Rowe is spoken to by umpire Hale at the Priory", "picture passive", id="spoken-to"),
        pytest.param("Race winner Ashby looks on from the podium in Lisbon", "picture present", id="descriptor"),
        pytest.param("Summer pictured volunteering in South Africa.", "pictured", id="pictured-doing"),  # s50t
        pytest.param("Accused: Dr Ivo Tam, 41, of Lowbridge, denies the charges.", "label", id="one-word-label"),
        pytest.param("Taller than a child: Rufus dwarfs the other lambs", "label", id="phrase-label"),
        pytest.param(
            "‘Festive dinner out’: Pell and fellow chef Moss (pictured 2012)", "quote label", id="curly-quote"
        ),
    ],
)
def test_caption_variants(text: str, kind: str) -> None:
    assert caption_opening(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("During the long chats, 'Jo' said: 'Sorry, I am busy.'", id="frame-before-a-verb-like-noun"),
        pytest.param("Camouflaged in body paint, two dancers pose for the camera.", id="participle-opening"),
        pytest.param("With the new Galaxy Quest: Return film out, fans queued.", id="frame-before-a-colon"),
        pytest.param("Fall of the Tower: The Story of a Keep has been praised.", id="title-and-subtitle"),
        pytest.param("EXPERT VERDICT: this cream is fine for children.", id="verdict-in-capitals"),
        pytest.param("Raheem Ford's stand-off with the club is not over.", id="verb-inside-a-word"),
        pytest.param("Summer was pictured volunteering in South Africa.", id="pictured-in-a-story"),  # s50t
        pytest.param("'It's over': that is all she said before she left.", id="quotation-before-lowercase"),
        pytest.param("'I asked: Who is there?' she said.", id="colon-inside-a-quotation"),
        pytest.param(
            "By Monday, the town was in full flood-defence mode: From every farm, pumps came.", id="frame-long"
        ),
        pytest.param(
            "Some say the garden is a signal for the other big town across the river: Marlow.", id="verb-long"
        ),
    ],
)
def test_look_alikes_are_no_caption(text: str) -> None:
    assert caption_opening(text) is None


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tilda Rowe is spoken to by umpire Hale in her second round match against Cole at the Priory "
            "Hale approached Rowe as she walked back to serve. Hale later said nothing.",
            [
                "Tilda Rowe is spoken to by umpire Hale in her second round match against Cole at the Priory",
                "Hale approached Rowe as she walked back to serve.",
                "Hale later said nothing.",
            ],
            id="name-after-a-place",
        ),
        pytest.param(
            "Rowe in action against Cole in their second round match at the Priory Court in Bexley "
            "Mia Lund continued to struggle against Ada Kerr. Lund lost.",
            [
                "Rowe in action against Cole in their second round match at the Priory Court in Bexley",
                "Mia Lund continued to struggle against Ada Kerr.",
                "Lund lost.",
            ],
            id="two-word-name-after-a-town",
        ),
        pytest.param(
            "Taller than a child: Rufus dwarfs the other lambs born at the farm this season "
            "Rufus's birth came a week after a storm. Rufus is well.",
            [
                "Taller than a child: Rufus dwarfs the other lambs born at the farm this season",
                "Rufus's birth came a week after a storm.",
                "Rufus is well.",
            ],
            id="possessive-name-after-a-time-noun",
        ),
        pytest.param(
            "Sad: Mr Vale was six when his father died on the way down from the top of Ben Lair "
            "His choice to climb while raising a family was criticised.",
            [
                "Sad: Mr Vale was six when his father died on the way down from the top of Ben Lair",
                "His choice to climb while raising a family was criticised.",
            ],
            id="opener-after-a-mountain",
        ),
        pytest.param(
            "Pell shakes hands with the Harbour Rovers manager ahead of the replay Indeed, Pell's squad is so thin "
            "that he may play his goalkeeper up front.",
            [
                "Pell shakes hands with the Harbour Rovers manager ahead of the replay",
                "Indeed, Pell's squad is so thin that he may play his goalkeeper up front.",
            ],
            id="sentence-adverb-after-a-common-word",
        ),
        pytest.param(
            "Winner Ashby celebrates with the cup on the podium in Lisbon 'There was a time when I doubted it,' "
            "he said.",
            [
                "Winner Ashby celebrates with the cup on the podium in Lisbon",
                "'There was a time when I doubted it,' he said.",
            ],
            id="quote-after-a-city",
        ),
    ],
)
def test_sentence_glued_to_a_caption_is_cut(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        pytest.param(
            "Harbour Rovers manager Tam Pell celebrates in front of the away bench as his side went ahead.",
            "Harbour Rovers manager Tam Pell celebrates in front of the away bench as his side went ahead.",
            id="first-name-and-surname",
        ),
        pytest.param(
            "Tilda Rowe is pictured with the cast of the Harry Potter films in the studio.",
            "Tilda Rowe is pictured with the cast of the Harry Potter films in the studio.",
            id="title-after-the",
        ),
        pytest.param(
            "Lena Holt celebrates on the podium after winning the Lisbon Grand Prix It was her first win.",
            "Lena Holt celebrates on the podium after winning the Lisbon Grand Prix",
            id="recurring-pair-of-capitals",
        ),
    ],
)
def test_caption_with_names_is_not_cut_inside_a_name(text: str, first: str) -> None:
    text = text + " The Lisbon Grand Prix ran late. Holt and Pell and Rowe and Potter left."
    assert _sentences(text)[0] == first


def _bullets(text: str) -> list[str]:
    document = document_from_text(text, origin="caption-test", kind="text")
    return [point.text for point in draft_extractive(document).points()]


def test_caption_is_never_a_bullet() -> None:
    paragraphs = [
        "The Lowbridge weir will be rebuilt next spring after the winter floods damaged its stone face, "
        "the river trust said on Monday.",
        "Harbour Rovers striker Len Ashby celebrates with the trophy after the cup final at the weir ground.",
        "The trust said the work would cost £2 million and take six months to finish.",
        "Wet work: the volunteers clear the drain outside the village hall before the rebuilding starts.",
        "Engineers found cracks in three of the weir's eleven sluice gates during an inspection in March.",
        "Anglers will be asked to stay away from the weir while the work goes on, the trust added.",
    ]
    bullets = _bullets("\n\n".join(paragraphs))
    assert bullets
    assert not any("celebrates" in b or "Wet work" in b for b in bullets)


def test_caption_ending_in_a_quote_or_bracket_without_a_stop_is_no_bullet() -> None:
    paragraphs = [
        "The Lowbridge weir will be rebuilt next spring after the winter floods damaged its stone face, "
        "the river trust said on Monday.",
        "Trust chairman Ida Moss said the rebuilding would make the river 'safer for everyone'",
        "The trust said the work would cost £2 million and take six months to finish.",
        "Engineers found cracks in three of the weir's eleven sluice gates during an inspection in March.",
        "Volunteers cleared the drains around the weir in a week of hard work (and no rain)",
        "Anglers will be asked to stay away from the weir while the work goes on, the trust added.",
    ]
    bullets = _bullets("\n\n".join(paragraphs))
    assert bullets
    assert not any(b.endswith(("everyone'", "rain)")) for b in bullets)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        pytest.param("Moss said: 'The stones were falling into the river every week.'", True, id="whole-quote"),
        pytest.param("'The stones were falling into the river,' Moss said.", True, id="quote-then-speaker"),
        pytest.param("Moss said the rebuilding would make the river 'safer for everyone'", False, id="caption-quote"),
        pytest.param("Volunteers cleared the drains in a week of hard work (and no rain)", False, id="caption-bracket"),
        pytest.param("Volunteers cleared the drains in a week (they had no rain.)", True, id="bracket-after-stop"),
        pytest.param("Harbour Rovers striker Len Ashby celebrates with the trophy at the ground.", False, id="caption"),
        pytest.param("The trust said the work would cost £2 million and take six months.", True, id="story"),
    ],
)
def test_which_english_sentences_may_be_bullets(sentence: str, claim: bool) -> None:
    from citebrief.engines.scored import Unit
    from citebrief.engines.scoring import may_claim

    unit = Unit(0, 1, sentence, sentence.lower().split(), 0.0, heading=False, lead_in=None)
    assert may_claim(unit, "en") is claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ashby is the last of the 90 qualifiers due to play at the Masters ‘I was so relieved when I heard,’ "
            "said Ashby.",
            [
                "Ashby is the last of the 90 qualifiers due to play at the Masters",
                "‘I was so relieved when I heard,’ said Ashby.",
            ],
            id="quote-after-a-place",
        ),
        pytest.param(
            "Flay was pictured with the senator in 2009 In February, the pair did not celebrate their anniversary.",
            [
                "Flay was pictured with the senator in 2009",
                "In February, the pair did not celebrate their anniversary.",
            ],
            id="in-a-month-after-a-year",
        ),
        pytest.param(
            "Loads are packed onto bikes in southeast Asia The Wild Trail's Lee Moss captured this man with hens.",
            ["Loads are packed onto bikes in southeast Asia", "The Wild Trail's Lee Moss captured this man with hens."],
            id="the-and-a-long-name-after-a-place",
        ),
        pytest.param(
            "A man carries a sofa on his scooter in Hoi An, Vietnam That's one way to move house!",
            ["A man carries a sofa on his scooter in Hoi An, Vietnam", "That's one way to move house!"],
            id="thats-after-a-place",
        ),
        pytest.param(
            "The squad trained on Friday ahead of their cup semi Rodgers, who has Gerrard back, said he was happy. "
            "Rodgers smiled.",
            [
                "The squad trained on Friday ahead of their cup semi",
                "Rodgers, who has Gerrard back, said he was happy.",
                "Rodgers smiled.",
            ],
            id="name-and-apposition-after-a-common-word",
        ),
        pytest.param(
            "He gets sores (pictured) when exposed to sunlight Owen, from Leeds, was given a thick cream. Owen smiled.",
            [
                "He gets sores (pictured) when exposed to sunlight",
                "Owen, from Leeds, was given a thick cream.",
                "Owen smiled.",
            ],
            id="name-and-apposition-after-to-and-a-noun",
        ),
        pytest.param(
            "The crew left the vans at the border to flee the town Morley, 61, and his sons drove north overnight.",
            [
                "The crew left the vans at the border to flee the town",
                "Morley, 61, and his sons drove north overnight.",
            ],
            id="name-and-age-named-once-after-a-noun",
        ),
        pytest.param(
            "The club signed striker Varga, 24, in July and she has scored nine goals since then.",
            ["The club signed striker Varga, 24, in July and she has scored nine goals since then."],
            id="name-and-age-after-a-role-stays",
        ),
        pytest.param(
            "The panel must now decide whether Varga, 24, will be banned for the rest of the season.",
            ["The panel must now decide whether Varga, 24, will be banned for the rest of the season."],
            id="name-and-age-after-whether-stays",
        ),
        pytest.param(
            "The rights to the book have been bought by the film firm Reel 9 USA As the night drew on, guards slept.",
            [
                "The rights to the book have been bought by the film firm Reel 9 USA",
                "As the night drew on, guards slept.",
            ],
            id="as-after-a-name",
        ),
        pytest.param(
            "Deputy minister Ana Ruiz told the BBC 'Spain is doing its best' to meet the deadline.",
            ["Deputy minister Ana Ruiz told the BBC 'Spain is doing its best' to meet the deadline."],
            id="quote-after-told-stays",
        ),
        pytest.param(
            "He was the voice of Beaver in Disney's 'Lady and the Tramp' in the 1950s.",
            ["He was the voice of Beaver in Disney's 'Lady and the Tramp' in the 1950s."],
            id="quoted-title-after-a-possessive-stays",
        ),
        pytest.param(
            "Giggs was seen with his then wife Natasha In January, he spoke out.",
            ["Giggs was seen with his then wife Natasha In January, he spoke out."],
            id="in-a-month-after-a-name-stays",
        ),
    ],
)
def test_sentence_glued_after_a_place_or_a_year(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


_RESCUE = [
    "Four off-duty wardens stopped a fight on a crowded train to Lowbridge on Friday night, police said.",
    "The friends were on their way to a concert in Marlow and rushed in when a man attacked a passenger.",
    "'We're no heroes, just neighbours,' Ida Moss, a 61-year-old warden, told the Lowbridge Echo.",
    "{caption}",
    "The wardens held the attacker until officers arrived at Marlow station, the Echo reported.",
    "One of the wardens put the attacker in an arm lock while two others held him to the floor.",
    "Officers took the man into custody and the four friends went on to their concert.",
    "The passenger was treated for cuts to his face and was later allowed home.",
    "A railway spokesman thanked the wardens and said the guard had called the police at once.",
    "The attacker, aged 34, has been charged with assault and will appear in court next month.",
    "Passengers on the train said the fight started after an argument over a seat.",
    "Police have asked anyone who filmed the fight to come forward with their footage.",
    "The wardens said they would not let the fight spoil their trip to Marlow.",
]


def test_quoted_caption_is_no_bullet_and_the_brief_keeps_its_size() -> None:
    """en-cnndm 63: the caption under a quotation is no bullet; the article stays as long as it was,
    so its brief keeps the groups that carry what the wardens did."""
    caption = "'We're no heroes, just neighbours': The Lowbridge wardens Ida Moss, 61, and Tam Pell, 58, on the train."
    story = "Ida Moss and Tam Pell, both wardens at Lowbridge for ten years, said they had only done their duty."
    with_caption = draft_extractive(
        document_from_text(" ".join(_RESCUE).format(caption=caption), origin="t", kind="text")
    )
    with_story = draft_extractive(document_from_text(" ".join(_RESCUE).format(caption=story), origin="t", kind="text"))
    assert not any("heroes, just neighbours':" in point.text for point in with_caption.points())
    assert len(with_caption.groups) == len(with_story.groups) == 3
