"""English bullets that point back without opening on "He" ("Both were…", "That one…", "Though
he…") carry the sentence they lean on, as a "He…" bullet does."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Point
from citebrief.text.en_back_reference import kind_only, one_of_set, pair_named_before, points_back_en
from citebrief.verify import SourceIndex, check_point
from conftest import load_records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both were being recognized for their support of music creators' rights.", True),
        ("Both men were arrested on Friday.", True),
        ("Both of them denied the charges.", True),
        ("Both the Russian and US segments operate normally.", False),  # "both X and Y"
        ("The pair began dating in January 2013.", True),
        ("The two men had met online.", True),
        ("The two-year-old was unhurt.", False),
        ("That was scoring in a World Cup for your country.", True),
        ("That said, Ferrari are stronger over a long run.", False),  # a turn of phrase
        ("Though he recorded nearly 20 albums, that one would remain his most popular.", True),
        ("However, he made only 12 appearances and returned to England in 2012.", True),
        ("But she never gave up.", True),
        ("With that fact in mind, questions have been raised as to whether that condition was linked.", True),
        ("Given this, the club will appeal.", True),
        ("Despite those warnings, the match went ahead.", True),
        ("With this year's budget, the council will build two schools.", False),  # a time, not a fact before
        ("With the fans behind them, Leeds pressed on.", False),
        ("But Benaud's take was typically measured.", True),  # a turn, whatever its subject
        ("However, in her 2008 campaign, Clinton did not support gay marriage.", True),
        ("And houses close to a Lidl cost 2 per cent less.", True),
        ("Among them, two lesbians who look lovingly into each other's eyes.", True),
        ("So far, 12 people have died.", False),
        ("But much remains unclear about those contract killings.", True),  # s51k: "much" is its subject
        ("But many will see the move as a sign.", True),
        ("However long it takes, the club will appeal.", False),  # how long, not a turn
        ("So much was said that night.", False),
        ("Then-president George Bush signed it.", False),
        ("Butler scored twice.", False),
        ("If it rains, the match will be called off.", False),  # "it" of the weather
        ("Though Smith recorded 20 albums, one stayed his most popular.", False),
        ("Thatcher won the vote.", False),
        ("Bothwell scored twice.", False),
        ("The piece was created by artist L.M. Rendall in the 1960s.", True),  # which piece?
        ("The incident occurred about 11.50pm.", True),
        ("The decision followed a review sparked by the Court of Appeal.", True),
        ("The piece of land was sold in 2010.", False),  # the noun goes on
        ("The move to Chelsea was agreed.", False),
        ("The incident room was set up.", False),  # a compound
        ("Instead, it's defendants that can't be trusted.", True),
        ("Instead of resting, he trained.", False),  # "instead of" says what instead
        ("Now, a study has found it may make your brain larger, too.", True),  # what is "it"?
        ("Now, a new study suggests they can live for 200 years.", True),
        ("Now, a study has found that exercise may make the brain larger.", False),
        ("Or so says actress Patsy Kensit, who made the comments in an interview.", True),  # whose claim
        ("So says the club's chairman.", True),
        ("Or so it seems.", True),
        ("Sophie says she will go back next year.", False),
        ("A spokeswoman would not comment on the number of bids received.", True),  # whose spokeswoman?
        ("The spokesman declined to comment further.", True),
        ("A spokeswoman for the council said the road would reopen.", False),  # says whose
        ("A spokesperson at the hospital confirmed the death.", False),
        ("The majority of these should be at level three.", True),  # a share of a set before
        ("Most of them were released without charge.", True),
        ("Some of these people said they would return.", True),
        ("Three of those charged were stopped at an airport.", False),  # "those charged" says who
        ("Many of those in the crowd took to Twitter.", False),
        ("Most of the fans left early.", False),
        ("That's according to a survey from Visa, which asked 3,000 people.", True),  # an attribution
        ("The figures come from the Office for National Statistics.", True),
        ("One has told the Daily Telegraph that a wave tore a door off.", True),  # one of a set before
        ("Others criticised the emergency services.", True),
        ("One commented: 'this girl is talented!'", True),
        ("One in seven residents will be an immigrant by 2023.", False),  # the set is said
        ("One post read: 'I tell you all now.'", False),
        ("Another tool, TwitterAudit.com, sampled 320,000 followers.", False),
        ("One injured man was taken to hospital.", False),  # a participle before its noun
    ],
)
def test_points_back(text: str, expected: bool) -> None:
    assert points_back_en(text) is expected


def _points(index: int) -> tuple[list[Point], SourceIndex]:
    record = load_records("en-cnndm.jsonl")[index]
    document = document_from_text(record["article"], origin="x", kind="text")  # as readers see it
    return [p for g in draft_extractive(document).groups for p in g.points], SourceIndex(document)


def _bullets(index: int) -> list[str]:
    return [p.text for p in _points(index)[0]]


@pytest.mark.parametrize(
    ("index", "leaning", "antecedent"),
    [
        (150, "Though he recorded nearly 20 albums, that one", 'he released an album titled "I Made a Vow,"'),
        (33, "Both were being recognized", "Bob Goodlatte (R-Va.) and Jerrold Nadler"),
        # (record 94's "But Benaud's take" left the brief when its list items became passages of their own)
        (48, "Yet any repeat of the incident", "The warning from Marteel could be the end of Sunday's matter."),
        # s50h: the carried "She" of the group's head now names her ("[Lizzi] also devoured …",
        # en_pronoun_speakers reads the sentence under its dropped "But"); the carry still holds
        (132, "However Lizzi never realised", "also devoured liquid calories"),
        (164, "The incident occurred about 11.50pm", "The man was taken to a local hospital"),
        (189, "Now, a study has found it may make", "exercise can make your muscles bigger"),
        (115, "The message read:", "the college issued an apology to students"),  # not her own email
    ],
)
def test_a_bullet_that_points_back_says_what_it_points_at(index: int, leaning: str, antecedent: str) -> None:
    bullet = next(b for b in _bullets(index) if leaning in b)
    assert antecedent in bullet.split(leaning)[0]


@pytest.mark.parametrize(
    ("index", "leaning", "antecedent"),
    [
        (16, "It became a custom-made signature model named Lucille", "Gibson officially dropped the model number"),
        (120, "Those who don't will be fined", "they will be forced to take a test"),
    ],
)
def test_a_passage_cut_does_not_part_a_bullet_from_what_it_leans_on(index: int, leaning: str, antecedent: str) -> None:
    """One block cut into passages by the tool: the sentence before, last in the passage before,
    is the writer's antecedent all the same; the bullet, quoted over the cut, is supported."""
    points, source = _points(index)
    point = next(p for p in points if leaning in p.text)
    assert antecedent in point.text.split(leaning)[0]
    verdict = check_point(point, source)
    assert verdict.label == "supported" and verdict.reason.startswith("quoted"), verdict


_TWO_PASSAGES = (
    "In the 1980s, Gibson officially dropped the model number on the guitar he used last and most.\n\n"
    "It became a custom-made signature model named Lucille, made only for the King of the Blues. "
    "He played it until the end."
)


@pytest.mark.parametrize(
    ("text", "citations", "quoted"),
    [
        (
            "In the 1980s, Gibson officially dropped the model number on the guitar he used last and most. "
            "It became a custom-made signature model named Lucille, made only for the King of the Blues.",
            [1, 2],
            True,
        ),
        (
            "In the 1980s, Gibson officially dropped the model number on the guitar he used last and most. "
            "It became a custom-made signature model named Lucille, made only for the King of the Blues.",
            [2],
            False,
        ),
        (
            "In the 1990s, Fender officially dropped the model number on the guitar he used first and least. "
            "It became a custom-made signature model named Lucille, made only for the King of the Blues.",
            [1, 2],
            False,
        ),
    ],
)
def test_a_bullet_quoted_over_a_passage_cut(text: str, citations: list[int], quoted: bool) -> None:
    index = SourceIndex(document_from_text(_TWO_PASSAGES, origin="x", kind="text"))
    verdict = check_point(Point(text=text, citations=citations), index)
    assert verdict.reason.startswith("quoted") is quoted, verdict


def test_an_antecedent_that_leans_on_its_own_is_not_carried() -> None:
    """An antecedent "Among them, two lesbians…" before "However, … Clinton did not support gay marriage": the
    pair still answers a sentence the reader never saw; the bullet says its claim alone."""
    bullets = _bullets(138)
    assert "In her 2008 campaign, Clinton did not support gay marriage." in bullets
    assert not any("Among them" in b for b in bullets)


def test_a_thing_named_only_by_its_kind_with_nothing_before_it_is_no_bullet() -> None:
    """Record 123: "The piece was created by artist L.M. Rendall…" opens its passage, the
    sentence before is a caption in the passage before: which piece, the brief could never say."""
    bullets = _bullets(123)
    assert not any(b.startswith("The piece was") for b in bullets)
    assert any("Dozens of books" in b for b in bullets)  # the group keeps its size


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The piece was created by artist L.M. Rendall in the 1960s.", True),
        ("The incident occurred about 11.50pm.", True),
        ("The piece of land was sold.", False),  # the noun goes on: it says which
        ("The incident room was closed.", False),
        ("Rendall's piece was created in the 1960s.", False),
        ("The message read: 'We take this matter seriously.'", True),
        ("The statement said the school would reopen.", True),
        ("The message board was closed.", False),
        ("The letter writer was never found.", False),
        ("The comments come after a week of poor sales figures.", True),  # a plural's own verb
        ("The remarks follow a row over the budget.", True),
        ("The comments section was closed.", False),
    ],
)
def test_kind_only(text: str, expected: bool) -> None:
    assert kind_only(text) is expected


def test_a_spokeswoman_carries_whose_she_is() -> None:
    """en-xsum 117: a glued stop cut (en_glued_stops) parted "A spokeswoman would not comment…" from
    the Ministry of Defence's sentence; the bullet carries it again, so the reader knows whose."""
    record = load_records("en-xsum.jsonl")[117]
    document = document_from_text(record["article"], origin="x", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    bullet = next(b for b in bullets if "A spokeswoman would not comment" in b)
    assert bullet.startswith("The Ministry of Defence has previously said")


def test_a_share_of_a_set_carries_the_set() -> None:
    """en-xsum 191 (blind read: "these" points at nothing the brief says): "The majority of these
    should be at level three…" carries the report's call for 300,000 new starts a year."""
    record = load_records("en-xsum.jsonl")[191]
    document = document_from_text(record["article"], origin="x", kind="text")
    bullets = [p.text for g in draft_extractive(document).groups for p in g.points]
    bullet = next(b for b in bullets if "The majority of these should be" in b)
    assert bullet.startswith("The report calls for apprenticeships to be radically expanded")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One has told the Daily Telegraph that a wave tore a door off.", True),
        ("Another said the ship was creaking.", True),
        ("One testified that he considered her his girlfriend.", True),
        ("One of the boys was 16.", False),  # "of the boys" names the set
        ("Both were arrested.", False),  # points back, but no single one of a set
    ],
)
def test_one_of_set(text: str, expected: bool) -> None:
    assert one_of_set(text) is expected


def test_one_of_a_set_carries_the_set() -> None:
    """en-cnndm 39: "One was due to set-pieces, one for something else…" carries "Every defeat was
    different", the set its "One" counts (it stood alone, one of what?)."""
    bullet = next(b for b in _bullets(39) if "One was due to set-pieces" in b)
    # in Ancelotti's marks (`en_single_middles`), his name given by `en_quote_runs`
    assert bullet.startswith("[Ancelotti said:] 'Every defeat was different.")


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        (
            "Police denied reports that the pair, both aged 30, had fled the country.",
            "Anna Bell and Tom Ray were held.",
            True,
        ),
        ("Officers said the couple had been married for ten years.", "Mr and Mrs Hale were found at home.", True),
        ("A court heard the two were seen near the bank.", "Joe Kemp, 25, and Sam Ford, 27, deny theft.", True),
        ("Anna Bell and Tom Ray said the pair would appeal.", "They were held in May.", False),  # named here
        ("Police denied reports that the pair had fled.", "The men were held in May.", False),  # no pair before
        ("He bought the pair of boots in May.", "Anna Bell and Tom Ray were held.", False),  # a pair of things
        ("The deal runs for the two-year term.", "Anna Bell and Tom Ray were held.", False),
        (
            "The pair began dating in 2013.",
            "Anna Bell and Tom Ray met at work.",
            False,
        ),  # the opening's: points_back_en
    ],
)
def test_pair_named_before(text: str, before: str, expected: bool) -> None:
    assert pair_named_before(text, before) is expected


def test_a_pair_in_mid_sentence_carries_the_sentence_naming_them() -> None:
    """ "… denied reports that the pair had fled" picked without the sentence naming the two: the bullet
    carries it (`cited_points.carry_antecedent`), so the reader knows who the pair are."""
    from citebrief.engines.cited_points import carry_antecedent
    from citebrief.engines.scoring import score

    named = "Karl Penrose and Dean Whitby, both builders from Bradford, are alleged to have confessed."
    bullet = "Police have denied reports that the pair, both aged 34, have since withdrawn their confessions."
    text = f"Two men were charged over a raid on a jewellery shop in Leeds. {named} {bullet}\n\nThe shop reopened."
    scored = score(document_from_text(text, origin="t", kind="text"), {}, False)[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text == bullet)
    assert carry_antecedent(scored, i, scored.trimmed[i], frozenset(), shown=True) == f"{named} {bullet}"
