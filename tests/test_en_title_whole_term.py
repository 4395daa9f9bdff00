"""An English group title cut out of a fixed term ("Vitro Fertilization") takes the term's first
word back (`en_title_whole_term.whole_term`); a title that opens on such a word said alone, or on
no term's word, stays. Small cases written after an en-cnndm brief, and that brief's article."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.en_title_whole_term import fixed_terms, whole_term

EMBRYOS = [
    "After two attempts failed to bring fertilized embryos to term, they created two more embryos.",
    "He filed a complaint to prevent her from destroying two embryos conceived through in vitro fertilization.",
]
DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "en-cnndm.jsonl"


def test_a_title_cut_out_of_a_fixed_term_takes_its_first_word_back() -> None:
    assert fixed_terms()["vitro"] == "in"
    used = {"vitro fertilization", "embryos"}
    assert whole_term(EMBRYOS, EMBRYOS, EMBRYOS, used, "Vitro Fertilization") == "In Vitro Fertilization"
    assert "in vitro fertilization" in used and "vitro fertilization" not in used


def test_a_term_word_said_alone_or_no_term_word_stays() -> None:
    routes = ["The airline opened a route to Lisbon.", "The new route is the airline's tenth."]
    assert whole_term(routes, routes, routes, {"route"}, "Route") == "Route"
    assert whole_term(EMBRYOS, EMBRYOS, EMBRYOS, set(), "Embryos") == "Embryos"


def test_a_title_another_title_holds_whole_stays() -> None:
    used = {"vitro fertilization", "in vitro fertilization treatment"}
    assert whole_term(EMBRYOS, EMBRYOS, EMBRYOS, used, "Vitro Fertilization") == "Vitro Fertilization"


def test_the_embryo_dispute_brief_names_the_term_whole() -> None:
    if not DATA.exists():
        return
    lines = DATA.read_text(encoding="utf-8").splitlines()
    article = next(json.loads(x)["article"] for x in lines if "in vitro fertilization" in x)
    brief = draft(document_from_text(article, origin="x", kind="text"))
    titles = [g.title for g in brief.groups]
    assert "In Vitro Fertilization" in titles and "Vitro Fertilization" not in titles
