"""A player's name over a group that reports a match gives way to the match: blind readers named
"Sebastian Rode" one bullet's person over a group of a Bundesliga report that holds his goal,
his lucky escape from a penalty and Hoffenheim captain Beck's own goal (en-cnndm 178); so did
"Stefan Ratchford" stand over Warrington's display against Leeds (en-cnndm 13) and "Glenn Murray"
over Palace's goals against City (en-cnndm 38): the group is the game, not the one player. The
title steps put the name in (the covering step; `named_title`, the person half the bullets are
about) because they weigh people against phrases, and a side ("Bayern", "Warrington") is neither.

So, the other steps done, where the title is a person's name (`is_person`), or a club's last word
("Palace" of "Crystal Palace": `en_club_words`, a side itself), over three bullets or more, the
article reports a result (a score, "2-0"), a bullet tells of play ("goal", "try") and a side (a
one-word name written mid-sentence, no person's unless the article writes it as a team's:
"Palace’s defence", "against Hoffenheim", "Bayern Munich beat") is said by two bullets and by
as many as the person's surname at least, the title is the match as a reader writes it,
"Bayern v Hoffenheim": that side, and the other side that a sentence with a score and a result
word names beside it and the group's paragraphs write ("Bayern Munich beat Hoffenheim 2-0"). The
side more bullets name comes first, a tie by the article's order. A person the bullets say more
than any side keeps the name ("Lewis Hamilton" over his pole lap), as do a group with no second
side, a match another title holds, and a group of two (en-xsum 150's "Ali Gabr" over two lines
of a commentary: the match would take the next group's "Egypt" from it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from citebrief.text.en_actors import is_person
from citebrief.text.en_club_words import club_word
from citebrief.text.en_title_every_bullet import SENTENCE_BREAK
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries, starts, swapped_title, word_boundary

_SCORE = LazyPattern(r"(?<![\d.,£$-])\d{1,2}-\d{1,2}(?![\d-])")  # "2-0", "29-10"; not "2014-15"
_RESULT = LazyPattern(r"\b(?:beat|beats|beaten|defeated|defeat|win|won|drew|draw|against|over|lost|loss)\b")
_PLAY = LazyPattern(r"\b(?:goals?|tries|try|scored|scores?|win|defeat|equaliser|game|match|penalty)\b", re.IGNORECASE)
WORD = LazyPattern(r"\b[A-Z][a-z]{2,}\b")
# days, months and competitions' words: named beside a result, no side
NO_SIDE = LazyPattern(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|League|Cup|Premier|Champions|Championship|Super|Division|Conference|Final|Europa|Bundesliga|Serie|Liga"
)
_TEAM_THINGS = (
    "defence|attack|XI|side|players|squad|captain|keeper|goalkeeper|fans|supporters|manager|boss|coach"
    "|goal|try|lead|win|victory|defeat"
)
_FACING = "against|over|beat|beating|v|vs|visiting|hosts|host|to face|past"
_BEATING = "beat|defeated|drew|lost|won|crushed|thrashed|eased|edged|overcame|routed"
MIN_SIDE_BULLETS = 2
MIN_BULLETS = 3  # of two, the name is half the group ("Ali Gabr" of a commentary's two lines, en-xsum 150)
SEPARATOR = " v "


def match_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it is a person's name over a group of a match report (module docstring):
    then "Side v Opponent"; `used` updated."""
    if len(bullets) < MIN_BULLETS or not title or "'" in title or "’" in title:
        return title
    person = is_person(title, all_texts)
    if not (person or club_word(title, "\n".join(all_texts))):
        return title  # a club's last word ("Palace" of "Crystal Palace") is one side of the match: no person
    sentences = [s for t in all_texts for s in SENTENCE_BREAK.split(t)]
    if not any(_SCORE.search(s) for s in sentences) or not any(_PLAY.search(b) for b in bullets):
        return title
    # the result sentences: a score and a result word in each (where an opponent is named)
    results = [s for s in sentences if _SCORE.search(s) and _RESULT.search(s)]
    if not results:
        return title
    own = _saying(title.rsplit(maxsplit=1)[-1], bullets) if person else 0
    order = " ".join(all_texts)
    skip = set(title.split()) if person else set()  # a club's word is a side itself
    said = {w: _saying(w, bullets) for w in _sides(bullets, all_texts, skip)}
    least = max(own, MIN_SIDE_BULLETS)
    sides = sorted((w for w, n in said.items() if n >= least), key=lambda w: (-said[w], order.find(w)))
    for side in sides:
        opponent = _opponent(side, group_texts, all_texts, results, skip)
        if not opponent:
            continue
        first, second = (side, opponent)
        if _saying(opponent, bullets) == said[side] and order.find(opponent) < order.find(side):
            first, second = opponent, side
        shown = first + SEPARATOR + second
        if free_of(shown, used - {title.casefold()}):
            return swapped_title(title, shown, used)
    return title


def match_grounded(subject: str, texts: list[str]) -> bool:
    """Whether a "Side v Opponent" title (this module's) stands on `texts`: both sides written
    there. For `en_overview_deed.grounded` (`bench/brief_checks.py`)."""
    first, found, second = subject.partition(SEPARATOR)
    if not found or not first or not second or SEPARATOR in second:
        return False
    return all(any(on_word_boundaries(side, t, "en") for t in texts) for side in (first, second))


def _saying(word: str, bullets: list[str]) -> int:
    """How many bullets write `word` as a word, as written ("Another" is no "another")."""
    written = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])")
    return sum(bool(written.search(b)) for b in bullets)


def _sides(texts: list[str], all_texts: list[str], skip: set[str]) -> list[str]:
    """One-word names in `texts` that are sides: each written mid-sentence somewhere in the
    article (no sentence's opening word only), no person's ("Rode", "Oliver" of "Oliver Baumann")
    unless the article writes it as a team's ("Palace’s defence", "against Hoffenheim": `team`),
    for `is_person` takes "Crystal Palace" and "Saturday Bayern" for names."""
    found: list[str] = []
    seen: set[str] = set()  # each word judged once
    for word in (w for t in texts for w in WORD.findall(t)):
        if word in seen or word in skip or NO_SIDE.fullmatch(word):
            continue
        seen.add(word)
        if not any(word in t and _mid_sentence(word).search(t) for t in all_texts):
            continue
        if team(word, all_texts) or not (is_person(word, all_texts) or _given(word, texts, all_texts)):
            found.append(word)
    return found


def _given(word: str, texts: list[str], all_texts: list[str]) -> bool:
    """`word` opens a person's name in `texts` ("Oliver Baumann")."""
    return any(
        is_person(f"{word} {m.group(1)}", all_texts) for t in texts if word in t for m in _opening(word).finditer(t)
    )


def team(word: str, all_texts: list[str]) -> bool:
    """The article writes `word` as a team: a side's thing after it ("Palace’s defence") or a
    match's word before it ("against Hoffenheim", "win over Leeds")."""
    return any(word in t and _team_in(word, t) for t in all_texts)


_CAPITALISED = LazyPattern(r"[A-Z][a-z]*")  # a capital and the lower-case letters after it


def teams_in(words: Iterable[str], all_texts: list[str]) -> set[str]:
    """The `words` that `team` takes, the article read once (issue #14: asking `team` word by word
    walked every text for each, 2 million steps a 1,000-paragraph English article). A word of a
    capital and lower-case letters ("Palace") lies in a text just where it opens one of the text's
    runs of a capital and lower-case letters ("Palace", "Palaces"), so those runs say which texts
    `team` reads for it; the same texts are judged the same way."""
    asked = set(words)
    shaped = {word for word in asked if _CAPITALISED.fullmatch(word)}
    holding: dict[str, list[int]] = {}
    for index, text in enumerate(all_texts):
        for run in _CAPITALISED.findall(text):
            for size in range(1, len(run) + 1):
                opening = run[:size]
                if opening in shaped:
                    texts = holding.setdefault(opening, [])
                    if not texts or texts[-1] != index:
                        texts.append(index)
    found = {word for word in shaped if any(_team_in(word, all_texts[i]) for i in holding.get(word, ()))}
    return found | {word for word in asked - shaped if team(word, all_texts)}


# what stands after or before a side's name in `team`: fixed, so compiled once, not per word
_OWN_AFTER = LazyPattern(r"(?: [A-Z][a-z]+)?(?:'s|’s) (?:\w+ )?(?:" + _TEAM_THINGS + r")\b")  # "Palace’s defence"
_FACED_BEFORE = LazyPattern(r"\b(?:" + _FACING + r") (?:the )?\Z")  # "against Hoffenheim"
_FACED_REACH = max(map(len, _FACING.split("|"))) + len(" the ")  # the furthest back it starts
_BEAT_AFTER = LazyPattern(r"(?: [A-Z][a-z]+)? (?:" + _BEATING + r")\b")  # "Leeds beat"


def _team_in(word: str, text: str) -> bool:
    """`text` writes `word` (a capitalised word: `WORD`) as a team where it writes it: the
    patterns of one side's name ("Palace’s defence", "against Hoffenheim", "Leeds beat") read
    around each place, where compiling them per word cost ~1 ms an en-cnndm brief."""
    for start in starts(word, text):
        end = start + len(word)  # the word opens and ends on a letter: a boundary is no letter beside it
        if (
            _OWN_AFTER.match(text, end)
            or (word_boundary(text, end) and _FACED_BEFORE.search(text, max(0, start - _FACED_REACH), start))
            or (word_boundary(text, start) and _BEAT_AFTER.match(text, end))
        ):
            return True
    return False


_WORDS_KEPT = 2048  # a brief's capitalised words, with room for the next brief's


@lru_cache(maxsize=_WORDS_KEPT)
def _mid_sentence(word: str) -> re.Pattern[str]:
    """`word` after a lower-case word or a comma: not only a sentence's opening word."""
    return re.compile(r"[a-z,;:] (?:[A-Z][a-z]+ )?" + word + r"\b")


@lru_cache(maxsize=_WORDS_KEPT)
def _opening(word: str) -> re.Pattern[str]:
    """`word` and a capitalised word after it ("Oliver Baumann")."""
    return re.compile(word + r" ([A-Z][a-z]+)")


def _opponent(side: str, group_texts: list[str], all_texts: list[str], results: list[str], skip: set[str]) -> str:
    """The other side (`team`, no word of `side`'s name) that a result sentence (`results`: a
    score and a result word in each) names with `side`, written in the group's paragraphs; "" where
    none is."""
    for sentence in results:
        if not _saying(side, [sentence]):
            continue
        for word in _sides([sentence], all_texts, skip | {side}):
            if any(f"{side} {word}" in t or f"{word} {side}" in t for t in all_texts):
                continue  # "Munich" of "Bayern Munich": the side's own name
            if team(word, all_texts) and any(_saying(word, [t]) for t in group_texts):
                return word
    return ""
