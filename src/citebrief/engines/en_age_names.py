"""An English bullet whose subject is a person by age and role only ("On Friday, the 52-year-old
libertarian lawmaker from Kentucky shared …") where a sentence just before, in its paragraph,
names one person the brief has not: the name in brackets after the description ("… lawmaker from
Kentucky [Rand Paul] shared …").

CNN/Daily Mail open on a hook naming the person ("What does … presidential contender Rand Paul have
in common with …? An avid interest in poker, as it turns out.") and tell the news on the
description; the brief takes the news alone, and blind readers asked who the lawmaker was
(en-cnndm 108). `anaphora.names_no_one` reads only a sentence opening on "The 35-year-old", and the
sentence before here is no antecedent to carry (it names no one); `en_lead_descriptions` reads
only a first sentence's description closed by a comma. Read narrowly: the description is "the
N-year-old", up to three lower-case words and "from <Place>", then a verb (an auxiliary, "said",
"told" or a word in -ed), at the bullet's opening or after a short phrase and its comma; the name
is the one whole person's name of the one or two sentences before it in reach (`neighbour_in_reach`:
the bracket cites the bullet's own paragraph), not in the bullet, and no bullet printed above
writes its surname (`en_printed_order.named_above`). Verify reads it with
`text.speaker_label.NAME_AFTER_AGE`, the name in a cited paragraph.

en-xsum strips each article's summary, the sentence that named the person, so its lead opens on the
description and the name comes only after: "The 25-year-old wing has crossed codes … | … but
Chorley-born Charnley is hoping …" (en-xsum 42, titled by the Sam Burgess the lead mentions). Where
the bullet is the article's first sentence (`en_lead_descriptions` takes a description closed by a
comma), the name is the person's the `AFTER_REACH` sentences after it in its paragraph name, whom the
article names most (`MIN_MENTIONS` times at least, by word, more than any other person those sentences
name) and the lead does not: a story about someone says their name the most. Where no one there
is sure, the next passage's first `AFTER_REACH` sentences are read the same way, those before counted
too, for a surname the article never writes after a given name (as it writes the person its lost
summary introduced, `en_unintroduced`; "Rovers boss John Smith" is one it introduces itself), and
the bracket cites that passage ("The 23-year-old from Kinross [Muir] finished second …"
over "… | Muir, who finished fifth …", en-xsum 135): blind readers (s290) marked the unnamed lead a
worst fault, though a bracket citing a paragraph not saying the claim lost once (s64e, a "The boss"
mid-article whose name stood two bullets up). A lead on a bare age ("The 25-year-old moved to the
Red Rose …", en-xsum 120) takes the surname the next sentence, in its paragraph, opens on
("Short-format specialist Buttler has scored …", "Norfolk's Williamson spent …"), where the article
writes it `MIN_BARE_MENTIONS` times at least, as no place or side, and the lead does not: that
sentence goes on about the one the lead described, as a stripped summary left it. The age stays
before the bracket ("The 25-year-old [Buttler] moved …"): read blind, "[Williamson] fractured …",
the name in the age's place, lost once for dropping the bullet's only figure; blind readers (s300)
asked who "The 25-year-old" was though the title named him. A lead on an aged thing with a name
of its own ("The 10-year-old Irish-bred horse collapsed …", en-xsum 37) takes the name a sentence ties to its kind
(`en_described_name.tied_name`: "Many Clouds had …, but the horse had never …"), citing the first
paragraph that writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citebrief.engines.en_printed_order import named_above
from citebrief.engines.scored import AFTER, BEFORE, Scored, neighbour_in_reach
from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.en_actors import is_person, is_person_title, key, named, person_key, written_as_person
from citebrief.text.en_described_name import described_kinds, tied_name
from citebrief.text.en_non_persons import not_a_person
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.regex_cache import compiled
from citebrief.text.speaker_label import name_after_age

REACH = 2  # sentences before the bullet's read for the name
AFTER_REACH = 3  # sentences after an article's first read for the name its summary gave
MIN_MENTIONS = 3  # the person named after the first sentence is named this often in the article
# a name as written: up to three capitalised words ("Sam Burgess"; "Chorley-born Charnley" reads "Charnley")
_CAPITALISED = LazyPattern(r"\b[A-Z][a-z]+(?:['’][A-Z][a-z]+)?(?: [A-Z][a-z]+(?:['’][A-Z][a-z]+)?){0,2}\b")
MAX_FRAME_WORDS = 5  # "On Friday", "Last month": a short phrase before the description
MAX_ROLE_WORDS = 3  # "libertarian lawmaker", "wing": the lower-case words after the age
# the description at the bullet's opening, after a short phrase naming no one: "On Friday, the 52-year-old"
_AGED = LazyPattern(r"^(?:(?P<frame>[A-Z][a-z]*(?: [A-Za-z0-9]+)*), the|The) \d{1,3}-year-old(?= )")
_FROM = LazyPattern(r"^from (?:[A-Z][a-z]+ ){1,2}")
_WORD = LazyPattern(r"^[a-z][a-z-]*(?= )")
# a whole name: two or three capitalised words ("Rand Paul"), a title before it set aside
_WHOLE = LazyPattern(r"\b[A-Z][a-z]+\.?(?: [A-Z][a-z]+){1,2}\b")
_DAYS = frozenset([*DAY_NAMES, *MONTH_NAMES])
# words after an age that say no role: "The 55-year-old also revealed …" (en-cnndm: Ancelotti, not the
# Ronaldo named before)
_NOT_ROLES = frozenset({"also", "then", "now", "still", "later", "once", "never", "already", "even", "just", "who"})
_AUXILIARIES = frozenset({"is", "was", "has", "had", "will", "would", "could", "can", "said", "says", "told"})
MIN_BARE_MENTIONS = 2  # the person a bare age's next sentence opens on is named this often in the article
# a bare age opening the article, its verb next: "The 25-year-old moved …"
_BARE = LazyPattern(r"^The \d{1,3}-year-old(?= (?P<verb>[a-z]+) )")
# a short role before the surname a sentence opens on: "Short-format specialist Buttler has …"
_ROLED = LazyPattern(r"^(?:[A-Z][\w-]* )?(?:[a-z][\w-]* ){1,2}(?P<who>[A-Z][a-z]{2,}) (?P<verb>[a-z]+) ")
# a surname alone, a place or side it is written after set aside: "Latham", "Norfolk's Williamson"
_SURNAME = LazyPattern(r"^(?:Mc|Mac|O')?[A-Z][a-z]{2,}$")
_POSSESSOR = LazyPattern(r"^[A-Z][a-z]+['’]s ")
_NOT_NAMES = frozenset({"The", "This", "That", "These", "Those", "They", "There", "It", "He", "She", "We"})


def named_age_en(
    scored: Scored, i: int, text: str, everywhere: Iterable[int], printed: Iterable[int] | None = None
) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the person its opening age and role mean named in
    brackets after them, and the paragraph naming them (the bullet's own); None where it opens
    otherwise, or the name is unsure or the brief says it above (module doc)."""
    if scored.lang != "en" or "[" in text:
        return None
    end = description_end(text)
    if end is None:
        texts = [u.text for u in scored.units]  # the lead's kind named by a tie further on
        if i:
            return None
        return _described_lead(scored, text, texts, everywhere, printed) or _bare_lead(
            scored, text, texts, everywhere, printed
        )
    unit = scored.units[i]
    texts = [u.text for u in scored.units]
    if not i:
        return _named_after(scored, text, end, texts, everywhere, printed)
    names: set[str] = set()
    for k in range(i - 1, max(-1, i - 1 - REACH), -1):
        if not neighbour_in_reach(scored, scored.units[k], unit, BEFORE) or scored.units[k].paragraph != unit.paragraph:
            break
        names |= {_untitled(m.group()) for m in _WHOLE.finditer(texts[k])}
    people = [n for n in names if " " in n and is_person(n, texts)]
    if len(people) != 1:
        return None
    whole = people[0]
    if whole in text or whole.rpartition(" ")[2] in text:
        return None
    if named_above(scored.trimmed, texts, i, whole, everywhere, printed):
        return None  # the reader has met them
    return name_after_age(text[:end], whole, text[end:]), unit.paragraph


def _named_after(
    scored: Scored, text: str, end: int, texts: list[str], everywhere: Iterable[int], printed: Iterable[int] | None
) -> tuple[str, int] | None:
    """The first sentence's bullet `text` (its description ending at `end`) with the person the
    sentences after it in its paragraph name, whom the article names most, in brackets after the
    description, and its paragraph; None where none is sure (module doc)."""
    unit = scored.units[0]
    actors = {named(t) for t in texts}
    counts: dict[str, int] = {}
    own: list[int] = []
    for k in range(1, min(1 + AFTER_REACH, len(texts))):
        after = scored.units[k]
        if not neighbour_in_reach(scored, after, unit, AFTER) or after.paragraph != unit.paragraph:
            break
        own.append(k)
    name = _most_named(text, texts, own, actors, counts)
    paragraph = unit.paragraph
    if not name:  # the next passage's opening sentences, where the lead's own paragraph is unsure
        nxt = [k for k, u in enumerate(scored.units) if u.paragraph == unit.paragraph + 1 and not u.heading]
        name = _most_named(text, texts, nxt[:AFTER_REACH], actors, counts)
        name = "" if " " in name or written_as_person(name, texts) else name  # someone it introduces itself
        paragraph += 1
    if not name or named_above(scored.trimmed, texts, 0, name, everywhere, printed):
        return None
    return name_after_age(text[:end], name, text[end:]), paragraph


def _most_named(text: str, texts: list[str], read: list[int], actors: set[str], counts: dict[str, int]) -> str:
    """The person the sentences `read` name (added to `counts`, each by how often the article names
    them) whom the article names most, `MIN_MENTIONS` times at least and more than any other
    counted, and the lead `text` does not; ''."""
    for k in read:
        for m in _CAPITALISED.finditer(texts[k]):
            name = person_key(m.group(), texts) or _actor_alone(key(m.group()), actors)
            if name and name not in text:
                counts[name] = sum(len(compiled(rf"\b{re.escape(name)}\b").findall(t)) for t in texts)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < MIN_MENTIONS or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return ""
    return ranked[0][0] if any(ranked[0][0] in texts[k] for k in read) else ""


def _described_lead(
    scored: Scored, text: str, texts: list[str], everywhere: Iterable[int], printed: Iterable[int] | None
) -> tuple[str, int] | None:
    """The first sentence's bullet `text` opening on an aged kind of `en_described_name` ("The
    10-year-old Irish-bred horse collapsed …") with the name the article ties to that kind ("Many
    Clouds …, but the horse had …") in brackets after it, and the first paragraph writing the name;
    None where it opens otherwise or no sentence ties one."""
    kinds = "|".join(sorted(map(re.escape, described_kinds())))
    m = compiled(rf"^The \d{{1,3}}-year-old (?:[\w'-]+ ){{0,3}}?(?:{kinds})(?= [a-z])").match(text)
    name = tied_name(m.group().rpartition(" ")[2], texts) if m else ""
    if not m or not name or name in text or named_above(scored.trimmed, texts, 0, name, everywhere, printed):
        return None
    k = next(k for k, t in enumerate(texts) if name in t)
    return name_after_age(m.group(), name, text[m.end() :]), scored.units[k].paragraph


def _bare_lead(
    scored: Scored, text: str, texts: list[str], everywhere: Iterable[int], printed: Iterable[int] | None
) -> tuple[str, int] | None:
    """The first sentence's bullet `text` opening on a bare age ("The 25-year-old moved …") with the
    person the next sentence, in its paragraph, opens on by surname in brackets after the age ("The
    25-year-old [Buttler] moved …"), and its paragraph; None where it opens otherwise or that person
    is unsure (module doc)."""
    m = _BARE.match(text)
    if m is None or not _is_verb(m.group("verb")) or len(texts) < 2:
        return None
    unit, after = scored.units[0], scored.units[1]
    if not neighbour_in_reach(scored, after, unit, AFTER) or after.paragraph != unit.paragraph:
        return None
    opening = named(texts[1]) or _opening_after_role(texts[1])
    name = _POSSESSOR.sub("", opening)
    if not _SURNAME.match(name) or name in text or name in _NOT_NAMES or not_a_person(name, name, "\n".join(texts)):
        return None  # "He", "Sam Burgess", "Wigan": no surname alone, the lead's own, a side's
    mentions = sum(len(compiled(rf"\b{re.escape(name)}\b").findall(t)) for t in texts)
    if mentions < MIN_BARE_MENTIONS or named_above(scored.trimmed, texts, 0, name, everywhere, printed):
        return None
    return name_after_age(m.group(), name, text[m.end() :]), unit.paragraph


def _opening_after_role(sentence: str) -> str:
    """The surname `sentence` opens on after a short role before its verb ("Short-format specialist
    Buttler has scored …": Buttler); ''."""
    found = _ROLED.match(sentence)
    return found.group("who") if found and _is_verb(found.group("verb")) else ""


def _actor_alone(last: str, actors: set[str]) -> str:
    """`last` where a sentence of the article opens on it or quotes it as its actor, by surname alone
    ("Charnley said …", "Muir, who finished fifth …": `en_actors.named`); ''."""
    return last if last in actors else ""


def description_end(text: str) -> int | None:
    """Where the opening "the N-year-old <role> from <Place>" of `text` ends, before its verb; None
    where `text` opens otherwise or no verb follows the description (module doc)."""
    m = _AGED.match(text)
    frame = (m.group("frame") or "").split() if m else []
    if m is None or len(frame) > MAX_FRAME_WORDS or any(w[0].isupper() and w not in _DAYS for w in frame[1:]):
        return None  # "When Sen. Paul …, the 52-year-old": a phrase naming someone
    end, words = m.end(), 0
    while True:
        rest = text[end + 1 :]
        word = _WORD.match(rest)
        if word is None:
            return None
        if _is_verb(word.group()):
            return end if words else None  # a bare age ("The 23-year-old earned") says no role
        if word.group() in _NOT_ROLES or word.group().endswith("ly"):
            return None  # "The 55-year-old also revealed": a bare age, whose name may be anyone's
        placed = _FROM.match(rest)
        if placed is not None:
            end += len(placed.group().rstrip()) + 1
            verb = _WORD.match(text[end + 1 :])
            return end if verb is not None and _is_verb(verb.group()) else None
        words += 1
        if words > MAX_ROLE_WORDS:
            return None
        end += len(word.group()) + 1


def _is_verb(word: str) -> bool:
    return word in _AUXILIARIES or (word.endswith("ed") and len(word) > 4)


def _untitled(name: str) -> str:
    """`name` less a title before it ("Dr Sarah Hills": "Sarah Hills")."""
    first, _, rest = name.partition(" ")
    return rest if is_person_title(first) else name
