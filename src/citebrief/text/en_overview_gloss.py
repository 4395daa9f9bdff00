"""An English overview titled by a gloss: "Key points: Russian Federal Space Agency" over a
spacecraft lost on its way to the space station, where the article writes the agency's name only
to say who "Roscosmos" is ("Roscosmos, the Russian Federal Space Agency, said Wednesday",
"Roscosmos (the Russian Federal Space Agency) announced"). A phrase the article writes only as
such an apposition, right after another name, tells who told the news, not what the news is:
blind readers of en-cnndm 169 named it a side party over the story. The thing the lead sentence
opens on ("An unmanned Russian spacecraft … will re-enter the Earth's atmosphere"), where the
article says its head again in other paragraphs, stands in its place; where the lead opens on a
name, a person by kind or a word as general as "year", the title stays.
"""

from __future__ import annotations

from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_placed_name import placed_name
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family
from citebrief.text.en_written_at import places
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, on_word_boundaries, said_alone

MIN_PARAGRAPHS = 2  # the lead's thing: its head said in this many paragraphs at least
BEFORE_SUBJECT = 2  # words the lead's subject may follow ("An unmanned | Russian spacecraft")
# what stands right before a gloss: a name, then ", the " or " (the " ("Roscosmos, the …")
_GLOSSED = LazyPattern(r"([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\s*(?:,|\()\s*(?:the\s+)?$")
_CLOSES = (",", ")")  # what closes an apposition right after it: a list's ", ESA and NASA" goes on
_SOURCE_TAG = LazyPattern(r"^\([^()]{1,40}\)\s*")  # a wire's tag glued to the lead ("(CNN)An unmanned …")
_WORD = LazyPattern(r"[\w'’-]+")
_BEFORE_SPAN = 60  # characters read back from the gloss for the name it explains


def past_gloss(subject: str, first: str, texts: list[str], used: set[str]) -> str:
    """The thing the lead sentence `first` opens on where the overview's `subject` is a gloss
    (see the module's note), `used` given it beside the gloss (a group titled by the teller
    would name a side party again); else `subject`."""
    if not subject or not first or not glossed_only(subject, texts):
        return subject
    thing = lead_thing(first, texts, used - {subject.casefold()})
    if not thing:
        return subject
    used.add(subject.casefold())
    used.add(thing.casefold())
    return display_title(thing, "en")


def glossed_only(phrase: str, texts: list[str]) -> bool:
    """Whether the texts say `phrase`, a name of two words or more, and every time as an
    apposition right after another name, closed after it ("Roscosmos, the Russian Federal Space Agency,")."""
    words = phrase.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    found = [(t, at, end) for t in texts for at, end in places(phrase, t)]
    return bool(found) and all(_glossed(t, at, end) for t, at, end in found)


def _glossed(text: str, at: int, end: int) -> bool:
    """Whether `text` writes the phrase at `at`..`end` as an apposition: right after a name that is
    no place nor day ("In Moscow, the …", "On Tuesday, the …" open a sentence), closed right after it
    (", the X and ESA" is a list)."""
    if text[end : end + 1] not in _CLOSES:
        return False
    start = max(0, at - _BEFORE_SPAN)
    name = _GLOSSED.search(text, start, at)
    return name is not None and not placed_name(text, name.start(1), name.group(1))


def lead_thing(first: str, texts: list[str], used: set[str]) -> str:
    """The noun phrase the lead sentence opens on, as wide as the lead writes it around one head
    ("Russian spacecraft"), no name alone, no word as general as "year", its head said in
    `MIN_PARAGRAPHS` paragraphs at least and free of the other titles; else ''."""
    sentence = _SOURCE_TAG.sub("", first)
    found = [c for c in en_chunks(sentence) if not c.name_only and c.words and c.text in sentence]
    opener = next((c for c in found if len(_WORD.findall(sentence[: sentence.find(c.text)])) <= BEFORE_SUBJECT), None)
    if opener is None:
        return ""
    head = opener.words[-1]
    if generic_en(head) or family(head) in PLAIN_FAMILIES or "NOUN" not in word_classes(head):
        return ""
    if sum(said_alone(head, t.casefold()) for t in texts) < MIN_PARAGRAPHS:
        return ""
    wide = max((c.text for c in found if c.words[-1] == head), key=len)
    if not free_of(wide, used) or not any(on_word_boundaries(wide, t, "en") for t in texts):
        return ""
    return wide
