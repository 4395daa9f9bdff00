"""An overview subject that is one place's instance of a roundup's event: "四川阿坝局地暴雨" of a
forecast that lists rain in a dozen provinces and heat in a dozen more. The lead's longest noun
run happened to carry one place's name; a reader of "核心要点：四川阿坝局地暴雨" expects a local
report, while the article reports the event across the country. Where the article names many
places and says the subject's event (the words after its place, else their head word) again and
again on word boundaries, the event is the subject ("局地暴雨" where said, else "暴雨"). An article
about one place ("广东非遗生活空间", "杭州大运河") names few places, or never repeats the rest alone.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import said_places, starts, swapped_title
from citebrief.text.tokenize import tag_zh

MIN_PLACES = 6  # distinct places the sentence naming the subject lists: a roundup's list, not one place's story
MAX_INSTANCE = 1  # the place's own instance is said once: a name the article repeats ("成都大运会") stays
MIN_SAID = 3  # places the event is said on word boundaries: the article's own word for what happens
MIN_CHARS = 2  # a lone character is never an event
_PLACE = "ns"
_SENTENCE_END = LazyPattern(r"(?<=[。！？；])")
# the words of the event a roundup reports, a thing or a happening: nouns, abbreviations,
# nominal verbs ("局地暴雨"); a conjunction, a person or a verb makes it a name or a clause
_EVENT_TAGS = frozenset({"n", "vn", "nz", "j"})


def roundup_event(subject: str, texts: list[str], used: set[str]) -> str:
    """`subject`, or where it opens on places and the article is a roundup of many places that
    says what follows them (or its last word) at least MIN_SAID times, that event; `used`
    holds the one that stands (another group's title is never taken)."""
    words = tag_zh(subject)
    lead = 0
    while lead < len(words) and words[lead][1] == _PLACE:
        lead += 1
    rest = words[lead:]
    if not lead or not rest or any(tag not in _EVENT_TAGS for _, tag in rest):  # not "文化和旅游夏季推介会"
        return subject
    if sum(len(starts(subject, t)) for t in texts) > MAX_INSTANCE:
        return subject
    event = next((e for e in _events(rest) if said_places(e, texts, "zh") >= MIN_SAID and e.casefold() not in used), "")
    if not event or _listed_places(subject, texts) < MIN_PLACES:
        return subject
    return swapped_title(subject, event, used)


def _events(rest: list[tuple[str, str]]) -> list[str]:
    """The words after the places whole, then their head word alone, each of MIN_CHARS or more."""
    whole = "".join(w for w, _ in rest)
    head = rest[-1][0]
    return [e for e in dict.fromkeys((whole, head)) if len(e) >= MIN_CHARS]


def _listed_places(subject: str, texts: list[str]) -> int:
    """Distinct place names, as the tagger reads them, of the sentence that says `subject`."""
    sentence = next((s for t in texts for s in _SENTENCE_END.split(t) if subject in s), "")
    return len({w for w, tag in tag_zh(sentence) if tag == _PLACE and len(w) >= MIN_CHARS})
