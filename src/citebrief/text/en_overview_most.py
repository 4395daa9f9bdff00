"""The last way out of an English overview's subject that is still vague after
`en_overview_title.overview_plain` ("Adult Version" of "These incredible photos are about as close
to an adult version of Where's Wally as you can get"): a lead that opens on a judgement of
pictures names nothing a reader could place. What the article is about is then the person its
opening paragraphs name in full and the article names most, three times at least by given name
or surname ("Jörg Düsterwald", "Jörg adds details"); where none is, the subject stays. The same
person takes the place of a subject named as someone's, a team's person or a person's part
("Sebastian Rode", who scored, over "Hoffenheim's Andreas Beck"; "Promise Tamang" over
"Promise's Bone Structure"), where the article names them more; and a word alone gives way to
the run of capitalized words the opening or the overview's bullets end it in ("Big Ben" for the
lamb "Ben", where the tagger reads "Big" as an adjective).

Tried and left: the thing of two words or more the first paragraph says and the article says
most ("Little Girl" over "Efforts of the Neighbour", a person by kind; nothing else in 400
en-cnndm and en-xsum articles).
"""

from __future__ import annotations

from citebrief.text.en_actors import person_key
from citebrief.text.en_title_cover import HONORIFICS
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries

MIN_MENTIONS = 3  # how often the article names a person, at least, to be what it is about
OPENING_PARAGRAPHS = 2  # where the person is named in full


def most_named_person(texts: list[str], used: set[str]) -> str:
    """The person the article is about (see the module's note), by the full name its opening
    paragraphs write; '' where none is, or a title in `used` holds the name."""
    best: tuple[int, str] | None = None
    for paragraph in texts[:OPENING_PARAGRAPHS]:
        for run in capital_runs(paragraph):
            words = run.split()
            if words[0].lower() in CLAUSE_OPENERS:
                words = words[1:]  # "Although Hillary Clinton boasts": whom the clause is about
            if len(words) < 2 or "I" in words:
                continue  # "Although I did break a few bones": a clause's opener and a pronoun, no name
            name = " ".join(words)
            if not (person_key(name, texts) or _called_by_first(words, texts)) or not free_of(name, used):
                continue
            count = max(_mentions(words[0], texts), _mentions(words[-1], texts))
            if count - _mentions(name, texts) < MIN_MENTIONS - 1:
                continue  # never called by one part of it alone: a place ("New York"), not a person
            if count >= MIN_MENTIONS and (best is None or count > best[0]):
                best = (count, name)
    return best[1] if best else ""


# a run of two or more capitalized words, letters of any script ("Jörg Düsterwald", which the
# English tagger knows no word of and so gives no phrase)
_CAPITAL_RUN = LazyPattern(r"(?<![\w'’-])[^\W\d_a-z][\w'’-]*(?:[ ][^\W\d_a-z][\w'’-]*)+")
_OPENERS = frozenset({"The", "A", "An", "This", "These", "That", "Those", "In", "On", "At", "But", "And"})
# words that open a clause of a sentence's own, capitalised only as its first word ("Although
# Hillary Clinton boasts …": the run's name is "Hillary Clinton")
CLAUSE_OPENERS = frozenset(
    {"after", "when", "as", "while", "if", "although", "though", "before", "since", "once", "until"}
    | {"because", "just", "despite", "with"}
)
_WORD_AFTER = LazyPattern(r"[ ]+([a-z]+)\b")


# a subject named as someone's: a team's person ("Hoffenheim's Andreas Beck"), a person's part
# ("Promise's Bone Structure", "Vinnie's Swollen Optic Discs")
_OWNED = LazyPattern(r"^[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*)?['’]s ([^\W\d_a-z][\w'’-]*(?: [^\W\d_a-z][\w'’-]*)*)$")


def owned_subject(subject: str, texts: list[str], used: set[str]) -> str:
    """The person the article is about (`most_named_person`) where the overview's subject is
    named as someone's (`_OWNED`: Beck, who put through his own net in Bayern's win; the optic
    discs of a patient whose optician is on trial) and the article names that person more often
    than the subject's last word; ''."""
    match = _OWNED.match(subject)
    if not match:
        return ""
    own = match.group(1).split()
    found = most_named_person(texts, used)
    if not found or found.split()[-1] == own[-1]:
        return ""
    words = found.split()
    mine = max(_mentions(own[0], texts), _mentions(own[-1], texts))
    return found if max(_mentions(words[0], texts), _mentions(words[-1], texts)) > mine else ""


def name_run(word: str, sentences: list[str], texts: list[str], used: set[str]) -> str:
    """The longest run of capitalized words (any script) the sentences write a one-word subject
    at the end of ("Big Ben" of "Ben", where the tagger reads "Big" as an adjective; "Dzhokhar
    Tsarnaev"), not a sentence's first words nor a title ("Dr Venter" says no more), and written
    so in the article; ''."""
    if " " in word:
        return ""
    best = ""
    for sentence in sentences:
        for run in capital_runs(sentence):
            words = run.split()
            if words[-1] != word or len(run) <= len(best) or words[0] in _OPENERS or not free_of(run, used):
                continue  # "England Under-21" of "England": a part of it, not its name
            if words[0].lower().rstrip(".") in HONORIFICS:
                continue
            if sentence.startswith(run):
                continue  # a sentence capitalizes its first word, name or not ("Yesterday Ben")
            best = run
    return best if best and any(on_word_boundaries(best, t, "en") for t in texts) else ""


def capital_runs(text: str) -> list[str]:
    return [m.group(0) for m in _CAPITAL_RUN.finditer(text) if all(w[:1].isupper() for w in m.group(0).split())]


def _called_by_first(words: list[str], texts: list[str]) -> bool:
    """The article calls the person by the first word alone, a lower-case word (a verb) after it,
    twice at least ("Jörg has been", "Jörg adds"): a given name, of any script, that the
    English name rules (`en_actors.person_key`, capitals A-Z) do not read."""
    first = words[0]
    if first in _OPENERS:
        return False
    alone = 0
    for text in texts:
        at = text.find(first)
        while at >= 0:
            end = at + len(first)
            if (at == 0 or not text[at - 1].isalnum()) and _WORD_AFTER.match(text, end):
                alone += 1
            at = text.find(first, end)
    return alone >= MIN_MENTIONS - 1


def _said(phrase: str, text: str) -> int:
    """How often the text says the phrase on word boundaries."""
    count, at = 0, text.find(phrase)
    while at >= 0:
        count += on_word_boundaries(phrase, text[max(0, at - 1) : at + len(phrase) + 1], "en")
        at = text.find(phrase, at + 1)
    return count


def _mentions(word: str, texts: list[str]) -> int:
    return sum(_said(word.casefold(), t.casefold()) for t in texts)
