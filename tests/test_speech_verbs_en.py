"""The one table of English verbs of saying (text/data/speech_verbs_en.tsv) and the uses read from it.

Each use's set is pinned to the literal list its module kept before the table: a mark changed in
the table changes actors, captions, titles or key facts, and must be a decision, made here too.
The patterns built from the table are compared with the literal ones on the shared English
articles: the alternation's order is the table's (longer first), which changes nothing where every
verb is a whole word bounded on both sides, as at every use. The caption rules that test one word
against a use's set are run on every word of the same articles, with the old set and the table's."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

import pytest

from citebrief.engines import en_actor_groups
from citebrief.ingest import document_from_text
from citebrief.text import (
    anaphora,
    caption_lines,
    caption_runons,
    caption_runons2,
    caption_shapes,
    captions,
    en_actors,
    en_title_speaker,
    speech_verbs_en,
)
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import line_patterns
from citebrief.text.speech_verbs_en import (
    USES,
    TablePattern,
    TableWords,
    Use,
    alternation,
    fill_verbs,
    parse_table,
    speech_verbs,
    verbs,
)
from conftest import load_records
from speech_table import (
    SpeechTable,
    article_texts,
    check_each_verb_once,
    check_malformed,
    check_same_matches,
    check_use_reads_its_list,
)

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
    "runs_on": "told|tells|said|says|reported|warned|insisted|claimed|admitted",  # text/captions._SPEECH
    "role_speaker": "said|says|told|tells|added|explained|warned|insisted|admitted",  # caption_shapes._SAYING
    "name_said": "told|tells|said|says|asked|reminded|warned|informed|added|explained|wrote",  # caption_runons2._SPEECH
    "clause_subject": "said|says|claimed|claims|believes|thinks",  # caption_runons._CLAUSE_INTRODUCERS' verbs
    "label_skip": "said|says|told|added|wrote|explained|stated|asked",  # lines.tsv caption-label-en
}
TABLE = SpeechTable(USES, speech_verbs, verbs, parse_table, BEFORE)


@pytest.mark.parametrize("use", USES)
def test_each_use_reads_the_set_its_module_kept(use: Use) -> None:
    check_use_reads_its_list(TABLE, use)


def test_the_table_lists_each_verb_once_and_each_serves_a_use() -> None:
    check_each_verb_once(TABLE)


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
    "label_skip": re.compile(  # lines.tsv's caption-label-en row
        rf"^(?![^:]{{0,40}}\b(?:{BEFORE['label_skip']})\b)[A-Z][A-Za-z'’-]*(?:\s[A-Za-z'’-]+){{0,2}}:\s(?!['‘\"“])[A-Z]"
    ),
}
NEW_PATTERNS: dict[str, LazyPattern | re.Pattern[str]] = {
    "quoted": en_actors._AFTER_QUOTE,
    "reported": en_actors._REPORTED,
    "attributed": anaphora._EN_SPEAKER,
    "pronoun": anaphora._EN_PRONOUN_SPEAKER,
    "label_run": captions._LABEL,
    "label_line": caption_lines._SAYING,
    "source": en_actor_groups._SPEECH,
    "teller-after": en_title_speaker._AFTER,
    "teller-before": en_title_speaker._BEFORE,
    "label_skip": next(row.regex for row in line_patterns() if row.name == "caption-label-en"),
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
    "Mr Smith told: The town",
    "Asked why: The answer",
    "Stated aims: The plan",
]


def _shared_texts() -> list[str]:
    """Paragraphs and sentences of the first xsum and cnndm articles, and their last 80 characters."""
    return article_texts(("en-xsum.jsonl", "en-cnndm.jsonl"), 40, lambda text: text[-80:])


def test_the_patterns_built_from_the_table_find_what_the_literal_ones_found() -> None:
    for name, old in OLD_PATTERNS.items():
        new = NEW_PATTERNS[name]
        assert (new.compiled() if isinstance(new, LazyPattern) else new).flags == old.flags, name
    check_same_matches(OLD_PATTERNS, NEW_PATTERNS, [*SPOKEN, *_shared_texts()], every_match=True)


def test_the_literal_patterns_are_met_by_the_texts_compared() -> None:
    """The comparison above means something: each old pattern matches some of the texts."""
    texts = [*SPOKEN, *_shared_texts()]
    for name, old in OLD_PATTERNS.items():
        assert any(old.search(text) for text in texts), name


N = len(USES)


def _row(verb: str, *uses: Use) -> str:
    """A table row of `verb`, marked x for `uses`."""
    return "\t".join((verb, *("x" if use in uses else "-" for use in USES))) + "\n"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        pytest.param(
            "verb\t" + "\t".join(USES) + "\n" + _row("said", *USES) + _row("said", "teller"), "listed twice", id="twice"
        ),
        pytest.param("verb\tquoted\treported\nsaid\tx\tx\n", "columns must be", id="columns"),
        pytest.param("said" + "\tx" * (N - 1) + "\ty\n", "x or - per use", id="mark"),
        pytest.param("said" + "\tx" * (N - 1) + "\n", "x or - per use", id="short-row"),
        pytest.param(_row("Said", *USES), "verb in lower case", id="capital"),
        pytest.param(_row("说", *USES), "verb in lower case", id="not-english"),
        pytest.param(_row("according  to", *USES), "verb in lower case", id="two-spaces"),
        pytest.param("# a comment\n" + _row("said"), "serves no use", id="no-use"),
    ],
)
def test_a_malformed_table_is_an_error_naming_its_line(table: str, message: str) -> None:
    check_malformed(TABLE, table, message)


def test_a_well_formed_table_reads_each_row_in_order() -> None:
    header = "verb\t" + "\t".join(USES)
    rows = parse_table(f"# note\n\n{header}\n" + _row("said", "quoted", "runs_on") + _row("according to", "teller"))
    assert [(row.verb, sorted(row.uses)) for row in rows] == [
        ("said", ["quoted", "runs_on"]),
        ("according to", ["teller"]),
    ]


# the caption rules' word sets as their modules wrote them before the table, and each rule that
# reads one, called at a word of a text ("… told reporters Barcelona midfielder Iniesta …")
Rule = Callable[[list[str], int, str], bool]
OLD_WORDS: dict[str, tuple[ModuleType, str, frozenset[str], tuple[Rule, ...]]] = {
    "runs_on": (
        captions,
        "_SPEECH",
        frozenset({"told", "tells", "said", "says", "reported", "warned", "insisted", "claimed", "admitted"}),
        (
            lambda words, i, _: captions._team_descriptor(words, i, i + 1),
            lambda words, i, _: captions._team_descriptor(words, i, i + 2),
            lambda words, i, _: captions._cut_before_quote(words, i),
        ),
    ),
    "role_speaker": (
        caption_shapes,
        "_SAYING",
        frozenset({"said", "says", "told", "tells", "added", "explained", "warned", "insisted", "admitted"}),
        (lambda words, i, _: caption_shapes.role_and_speaker(words, i),),
    ),
    "name_said": (
        caption_runons2,
        "_SPEECH",
        frozenset(
            {"told", "tells", "said", "says", "asked", "reminded", "warned", "informed", "added", "explained", "wrote"}
        ),
        (caption_runons2.speaker_after_name, lambda words, i, _: caption_runons2.quote_after_name(words, i)),
    ),
    "clause_subject": (
        caption_runons,
        "_CLAUSE_INTRODUCERS",
        frozenset(
            {"while", "when", "as", "after", "before", "because", "since", "and", "but", "or", "that", "if", "until"}
            | {
                "though",
                "although",
                "whether",
                "where",
                "so",
                "said",
                "says",
                "claimed",
                "claims",
                "believes",
                "thinks",
            }
        ),
        (lambda words, i, _: caption_runons.headline_role(words, i, captions._finite_verb),),
    ),
}
CAPTIONED = [
    "Fans at the ground told reporters Barcelona midfielder Iniesta would stay",
    "He told the BBC in London 'It was the best day of my life and we knew it'",
    "The bank was fined in 2012 Chief executive Ross McEwan said: 'We are sorry'",
    "He spoke to his daughter Princess Eugenie Sarah added: 'We think she is happy' Sarah smiled at Eugenie",
    "He told former Masters winner Sandy Lyle 'It deserves all the respect in the world' and more",
    "The winner was former Masters champion Sandy Lyle 'It deserves all the respect in the world' he said",
    "The side could face West Brom Boss Nigel Pearson has said the game is on",
    "He said West Brom Boss Nigel Pearson has said the game is on",
]


def _caption_texts() -> list[str]:
    """The shared English paragraphs (each passage of a one-block article) and the shapes above."""
    found = list(CAPTIONED)
    for name in ("en-xsum.jsonl", "en-cnndm.jsonl"):
        for record in load_records(name)[:40]:
            found += [p.text for p in document_from_text(record["article"], origin="test", kind="text").segments]
    return found


def _verdicts(rules: tuple[Rule, ...], texts: list[str]) -> list[bool]:
    return [
        rule(words, i, text)
        for text in texts
        for words in [text.split()]
        for i in range(1, len(words))
        for rule in rules
    ]


@pytest.mark.parametrize("use", list(OLD_WORDS))
def test_the_caption_rules_decide_with_the_table_as_with_their_old_set(
    use: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    module, name, old, rules = OLD_WORDS[use]
    table = getattr(module, name)
    assert isinstance(table, TableWords) and table.words() == old
    texts = _caption_texts()
    after = _verdicts(rules, texts)
    monkeypatch.setattr(module, name, old)
    assert _verdicts(rules, texts) == after
    # the comparison means something: without the set, some rule decides otherwise on these texts
    monkeypatch.setattr(module, name, frozenset())
    assert _verdicts(rules, texts) != after


def test_table_words_read_the_table_only_when_first_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[Use] = []
    real = speech_verbs_en.verbs

    def counted(use: Use) -> tuple[str, ...]:
        read.append(use)
        return real(use)

    monkeypatch.setattr(speech_verbs_en, "verbs", counted)
    words = TableWords("name_said", also=frozenset({"while"}))
    assert not read
    assert "reminded" in words and "while" in words and "said" in words
    assert "believes" not in words and "Said" not in words and 3 not in words
    assert read == ["name_said"]


def test_a_data_pattern_names_a_set_of_verbs_by_its_use() -> None:
    assert fill_verbs(r"^(?!\b{speech_verbs_en:label_skip}\b)[A-Z]") == rf"^(?!\b{alternation('label_skip')}\b)[A-Z]"
    assert fill_verbs(r"[A-Z]\w{0,2}: ") == r"[A-Z]\w{0,2}: "
    row = next(row for row in line_patterns() if row.name == "caption-label-en")
    assert "{speech_verbs_en:label_skip}" in row.written and "explained|" in row.source
    assert row.regex.search("Sleep tight: The crew quarters") and not row.regex.search("He explained: The crew")
    with pytest.raises(ValueError, match=r"no use 'spoken' in speech_verbs_en\.tsv"):
        fill_verbs(r"\b{speech_verbs_en:spoken}\b")
