"""The one table of English verbs of saying (text/data/speech_verbs_en.tsv) and the ten uses read from it.

Each use's set is pinned to the literal list its module kept before the table: a mark changed in
the table changes actors, captions, titles or key facts, and must be a decision, made here too.
The patterns built from the table are compared with the literal ones on the shared English
articles: the alternation's order is the table's (longer first), which changes nothing where every
verb is a whole word bounded on both sides, as at every use."""

from __future__ import annotations

import re

import pytest

from citebrief.engines import en_actor_groups
from citebrief.ingest import document_from_text
from citebrief.text import anaphora, caption_lines, captions, en_actors, en_title_speaker
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import USES, TablePattern, Use, alternation, parse_table, speech_verbs, verbs
from conftest import load_records

# the lists as the modules wrote them before the table
BEFORE: dict[Use, str] = {
    "quoted": (  # text/en_actors._SAID
        "said|says|added|adds|told|tells|explained|explains|wrote|writes|admitted|admits|claimed|claims|"
        "insisted|insists|alleged|alleges|denied|denies|revealed|reveals|recalled|recalls|described|describes|"
        "continued|stated|states|argued|argues|warned|warns|confirmed|confirms|joked|jokes|agreed|agrees|"
        "disagreed|replied|responded|posted|tweeted|noted|notes|believes|believed|thinks|thought"
    ),
    "reported": "said|says|told|added|admitted|claimed|insisted|alleged|denied|explained",  # en_actors._REPORTED
    "attributed": (  # text/anaphora._EN_SPEAKER
        "said|says|added|adds|told|tells|explained|according to|wrote|writes|insisted|claimed|revealed"
        "|admitted|warned|stated|asked|replied|tweeted|posted"
    ),
    "she_said": "said|says|added|adds",  # text/anaphora._EN_PRONOUN_SPEAKER, "' she said"
    "said_she": "said|added",  # the same, "' said she"
    "label_run": "said|says|told|added|wrote|explained|stated|asked|insisted|warned|replied",  # captions._LABEL
    "label_line": (  # text/caption_lines._SAYING
        "said|says|say|told|tells|added|adds|wrote|writes|explained|stated|asked|insisted|warned|replied|read"
        "|reads|continued|posted|tweeted|admitted|claimed|revealed|commented|declared|announced|verdict"
    ),
    "source": "said|says|say|told|tells|added|explained|claimed|insisted|admitted|revealed",  # en_actor_groups
    "teller": (  # text/en_title_speaker.SAYING, with "according to"
        "said|says|told|tells|added|adds|explained|explains|reported|reports|revealed|reveals|wrote|writes|"
        "claimed|claims|insisted|insists|admitted|admits|warned|warns|confirmed|confirms|according to"
    ),
}


@pytest.mark.parametrize("use", USES)
def test_each_use_reads_the_set_its_module_kept(use: Use) -> None:
    listed = BEFORE[use].split("|")
    assert len(set(listed)) == len(listed)
    assert set(verbs(use)) == set(listed)
    assert len(verbs(use)) == len(listed)


def test_the_table_lists_each_verb_once_and_each_serves_a_use() -> None:
    rows = speech_verbs()
    assert len({row.verb for row in rows}) == len(rows)
    assert all(row.uses for row in rows)
    assert {row.verb for row in rows} == {verb for use in USES for verb in BEFORE[use].split("|")}


def test_an_alternation_is_a_group_with_a_longer_verb_before_the_one_it_begins_with() -> None:
    label = alternation("label_line")
    assert label.startswith("(?:") and label.endswith(")")
    words = label[3:-1].split("|")
    assert words.index("says") < words.index("say") and words.index("reads") < words.index("read")
    assert re.fullmatch(alternation("teller"), "according to")


def test_a_table_pattern_reads_the_table_only_when_first_used() -> None:
    built: list[str] = []

    def build() -> str:
        built.append("x")
        return rf"\b{alternation('she_said')}\b"

    pattern = TablePattern(build)
    assert not built and isinstance(pattern, LazyPattern)
    assert pattern.search("he adds more") and pattern.pattern == r"\b(?:added|said|says|adds)\b"
    assert built == ["x"]


# the patterns as their modules compiled them before the table (the same text, the old list)
NAME_WORD = r"(?:[A-Z][\w.-]*(?:['’][A-Za-z][\w-]*)*)"
NAME = rf"{NAME_WORD}(?: {NAME_WORD}){{0,3}}"
SAID = f"(?:{BEFORE['quoted']})"
OLD_PATTERNS: dict[str, re.Pattern[str]] = {
    "quoted": re.compile(
        rf"[,!?]['’\"”]? (?:({NAME}) {SAID}\b|{SAID} (?:[a-z][\w-]* ){{0,3}}({NAME})\b|([Hh]e|[Ss]he) {SAID}\b)"
    ),
    "reported": re.compile(
        rf"(?:^|[,;:] |\b(?:but|and|while|as) )({NAME})(?: from the [a-z]+(?: [a-z]+)?|, [^,]{{1,60}},)? "
        rf"(?:{BEFORE['reported']})\b"
    ),
    "attributed": re.compile(rf"\b(?:{BEFORE['attributed']})\b"),
    "pronoun": re.compile(
        r"['’\"”],? (?:she|he|they) (?:said|says|added|adds)[.!?]?$|['’\"”],? (?:said|added) (?:she|he|they)[.!?]?$"
    ),
    "label_run": re.compile(
        rf"(?![^:]{{0,30}}\b(?:{BEFORE['label_run']})\b)"
        r"[A-Z][A-Za-z'’-]*(?:(?: [a-z][a-z'’-]*){0,2}| [A-Z][A-Za-z'’-]*): [A-Z0-9]"
    ),
    "label_line": re.compile(rf"\b(?:{BEFORE['label_line']})\b", re.IGNORECASE),
    "source": re.compile(rf"\b(?:{BEFORE['source']})\b|^['‘\"“]"),
    "teller-after": re.compile(rf"(?:,[^,]{{1,40}},| [a-z][^.;:,'‘’\"“”]{{0,30}})?\s+(?:{BEFORE['teller']})\b"),
    "teller-before": re.compile(rf"\b(?:{BEFORE['teller']})\s+((?:[A-Za-z][\w.'’-]*\s+){{0,4}})$"),
}
NEW_PATTERNS: dict[str, LazyPattern] = {
    "quoted": en_actors._AFTER_QUOTE,
    "reported": en_actors._REPORTED,
    "attributed": anaphora._EN_SPEAKER,
    "pronoun": anaphora._EN_PRONOUN_SPEAKER,
    "label_run": captions._LABEL,
    "label_line": caption_lines._SAYING,
    "source": en_actor_groups._SPEECH,
    "teller-after": en_title_speaker._AFTER,
    "teller-before": en_title_speaker._BEFORE,
}
SPOKEN = [
    "'We will win,' said Thompson.",
    "'It was hard,' she said.",
    "'It was hard,' said he.",
    "'It was hard,' they adds",
    "'…,' said fertility specialist Dr. David Tourgeman",
    "but Jean Morris from the farm alleged Big Ben was",
    "Mary Crawford, 57, told the BBC",
    "according to the police",
    "Expert verdict: It works",
    "He said: It was",
    "She READS: The letter",
    "Sleep tight: The crew quarters",
    "He was saying sorry",
    "It says it responds to calls",
    "said goalkeeping coach Tony ",
]


def _shared_texts() -> list[str]:
    """Paragraphs and sentences of the first xsum and cnndm articles, and their last 80 characters."""
    found: list[str] = []
    for name in ("en-xsum.jsonl", "en-cnndm.jsonl"):
        for record in load_records(name)[:40]:
            document = document_from_text(record["article"], origin="test", kind="text")
            for paragraph in document.segments:
                for text in (paragraph.text, *(s.text for s in paragraph.sentences)):
                    found += [text, text[-80:]]
    return found


def test_the_patterns_built_from_the_table_find_what_the_literal_ones_found() -> None:
    texts = [*SPOKEN, *_shared_texts()]
    for name, old in OLD_PATTERNS.items():
        new = NEW_PATTERNS[name]
        assert new.compiled().flags == old.flags
        for text in texts:
            for method in ("match", "search", "fullmatch"):
                before, after = getattr(old, method)(text), getattr(new, method)(text)
                assert (before and before.span(), before and before.groups()) == (
                    after and after.span(),
                    after and after.groups(),
                ), (name, method, text)
            assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], (name, text)


def test_the_literal_patterns_are_met_by_the_texts_compared() -> None:
    """The comparison above means something: each old pattern matches some of the texts."""
    texts = [*SPOKEN, *_shared_texts()]
    for name, old in OLD_PATTERNS.items():
        assert any(old.search(text) for text in texts), name


@pytest.mark.parametrize(
    ("table", "message"),
    [
        pytest.param(
            "verb\t" + "\t".join(USES) + "\nsaid" + "\tx" * 9 + "\nsaid" + "\t-" * 8 + "\tx\n",
            "listed twice",
            id="twice",
        ),
        pytest.param("verb\tquoted\treported\nsaid\tx\tx\n", "columns must be", id="columns"),
        pytest.param("said" + "\tx" * 8 + "\ty\n", "x or - per use", id="mark"),
        pytest.param("said" + "\tx" * 8 + "\n", "x or - per use", id="short-row"),
        pytest.param("Said" + "\tx" * 9 + "\n", "verb in lower case", id="capital"),
        pytest.param("说" + "\tx" * 9 + "\n", "verb in lower case", id="not-english"),
        pytest.param("according  to" + "\tx" * 9 + "\n", "verb in lower case", id="two-spaces"),
        pytest.param("# a comment\nsaid" + "\t-" * 9 + "\n", "serves no use", id="no-use"),
    ],
)
def test_a_malformed_table_is_an_error_naming_its_line(table: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        parse_table(table)
    assert "line " in str(error.value)


def test_a_well_formed_table_reads_each_row_in_order() -> None:
    header = "verb\t" + "\t".join(USES)
    rows = parse_table(f"# note\n\n{header}\nsaid\tx" + "\t-" * 8 + "\naccording to" + "\t-" * 8 + "\tx\n")
    assert [(row.verb, sorted(row.uses)) for row in rows] == [("said", ["quoted"]), ("according to", ["teller"])]
