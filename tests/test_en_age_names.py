"""A bullet opening on a person's age and role ("On Friday, the 52-year-old libertarian lawmaker
from Kentucky shared …") whose name only a sentence just before writes takes it in brackets after
the description (`en_age_names`); verify reads the sentence without the bracket and the name in a
cited paragraph."""

from __future__ import annotations

from citebrief.engines.en_age_names import description_end, named_age_en
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.text.speaker_label import NAME_AFTER_AGE, name_after_age
from citebrief.verify import SourceIndex, check_point
from citebrief.verify.checks import find_quotation
from citebrief.verify.index import Claim
from conftest import shared_groups

_NEWS = "On Monday, the 41-year-old city councillor from Leeds announced plans for a new park."


def _named(lead: str, news: str = _NEWS) -> str | None:
    """The bullet `news` after the sentences `lead`, one paragraph, as the brief would write it."""
    document = document_from_text(f"{lead} {news} The park opens next year.", origin="x.txt")
    scored = score(document, {})[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text.strip() == news)
    found = named_age_en(scored, i, news, [i])
    return found[0] if found else None


def test_rand_paul_is_named_after_his_description() -> None:
    # en-cnndm 108: the hook names "presidential contender Rand Paul", the news only "the 52-year-old
    # libertarian lawmaker from Kentucky"; blind readers asked who he was
    bullets = [text for group in shared_groups("en-cnndm.jsonl", 108) for text in group]
    named = "On Friday, the 52-year-old libertarian lawmaker from Kentucky [Rand Paul] shared"
    assert any(text.startswith(named) for text in bullets)


def test_the_description_ends_before_its_verb() -> None:
    assert _NEWS[: description_end(_NEWS)] == "On Monday, the 41-year-old city councillor from Leeds"
    assert description_end("The 25-year-old wing has crossed codes.") == len("The 25-year-old wing")
    assert description_end("The 23-year-old earned a medal.") is None  # a bare age names no role
    assert description_end("The 55-year-old also revealed a plan.") is None  # "also" is no role
    assert description_end("The 55-year-old really wanted it.") is None
    assert description_end("When Sarah Jones arrived, the 41-year-old mother had left.") is None  # the phrase names her
    assert description_end("The 41-year-old mother of four young children had left.") is None  # too long a role
    assert description_end("He met the 41-year-old mother there.") is None  # not the subject


def test_the_one_person_named_just_before_is_put_in() -> None:
    named = _NEWS.replace("Leeds announced", "Leeds [Sarah Jones] announced")
    assert _named("Who is Labour's Sarah Jones? A woman in a hurry, it seems.") == named
    assert _named("Sarah Jones and Tom Smith both spoke. A row followed.") is None  # two people: which?
    assert _named("The council met on Friday. A row followed.") is None  # no one named
    assert _named("Who is Sarah Jones?", _NEWS.replace("city councillor", "Jones supporter")) is None  # the bullet says


def test_the_name_is_read_back_and_found_cited() -> None:
    lead = "On Monday, the 41-year-old city councillor from Leeds"
    bullet = name_after_age(lead, "Sarah Jones", " announced a park.")
    assert bullet == "On Monday, the 41-year-old city councillor from Leeds [Sarah Jones] announced a park."
    found = NAME_AFTER_AGE.search(bullet)
    assert found is not None and found.group("who") == "Sarah Jones"
    article = "\n\n".join(
        [
            "Who is Labour's Sarah Jones? She has been a councillor for nine years.",
            _NEWS + " The Liberal Democrats said on Tuesday the park would cost far too much.",
        ]
    )
    document = document_from_text(article, origin="park.txt")
    index = SourceIndex(document)
    first, second = (segment.n for segment in document.segments)
    bullet = _NEWS.replace("Leeds announced", "Leeds [Sarah Jones] announced")
    assert check_point(Point(text=bullet, citations=[first, second]), index).label is VerdictLabel.supported
    assert check_point(Point(text=bullet, citations=[second]), index).label is not VerdictLabel.supported


def test_a_quotation_after_the_name_is_read_word_for_word() -> None:
    said = 'On Monday, the 41-year-old city councillor from Leeds said: "We will build a park for every child here."'
    document = document_from_text(f"Who is Labour's Sarah Jones? {said} The park opens next year.", origin="q.txt")
    index = SourceIndex(document)
    cited = [segment.n for segment in document.segments]
    bullet = said.replace("Leeds said", "Leeds [Sarah Jones] said")
    assert find_quotation(Claim(bullet, index), index, cited) is not None


def test_a_bare_age_takes_no_name() -> None:
    # en-cnndm 39, cut as the benches cut it: "The 55-year-old also revealed …" is Ancelotti, not the
    # Cristiano Ronaldo the sentences before name
    news = "The 55-year-old also revealed that his squad was fully fit."
    assert _named("Cristiano Ronaldo scored twice on Saturday.", news) is None
    assert _named("Cristiano Ronaldo scored twice on Saturday.", news.replace("also", "coach")) is not None


_LEAD = "The 25-year-old wing has crossed codes from Wigan in the biggest switch since Sam Burgess' move."
_AFTER = "Burgess lasted a year in union, but Chorley-born Charnley hopes to settle in quicker."


def _lead_named(article: str) -> str | None:
    """The bullet of `article`'s first sentence (`_LEAD`), as the brief would write it."""
    scored = score(document_from_text(article, origin="lead.txt"), {})[0]
    found = named_age_en(scored, 0, _LEAD, [0])
    return found[0] if found else None


def test_a_lead_takes_the_name_the_article_says_most_after_it() -> None:
    # en-xsum 42: the summary naming him is stripped; "Charnley" comes only in the sentence after
    bullets = [text for group in shared_groups("en-xsum.jsonl", 42) for text in group]
    assert "The 25-year-old wing [Charnley] has crossed codes" in bullets[0]
    named = _LEAD.replace("wing has", "wing [Charnley] has")
    article = f"{_LEAD} {_AFTER} Charnley said he was happy. Charnley has trained hard."
    assert _lead_named(article) == named
    document = document_from_text(article, origin="lead.txt")
    cited = [segment.n for segment in document.segments]
    assert check_point(Point(text=named, citations=cited), SourceIndex(document)).label is VerdictLabel.supported


def test_a_lead_takes_no_name_unsure_or_out_of_its_paragraph() -> None:
    said = "Charnley said he was happy. Charnley has trained hard."
    assert _lead_named(f"{_LEAD} {_AFTER} He said he was happy.") is None  # named once only
    rival = _AFTER.replace("Burgess", "Tomkins")
    assert _lead_named(f"{_LEAD} {rival} {said} Tomkins said so. Tomkins left.") is None  # two as often
    assert _lead_named(f"{_LEAD} Wigan lost.\n\nSale won.\n\n{_AFTER} {said}") is None  # two paragraphs on
    bare = _LEAD.replace("wing has", "has")
    scored = score(document_from_text(f"{bare} {_AFTER} {said}", origin="bare.txt"), {})[0]
    assert named_age_en(scored, 0, bare, [0]) is None  # its next sentence opens on one the lead names


def test_a_lead_takes_the_name_its_next_paragraph_says_most() -> None:
    # en-xsum strips the summary; where the lead's own paragraph names no one sure, the next one's
    # opening sentences may: the bracket cites that paragraph too
    article = f"{_LEAD} Wigan lost.\n\n{_AFTER} Charnley said he was happy. Charnley has trained hard."
    document = document_from_text(article, origin="lead.txt")
    found = named_age_en(score(document, {})[0], 0, _LEAD, [0])
    assert found is not None and found[0] == _LEAD.replace("wing has", "wing [Charnley] has")
    first, second = (segment.n for segment in document.segments)
    assert found[1] == second
    cited = Point(text=found[0], citations=[first, second])
    assert check_point(cited, SourceIndex(document)).label is VerdictLabel.supported
    boss = "Sale boss Tom Reid said he was happy. Reid said the wing had trained hard. Reid added more."
    assert _lead_named(f"{_LEAD} Wigan lost.\n\n{boss}") is None  # one the article introduces itself


_HORSE = "The 9-year-old Kerry-bred horse fell at the last fence of the Grand National at Aintree."


def test_a_lead_on_an_aged_kind_takes_the_name_tied_to_the_kind() -> None:
    # "The 10-year-old Irish-bred horse …" opened en-xsum 37 and never named Many Clouds
    tie = "Silver Gale had won twice at the course, but the horse had never fallen before."
    article = f"{_HORSE} Vets treated him on the course.\n\n{tie} Owner Ann Lee said she was sad to lose Silver Gale."
    document = document_from_text(article, origin="horse.txt")
    found = named_age_en(score(document, {})[0], 0, _HORSE, [0])
    assert found is not None and found[0] == _HORSE.replace("horse fell", "horse [Silver Gale] fell")
    first, second = (segment.n for segment in document.segments)
    assert found[1] == second
    cited = Point(text=found[0], citations=[first, second])
    assert check_point(cited, SourceIndex(document)).label is VerdictLabel.supported
    untied = article.replace("but the horse had", "but he had")
    assert named_age_en(score(document_from_text(untied, origin="h.txt"), {})[0], 0, _HORSE, [0]) is None


_BARE = "The 31-year-old joined the Green Army from Bristol in 2019 and his new terms run until 2027."


def _bare_named(article: str) -> tuple[str, int] | None:
    """The bullet of `article`'s first sentence (`_BARE`), as the brief would write it."""
    return named_age_en(score(document_from_text(article, origin="bare.txt"), {})[0], 0, _BARE, [0])


def test_a_bare_age_lead_takes_the_surname_its_next_sentence_opens_on() -> None:
    # en-xsum 120: "The 25-year-old moved to the Red Rose …" never said who; the next sentence opens on
    # "Short-format specialist Buttler", the name the stripped summary gave
    after = "Left-arm seamer Pemberton has taken more wickets than anyone in the division this season."
    article = f"{_BARE} {after} Pemberton will play on Sunday."
    document = document_from_text(article, origin="bare.txt")
    found = _bare_named(article)
    named = _BARE.replace("31-year-old joined", "31-year-old [Pemberton] joined")
    assert found is not None and found[0] == named  # the age stays: it may be the bullet's only figure
    cited = [segment.n for segment in document.segments]
    assert check_point(Point(text=named, citations=cited), SourceIndex(document)).label is VerdictLabel.supported
    possessed = _bare_named(f"{_BARE} Devon's Pemberton spent a year out injured. Pemberton is fit now.")
    assert possessed is not None and "[Pemberton]" in possessed[0]


def test_a_bare_age_lead_takes_no_unsure_name() -> None:
    after = "Left-arm seamer Pemberton has taken more wickets than anyone in the division this season."
    assert _bare_named(f"{_BARE} {after} He will play on Sunday.") is None  # named once only
    assert _bare_named(f"{_BARE} Wigan lost.\n\n{after} Pemberton will play.") is None  # another paragraph
    assert _bare_named(f"{_BARE} He has taken more wickets. Pemberton will play.") is None  # no name opens it
    side = "Promoted side Exeter have signed three players. Exeter play at home in Exeter on Sunday."
    assert _bare_named(f"{_BARE} {side}") is None  # a side's, a place's
