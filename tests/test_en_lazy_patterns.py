"""The English title steps compile a pattern for a name or a word only where a cheap test says
some text may hold a match (most names and phrases have none): each step answers as it did
when it compiled and searched every time. The slow forms are written out here and compared on
random texts made of the words the patterns look for."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from citebrief.text import en_actors, en_title_choice, en_title_cover, en_title_theme
from citebrief.text.brief_memo import new_brief
from citebrief.text.chunks import Chunk
from citebrief.text.en_title_choice import bullet_credits, in_passing
from citebrief.text.latin_letters import LOWER, UPPER

_WORDS = (
    "Tate", "tate", "Sam", "Sam's", "Mr.", "Mr", "and", "the", "this", "tax", "said", "told", "reporter",
    "CNN", "analyst", "Holyfield", "Evander", "London", "seven", "feet", "130", "x", ",", ".", "born",
    "\u212aate", "sales", "City", "city", "Reporter", "ANALYST", "reporter Tate", "Analyst tate",
)  # fmt: skip


def _texts(rng: random.Random, count: int, words: Sequence[str] = _WORDS) -> list[str]:
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 9))) for _ in range(count)]


def _old_reporter(name: str, bullets: list[str]) -> bool:
    role = re.compile(
        r"\b(?:reporter|journalist|correspondent|editor|columnist|analyst|commentator|pundit)\s+" + re.escape(name),
        re.IGNORECASE,
    )
    return any(role.search(b) for b in bullets)


def _old_first_name(word: str, dot: str, texts: Sequence[str]) -> bool:
    if word.lower() in en_title_cover.HONORIFICS or dot:
        return word.lower() in en_title_cover.HONORIFICS
    alone = re.compile(r"\b" + re.escape(word) + r"\b(?!\.? [A-Z])")
    if any(alone.search(t) for t in texts):
        return False
    return en_title_cover._first_name(word, dot, None)  # the rest of the rules, which compile nothing


def _old_given_name_before(word: str, texts: tuple[str, ...]) -> bool:
    before = re.compile(r"\b([A-Z][a-z]+)(\.?) " + re.escape(word) + r"\b")
    return any(en_title_cover._first_name(m.group(1), m.group(2), texts) for t in texts for m in before.finditer(t))


def _old_members(chunk: Chunk, said: list[frozenset[str]], bullets: list[str]) -> frozenset[int]:
    if len(chunk.words) >= 2 and all(chunk.named):
        said_as = chunk.text.split()[-1] if len(chunk.words) == 2 else chunk.text
        written = re.compile(r"(?<![\w-])" + re.escape(said_as) + r"(?![\w-])")
        return frozenset(k for k, b in enumerate(bullets) if written.search(b) and not in_passing(said_as, b))
    paired = re.compile(rf"[A-Z]\w+ and {re.escape(chunk.text)}\b|\b{re.escape(chunk.text)} and [A-Z]")
    bullets = [b if not paired.search(b) else "" for b in bullets]
    said = [s if b else frozenset() for s, b in zip(said, bullets, strict=True)]
    credits = bullet_credits(chunk, said, bullets)
    pairs = enumerate(zip(credits, bullets, strict=True))
    return frozenset(k for k, (c, b) in pairs if c >= 1 and not in_passing(chunk.text, b))


def _old_name(title: str, texts: list[str]) -> bool:
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, title.split())) + r"\b", re.IGNORECASE)
    found = [m.group() for t in texts for m in pattern.finditer(t)]
    return bool(found) and all(all(w[:1].isupper() for w in f.split()) for f in found)


def _old_person_surname(first: str, sentences: list[str]) -> set[str]:
    full = re.compile(rf"\b{re.escape(first)} ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
    return {m.group(1) for s in sentences for m in full.finditer(s)}


def test_the_name_steps_answer_as_the_patterns_do() -> None:
    rng = random.Random(11)
    names = ("Tate", "Sam", "Holyfield", "London", "CNN", "City", "\u212aate", "Mr")
    for _ in range(400):
        new_brief()  # `_given_name_before` keeps its answers for one brief
        texts = _texts(rng, rng.randint(1, 4))
        name = rng.choice(names)
        assert en_title_cover._reporter(name, texts) == _old_reporter(name, texts), (name, texts)
        pair = [f"{rng.choice(_WORDS)} {name}"]  # a role word right before the name, in any case
        assert en_title_cover._reporter(name, pair) == _old_reporter(name, pair), pair
        assert en_title_cover._first_name(name, "", texts) == _old_first_name(name, "", texts), (name, texts)
        assert en_title_cover._given_name_before(name, tuple(texts)) == _old_given_name_before(name, tuple(texts))
        title = rng.choice(("Tate", "sales tax", "Evander Holyfield", "\u212aate", "CNN analyst"))
        assert en_title_theme._name(title, texts) == _old_name(title, texts), (title, texts)


def test_a_bullet_names_the_head_again_as_the_pattern_finds() -> None:
    rng = random.Random(5)
    words = ("the", "this", "that", "tax", "taxes", "city", "x", "bathe", "the_", "é", ".")
    outcomes = set()
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(("", " ", " ", "-")) for _ in range(rng.randint(0, 7)))
        head = rng.choice(("tax", "city", "x.", "", "e"))
        expected = re.search(rf"\b(?:the|this|that) {re.escape(head)}\b", text) is not None
        assert en_title_choice._said_again(head, text) == expected, (head, text)
        outcomes.add(expected)
    assert outcomes == {True, False}


def test_a_group_s_members_are_those_the_patterns_find() -> None:
    rng = random.Random(3)
    chunks = (
        Chunk("Tate", ("Tate",), "np", True, (True,)),
        Chunk("Sam Tate", ("Sam", "Tate"), "np", True, (True, True)),
        Chunk("City", ("City",), "np", True, (True,)),
    )
    for _ in range(300):
        words = ("Tate", "Sam", "and", "City", "city", "said", "x")
        bullets = [b or "x" for b in _texts(rng, rng.randint(1, 4), words)]
        said = [frozenset(w.lower() for w in b.split()) for b in bullets]
        chunk = rng.choice(chunks)
        assert en_title_cover._members(chunk, said, bullets)[0] == _old_members(chunk, said, bullets), (chunk, bullets)


def test_a_first_name_is_read_from_the_sentences_that_hold_it() -> None:
    rng = random.Random(9)
    for _ in range(300):
        sentences = _texts(rng, rng.randint(1, 4))
        surnames = _old_person_surname("Sam", sentences)
        key = en_actors.person_key("Sam", sentences)
        if not en_actors.is_person("Sam", sentences):
            assert key == (surnames.pop() if len(surnames) == 1 else ""), sentences


def test_a_given_name_before_a_surname_is_found_where_its_own_pattern_found_it() -> None:
    """`en_actors._given_name_before` reads one pattern for every surname; the pattern made for
    each surname found the same places (overlaps, hyphens, a surname ending on a full stop or
    followed by an accented letter, which is a letter of it, an underscore)."""
    rng = random.Random(13)
    pieces = ("Ram", "Ann-Marie", "Mr", "The", "Smith", "Smith.", "Smithé", "Smith_", "-", " ", "said", "o'Neil")
    surnames = ("Smith", "Smith.", "Marie", "o'Neil", "Ann", "")
    outcomes = set()
    for _ in range(3000):
        sentence = "".join(rng.choice(pieces) + rng.choice(("", " ", " ", "-")) for _ in range(rng.randint(1, 6)))
        last = rng.choice(surnames)
        own = re.compile(rf"(?=\b[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)? {re.escape(last)}\b)")
        expected = any(
            re.match(r"\w+", sentence[m.start() :]).group() not in en_actors._NOT_GIVEN_NAMES  # type: ignore[union-attr]
            for m in own.finditer(sentence)
        )
        assert en_actors._given_name_before(last, sentence) == expected, (last, sentence)
        outcomes.add(expected)
    assert outcomes == {True, False}


def test_the_phrase_tokens_are_the_token_pattern_s_whole_matches() -> None:
    """`en_chunks` reads its tokens with `findall`, which gives whole matches only while the
    pattern has no group: a group added to it would change every phrase."""
    from citebrief.text.en_chunks import _EN_TOKEN

    assert _EN_TOKEN.compiled().groups == 0  # (a LazyPattern: compiled on first use)
    text = "Mr. Smith's U.S.-based firm paid $4,500.50 (12%) to O'Neil's kite-flying club."
    assert _EN_TOKEN.findall(text) == [m.group() for m in _EN_TOKEN.finditer(text)]


def test_a_likeness_and_a_source_are_read_where_their_patterns_read_them() -> None:
    """`simile` finds the phrase's places with `str.find` (one after another, as a pattern of the
    phrase does), `_source` its holders with `said_alone`: the answers of the patterns."""
    from citebrief.text import en_title_detail

    rng = random.Random(17)
    words = ("like", "a", "the", "river", "river,", "rivers", "as", "Tate", "told", "said", "x", "aa", "aaa", "é")
    outcomes = set()
    for _ in range(2000):
        bullet = " ".join(rng.choice(words) for _ in range(rng.randint(0, 9)))
        phrase = rng.choice(("river", "a river", "aa", "a", "", "Tate"))
        low, needle = bullet.lower(), phrase.lower()
        places = [m.start() for m in re.finditer(re.escape(needle), low)]
        expected = bool(places) and all(en_title_detail._LIKENESS.search(low[:at]) for at in places)
        assert en_title_detail.simile(phrase, bullet) == expected, (phrase, bullet)
        outcomes.add(expected)
        bullets = [bullet, " ".join(rng.choice(words) for _ in range(4))]
        title = rng.choice(("Tate", "River", "x", "Sam Tate"))
        assert en_title_theme._source(title, bullets) == _old_source(title, bullets), (title, bullets)
    assert outcomes == {True, False}


def _old_source(title: str, bullets: list[str]) -> bool:
    """`_source` with its holders found by a pattern compiled for the title's last word."""
    from citebrief.text.en_title_speaker import told_by

    last = title.rsplit(maxsplit=1)[-1]
    holders = [b for b in bullets if re.search(rf"\b{re.escape(last)}\b", b)]
    return len(holders) == 1 and told_by(last, holders[0])


def test_a_shared_word_s_modifiers_are_the_pattern_s() -> None:
    """`_modifiers` reads the words before a shared word in Python, one match after another as
    the pattern "\\b([a-z]{3,}) word\\b" did (a word said twice running, an upper-case or a
    non-ASCII letter before a modifier, a word that ends on a stop)."""
    rng = random.Random(19)
    pieces = ("car", "plates", "number", "big", "Big", "éte", "ab", "U.S.", "x1", "_old", "plates.", "new")
    outcomes = set()
    for _ in range(3000):
        bullet = "".join(rng.choice(pieces) + rng.choice((" ", " ", "", "-")) for _ in range(rng.randint(1, 8)))
        word = rng.choice(("plates", "U.S.", "car", "new"))
        expected = set(re.findall(r"\b([a-z]{3,}) " + re.escape(word) + r"\b", bullet))
        assert en_title_choice._modifiers(word, bullet) == expected, (word, bullet)
        outcomes.add(bool(expected))
    assert outcomes == {True, False}


def test_the_name_places_are_the_patterns_places() -> None:
    """text/name_places.py answers as the three patterns made for each name did, on random
    texts of names, capitals, full stops, hyphens, underscores and letters outside ASCII."""
    from citebrief.text.name_places import names_before, said_on_its_own, written_as_name

    rng = random.Random(23)
    pieces = ("Mr", "Mr.", "Ann", "Smith", "smith", "Smith.", "City", "city", "-", "_", "é", "X", "aX", "Ann-Smith")
    names = ("Smith", "City", "Ann", "Smith.", "Mr")
    seen: set[tuple[str, bool]] = set()
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice((" ", " ", "", ". ", "-")) for _ in range(rng.randint(1, 7)))
        name = rng.choice(names)
        escaped = re.escape(name)
        written = re.search(r"(?<![\w-])" + escaped + r"(?![\w-])", text) is not None
        alone = re.search(r"\b" + escaped + r"\b(?!\.? [A-Z])", text) is not None
        before = [m.groups() for m in re.finditer(r"\b([A-Z][a-z]+)(\.?) " + escaped + r"\b", text)]
        assert written_as_name(name, text) == written, (name, text)
        assert said_on_its_own(name, text) == alone, (name, text)
        assert names_before(name, text) == before, (name, text)
        seen |= {("written", written), ("alone", alone), ("before", bool(before))}
    assert len(seen) == 6  # each pattern found and missed


def test_a_title_is_spelled_where_its_pattern_finds_it() -> None:
    """`title_spelled` reads ASCII text in Python: the matches of the pattern ignoring case, one
    after another, any whitespace between the words (tabs, line breaks, the separators \\x1c)."""
    from citebrief.text.name_places import title_spelled

    rng = random.Random(29)
    pieces = ("sam", "Sam", "SAM", "tate", "Tate", "sam_", "x", "-", "é", "\u212aate", "\t", "\n", "\x1c", " ", "  ")
    pieces += ("’", "—", "\u00a0", "\u2160", "\u0130", "\u017fam", "“Sam”")
    seen = set()
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        title = rng.choice(("Sam Tate", "Sam", "sam tate", "Kate", "Tate Sam", " ", "Sam Sam"))
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, title.split())) + r"\b", re.IGNORECASE)
        expected = [m.group() for m in pattern.finditer(text)]
        assert title_spelled(title, text) == expected, (title, text)
        seen.add(bool(expected))
    assert seen == {True, False}


def test_a_role_and_a_count_before_a_word_are_the_patterns() -> None:
    """`after_role` and `after_count` read in Python what the patterns ignoring case found: a
    role word right before a name (any whitespace between), a count right before a unit."""
    from citebrief.text.name_places import COUNT_WORDS, after_count, after_role

    rng = random.Random(31)
    pieces = ("reporter", "Reporter", "ANALYST", "xreporter", "Tate", "tate", "seven", "often", "1,5", "130", "2.")
    pieces += ("feet", "Feet", "FEET", "\u0663", "\u212aate", "\u017fate", "’", "\u00a0", "\t", " ", "-", ",", "x", "_")
    roles = ("reporter", "analyst")
    count = r"\b(?:\d[\d,.]*|" + "|".join(COUNT_WORDS) + r")[\s-]"
    seen = set()
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randint(1, 8)))
        name, stem = rng.choice(("Tate", "tate", "Kate", "Sate")), rng.choice(("feet", "Feet", "\u212aate", "sate"))
        role = re.search(r"\b(?:reporter|analyst)\s+" + re.escape(name), text, re.IGNORECASE) is not None
        counted = re.search(count + re.escape(stem), text, re.IGNORECASE) is not None
        assert after_role(roles, name, text) == role, (name, text)
        assert after_count(stem, text) == counted, (stem, text)
        seen |= {("role", role), ("count", counted)}
    assert len(seen) == 4


def test_the_surnames_after_a_first_name_are_the_pattern_s() -> None:
    """`names_after` reads the capitalized words after a first name as the pattern did, one
    match after another (hyphenated pairs, a digit or an upper-case letter glued on, a name
    said twice running)."""
    from citebrief.text.name_places import names_after

    rng = random.Random(37)
    pieces = ("Sam", "Smith", "Smith-Jones", "Smith-jones", "SmithX", "Smith2", "Smith-", "Sam-Sam", "x", "Sams")
    seen = set()
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice((" ", " ", "", "-", ".")) for _ in range(rng.randint(1, 7)))
        first = rng.choice(("Sam", "Smith", "Sam-Sam"))
        pattern = rf"\b{re.escape(first)} ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
        expected = {m.group(1) for m in re.finditer(pattern, text)}
        assert names_after(first, text) == expected, (first, text)
        seen.add(bool(expected))
    assert seen == {True, False}
