"""An English group title that names a detail (a place, a person, a body part, a judgement) one
bullet says gives way to the event two of the group's cited paragraphs name as a noun
(`en_title_topic.topic_title`); a verb's form, a modifier ("career title"), a title already an
event and a title two bullets say stay. Small cases written after en-cnndm briefs, and two
readers' briefs."""

from __future__ import annotations

from citebrief.text.en_title_topic import quoted_topic_title, said_as_noun, topic_title, weak
from conftest import shared_group_titles

SHOOTING_BULLETS = [
    "The driver - a 47-year-old man from the Little Italy neighborhood - then grabbed his own weapon.",
    "The man was taken to a local hospital for treatment.",
    "He is facing charges of aggravated battery with a firearm.",
]
SHOOTING_TEXTS = [
    "The driver - a 47-year-old man from the Little Italy neighborhood - then grabbed his own weapon.",
    "Scene: The shooting occurred on North Milwaukee Avenue. The man was taken to a local hospital for treatment.",
    "Police have not yet released a motive for the shooting. He is facing charges of aggravated battery.",
]


def _titled(bullets: list[str], texts: list[str], title: str, used: set[str] | None = None) -> str:
    given = used if used is not None else {title.casefold()}
    return topic_title(bullets, texts, texts, given, title)


def test_a_place_gives_way_to_the_event_the_paragraphs_name() -> None:
    used = {"little italy neighborhood", "everardo custodio"}
    assert _titled(SHOOTING_BULLETS, SHOOTING_TEXTS, "Little Italy Neighborhood", used) == "Shooting"
    assert "shooting" in used and "little italy neighborhood" not in used


def test_the_event_with_its_kind_where_the_paragraphs_write_it() -> None:
    bullets = [
        "Scans revealed a grade two hamstring tear that should keep him out for four weeks.",
        "The 29-year-old spent the first half of the campaign in Wilfried Bony's shadow.",
    ]
    texts = [
        "Scans revealed a tear. Gomis has been recovering from his hamstring injury in France.",
        "Gomis' injury has come at the worst possible time. He spent the campaign in Wilfried Bony's shadow.",
    ]
    assert _titled(bullets, texts, "Wilfried Bony's Shadow") == "Hamstring Injury"


def test_weak_titles() -> None:
    texts = ["She was left with a broken foot after the crash."]
    assert weak("Broken Foot", texts) and weak("Better Future", texts) and weak("Little Italy Neighborhood", [])
    assert not weak("Naomi's Injuries", texts)  # already the event
    assert not weak("Wooden Ladders", texts)


def test_a_verb_or_a_modifier_is_no_event() -> None:
    assert not said_as_noun("shooting", "He pulled out his firearm and shooting the gunman.")
    assert not said_as_noun("career", "He won his ninth career title in Barcelona.")
    assert said_as_noun("shooting", "Everado's shooting left him in hospital.")
    texts = [
        "He stopped by pulling out his gun and shooting the gunman in the Little Italy neighborhood.",
        "Prosecutors said the driver was shooting at the man.",
    ]
    assert _titled(SHOOTING_BULLETS, texts, "Little Italy Neighborhood") == "Little Italy Neighborhood"


def test_a_title_two_bullets_say_or_another_group_holds_stays() -> None:
    bullets = [*SHOOTING_BULLETS[:2], "Neighbours in Little Italy said the neighborhood was quiet."]
    assert _titled(bullets, SHOOTING_TEXTS, "Little Italy Neighborhood") == "Little Italy Neighborhood"
    for other in ("shooting", "chicago mass shootings"):  # another group's title names the event
        used = {"little italy neighborhood", other}
        title = _titled(SHOOTING_BULLETS, SHOOTING_TEXTS, "Little Italy Neighborhood", used)
        assert title == "Little Italy Neighborhood"


def test_readers_briefs() -> None:
    assert "Shooting" in shared_group_titles("en-cnndm.jsonl", 164)  # an Uber driver stops a gunman
    assert "Hamstring Injury" in shared_group_titles("en-cnndm.jsonl", 35)  # a striker's recovery


def test_a_caption_label_gives_the_event_its_kind() -> None:
    bullets = [
        "It is thought to have been stolen from a site that appeared on the Peruvian coast around 1100 AD.",
        "Cleaner Otilio Padilla Miramontes, 54, said: 'It looked just like any other box.'",
    ]
    texts = [
        "Grim discovery: Street cleaners found the remains. It appeared on the Peruvian coast around 1100 AD.",
        "Police were called by the cleaners who made the discovery by an archaeological dig site.",
    ]
    assert _titled(bullets, texts, "Peruvian Coast") == "Grim Discovery"
    plain = [t.replace("Grim discovery:", "Grim discovery was made.") for t in texts]  # no label: no kind
    assert _titled(bullets, plain, "Peruvian Coast") == "Discovery"


GUARD_BULLETS = [
    "Alan Hartley shared a cartoon with the caption: 'This picture shows what muslim extremists try to destroy!'",
    "'It's not just the picture,' Mr Jamieson told Daily Mail Australia.",
    "Mr Jamieson said: 'I'm not going to comment on what we might or might not be doing.'",
]
GUARD_TEXTS = [
    "Alan Hartley shared a cartoon with the caption: 'This picture shows what muslim extremists try to "
    "destroy!' Mr Jamieson said the guards had breached company policy.",
    "'It's not just the picture,' Mr Jamieson told Daily Mail Australia. The company policy asks for "
    "cultural sensitivity.",
    "Mr Jamieson said: 'I'm not going to comment on what we might or might not be doing.'",
]


def _quoted(bullets: list[str], texts: list[str], title: str) -> str:
    return quoted_topic_title(bullets, texts, texts, {title.casefold()}, title)


def test_a_title_only_a_quotation_writes_gives_way_to_the_matter_the_paragraphs_repeat() -> None:
    assert _quoted(GUARD_BULLETS, GUARD_TEXTS, "Muslim Extremists") == "Company Policy"


def test_a_narrated_title_or_one_no_bullet_writes_stays() -> None:
    narrated = [
        GUARD_BULLETS[0].replace("'This picture", "This picture").replace("destroy!'", "destroy."),
        *GUARD_BULLETS[1:],
    ]
    assert _quoted(narrated, GUARD_TEXTS, "Muslim Extremists") == "Muslim Extremists"
    assert _quoted(GUARD_BULLETS, GUARD_TEXTS, "Jamieson's Remarks") == "Jamieson's Remarks"  # no bullet writes it
    plain = [t.replace("company policy", "rules") for t in GUARD_TEXTS]  # no matter repeated
    assert _quoted(GUARD_BULLETS, plain, "Muslim Extremists") == "Muslim Extremists"


def test_a_place_every_quote_names_titles_them_where_no_event_is_repeated() -> None:
    bullets = [
        "'I went twice to Wembley as a fan, the Man U game and Chelsea game five years ago,' said Grealish.",
        "'It would be brilliant to stay in the team for Wembley but the gaffer will pick the side.'",
    ]
    assert _quoted(bullets, bullets, "Chelsea Game") == "Wembley"
    with_someone = [bullets[0], "'It would be brilliant to play with Wembley, the gaffer will pick the side.'"]
    assert _quoted(with_someone, with_someone, "Chelsea Game") == "Chelsea Game"  # not after "to", "at", "for"


def test_readers_briefs_quoted_titles() -> None:
    # the spokesman's group: "Investigation" (the men stood down while it runs), not one caption's "Muslim Extremists"
    guards = shared_group_titles("en-cnndm.jsonl", 22)
    assert "Investigation" in guards and "Muslim Extremists" not in guards
    assert "Campaign" in shared_group_titles("en-cnndm.jsonl", 160)  # not a charity's 'promise portal'
    # a player's two quotes on the stadium: "Wembley" here, which `en_title_spoken_of` (a later step) now
    # writes as whose words they are; this still guards the step that took the stadium over "Chelsea Game"
    assert "Grealish on Wembley" in shared_group_titles("en-cnndm.jsonl", 6)
    # a chef's rumoured romance: "Giada" every bullet names is a person, not the place quotes are about
    assert "Giada" not in shared_group_titles("en-cnndm.jsonl", 170)
    # a director's words on an actor: his tribute (`en_group_deed`), not the paragraphs' "Career"
    assert "Michael Redwood's Tribute" in shared_group_titles("en-cnndm.jsonl", 146)


def test_the_event_in_the_form_the_paragraphs_write_it() -> None:
    # no paragraph says "performance" alone: the title is their "performances", on word boundaries
    bullets = [
        "The 38-year-old was picked out by the Republic of Ireland manager at Stamford Bridge.",
        "Given's performances in the FA Cup have kept him in the side.",
    ]
    texts = [
        "The 38-year-old was picked out by the Republic of Ireland manager at Stamford Bridge.",
        "Given's performances in the FA Cup have kept him in the side.",
        "His performances drew praise from the manager.",
    ]
    assert _titled(bullets, texts, "Better Future") == "Performances"
    # en-xsum 144: the paragraphs write only "elections", never "election" alone (its "Elections"
    # pair of strangers now joins the key points: `en_stranger_homes`)
    assert "Election" not in shared_group_titles("en-xsum.jsonl", 144)


def test_a_verb_before_the_noun_is_no_kind() -> None:
    # "possibly produce earthquakes": "produce" is the verb whose object the noun is, not its kind
    bullets = [
        "The BGS said any process that injects water will possibly produce earthquakes.",
        "The April tremor took place near the drilling site.",
    ]
    texts = [*bullets, "The earthquake was felt by at least one person.", "Such earthquakes are small."]
    assert _titled(bullets, texts, "Better Future") == "Earthquake"
    titles = shared_group_titles("en-xsum.jsonl", 75)  # a fracking tremor's monitoring
    assert "Produce Earthquakes" not in titles and "Earthquake" in titles, titles
