"""An English group title that names who told the news, not the news: blind readers of en-cnndm
briefs name "Anadolu Agency" (over "The cancer returned in 2005 ..., Turkey's semiofficial
Anadolu Agency reported") and "Stephen Cartwright" (over four bullets of Anzac Day's holiday,
one of which he is quoted in) among the worst titles. A title that the group's bullets say only
inside the attribution of a report — the source or the speaker before "reported", "said",
"told" ("NSW Business Chamber chief officer Stephen Cartwright told"), the outlet after "told",
what follows "according to", "in a blog post" — and that one bullet at most says, gives way to
the best-ranked phrase of the group (`en_title_choice.ranked_phrases`) that a bullet says outside
such an attribution: a noun phrase headed by a thing, no medium, role or place
(`en_title_setting.setting`), free of the other titles. A speaker two bullets or more quote
("Frank Jordan" told CNN twice) is the group's voice: the title stays. Where no phrase fits,
the title stays. Runs after `en_title_setting`, before `en_title_owner`.
"""

from __future__ import annotations

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family, ranked_phrases
from citebrief.text.en_title_setting import setting
from citebrief.text.en_title_theme import NOT_THEMES
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, display_title, free_of, on_word_boundaries

MAX_SAYERS = 1  # bullets that may say a source's name for it to give way: two make it the group's voice
TRIES = 8  # ranked phrases read for the one to put in its place
_CAP = r"(?:[A-Z][\w'’.&-]*|of|the|and)"
_SAY = r"(?:reported|reports|said|says|told|wrote|writes|stated|confirmed|explained|added)"
# where a sentence says who told it: what follows "according to"; a capitalized run (a source or a
# speaker, with a role word before it: "chief officer Stephen Cartwright") before a verb of saying,
# an appositive between ("Sister Gerald, who lives at the mission, said"); the outlet after such a
# verb ("told The Sydney Morning Herald"); the medium a statement came in ("in a blog post")
_ATTRIBUTIONS = (
    LazyPattern(r"\b[Aa]ccording to [^,.;:!?]+"),
    LazyPattern(rf"(?:\b[a-z][\w-]*\s)?(?:{_CAP}\s){{0,6}}{_CAP}(?:,\s[^,]{{1,60}},)?\s(?:has\s|had\s)?{_SAY}\b"),
    LazyPattern(rf"\b{_SAY}\s(?:the\s|a\s)?(?:{_CAP}\s?){{1,6}}"),
    LazyPattern(r"\bin an? (?:blog post|post|statement|interview|tweet|email|letter)\b"),
)
_WORD_CHARS = LazyPattern(r"[\w'’-]")
# what a report is made of or who makes it, not what it tells ("Information", "Aviation Authorities")
_TELLERS = frozenset(
    family(w) for w in word_list("information details authorities authority police officials source sources")
)


def source_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless the bullets say it only as who told the news (see the module's note);
    then the group's best phrase said outside an attribution; `used` updated."""
    if len(bullets) < 2 or not title or not _told_by(title, bullets):
        return title
    others = used - {title.casefold()}
    for text, _ in ranked_phrases(bullets, group_texts, all_texts, others, 0.0)[:TRIES]:
        if not _fits(text, bullets, group_texts, others):
            continue
        used.discard(title.casefold())
        used.add(text.casefold())
        return display_title(text, "en")
    return title


def _fits(text: str, bullets: list[str], group_texts: list[str], others: set[str]) -> bool:
    """A phrase headed by a thing (a noun the lexicon knows, not a verb's form alone, not a word
    too general), no setting, free of the other titles, said as written in the group's text and
    by some bullet outside an attribution."""
    words = text.split()
    head = words[-1].lower()
    classes = word_classes(head)
    if not text[:1].islower() or "NOUN" not in classes or generic_en(head) or setting(text):
        return False  # a name ("Livid Carver") or a verb's word ("Fallen on a Saturday") names no thing
    if family(head) in NOT_THEMES | PLAIN_FAMILIES | _TELLERS:
        return False  # a person by kind ("Boy's Mother"), a time, a medium or who told it
    if any(word_classes(w.lower()) == frozenset({"VERB"}) for w in words):
        return False  # "Victim Wanted Half": a clause's piece
    if not free_of(text, others) or not any(
        on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in group_texts
    ):
        return False
    return any(_places(text, b) and not _inside(text, b) for b in bullets)


def _told_by(title: str, bullets: list[str]) -> bool:
    """One bullet at most says the title, each place it does inside an attribution, as a name
    (capitalized as written: "Anadolu Agency", not the "kite flyers" one of whom said it) or a
    medium ("Blog Post")."""
    saying = [b for b in bullets if _places(title, b)]
    if not 0 < len(saying) <= MAX_SAYERS or not all(_inside(title, b) for b in saying):
        return False
    return setting(title) or all(b[start : start + 1].isupper() for b in saying for start, _ in _places(title, b))


def _places(phrase: str, bullet: str) -> list[tuple[int, int]]:
    """Where the bullet says the phrase (any case) between word boundaries."""
    low, needle = bullet.casefold(), phrase.casefold()
    found = []
    at = low.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = bullet[at - 1 : at]
        after = bullet[end : end + 1]
        if not (before and _WORD_CHARS.match(before)) and not (after and _WORD_CHARS.match(after)):
            found.append((at, end))
        at = low.find(needle, at + 1)
    return found


def _inside(phrase: str, bullet: str) -> bool:
    """Each place the bullet says the phrase lies inside an attribution."""
    spans = [m.span() for pattern in _ATTRIBUTIONS for m in pattern.finditer(bullet)]
    return all(any(a <= start and end <= b for a, b in spans) for start, end in _places(phrase, bullet))
