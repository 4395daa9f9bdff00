"""Theme titles: the tests every title phrase passes and the bookkeeping of the titles given — a
phrase on word boundaries no other reading of its text crosses, a name or not, free of the titles
given, 2–12 Chinese characters or 1–4 English words, displayed in Title Case in English.

What phrase a heading or a sentence names is read in `noun_phrases`; these are the checks it and
every later title step share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate

from citebrief.model import Lang
from citebrief.text.brief_memo import per_brief
from citebrief.text.en_chunks import word_classes
from citebrief.text.tokenize import cut_zh, tag_zh, zh_dictionary
from citebrief.text.zh_bodies import BODY_ENDINGS

MIN_ZH, MAX_ZH = 2, 12
MAX_EN_WORDS = 4


@lru_cache(maxsize=1024)
def zh_words(text: str) -> tuple[tuple[str, str], ...]:
    """The tagger's words of `text` with their tags, kept: a title's tries tag the same phrases again."""
    return tuple(tag_zh(text))


@lru_cache(maxsize=1024)
@per_brief(maxsize=16384)  # each title's tries read the same paragraphs' words again
def word_boundaries(text: str, lang: Lang) -> frozenset[int]:
    """Offsets in `text` where a word starts or ends."""
    if lang == "zh":  # the cut alone: where its words end is all a boundary needs, no tags
        return frozenset(accumulate(map(len, cut_zh(text)), initial=0))
    return frozenset(
        position
        for match in re.finditer(rf"[A-Za-z0-9]+(?:[{_HYPHENS}][A-Za-z0-9]+)*", text)
        for position in (match.start(), match.end())
    )


def on_word_boundaries(phrase: str, text: str, lang: Lang) -> bool:
    """True when `phrase` occurs in `text` starting and ending between words."""
    if not phrase:
        return False
    if lang != "zh":  # each place's two ends asked of the text around them, not the text's every word
        haystack, needle = text.casefold(), phrase.casefold()
        start = haystack.find(needle)
        while start >= 0:
            if _en_boundary(text, start) and _en_boundary(text, start + len(needle)):
                return True
            start = haystack.find(needle, start + 1)
        return False
    cuts: frozenset[int] | None = None
    start = text.find(phrase)
    while start >= 0:
        cuts = cuts if cuts is not None else word_boundaries(text, lang)
        if start in cuts and start + len(phrase) in cuts:
            return True
        start = text.find(phrase, start + 1)
    return False


_EN_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
# what joins a word's parts: the hyphen, and the Unicode hyphen and non-breaking hyphen (U+2010,
# U+2011) a pasted page may write for it; "ISIS" is no word of "anti-ISIS" in any of them
_HYPHENS = "-\u2010\u2011"


def _en_boundary(text: str, at: int) -> bool:
    """Whether offset `at` is in `word_boundaries(text, "en")`, read off the characters beside
    it: a word (letters and digits, hyphenated parts joined) starts or ends there."""
    size, word = len(text), _EN_WORD_CHARS
    if not 0 <= at <= size:
        return False
    before = at > 0 and text[at - 1] in word
    after = at < size and text[at] in word
    if after and not before:  # a start, unless a hyphen joins it to the word before ("pest-infested")
        return not (at >= 2 and text[at - 1] in _HYPHENS and text[at - 2] in word)
    if before and not after:  # an end, unless a hyphen and a word go on
        return not (at + 1 < size and text[at] in _HYPHENS and text[at + 1] in word)
    return False


def starts(phrase: str, text: str) -> list[int]:
    """Where `phrase` starts in `text`, each place (overlapping ones too)."""
    found, at = [], text.find(phrase)
    while at >= 0:
        found.append(at)
        at = text.find(phrase, at + 1)
    return found


def written_by(phrase: str, bullets: list[str]) -> list[str]:
    """The bullets that write `phrase`, in their order: who says a title, the question every
    step that retitles one bullet's phrase asks first."""
    return [b for b in bullets if phrase in b]


def free_of(phrase: str, used: set[str]) -> bool:
    """No title given yet (`used`, casefolded) holds the phrase, nor does the phrase hold one,
    nor names one's thing again: "McCoy's Trophy" beside "AP McCoy's Champion Jockeys Trophy"
    (`_owned_thing`), a twin readers see twice."""
    folded = phrase.casefold()
    if any(folded in u or u in folded for u in used):
        return False
    owned = _owned_thing(folded)
    return owned is None or not any(_owned_thing(u) == owned for u in used)


def _owned_thing(title: str) -> tuple[str, str] | None:
    """Whose thing a possessive English title names, and what (owner, head noun, casefolded, the
    quote's form and a plural "s" aside): ("mccoy", "trophy") of "ap mccoy’s champion jockeys
    trophy" and of "mccoy’s trophy"; else None. The head is the last word, or the one before "of"."""
    words = title.replace("’", "'").split()
    owners = [at for at, word in enumerate(words[:-1]) if word.endswith(("'s", "s'"))]
    if len(owners) != 1 or not words[-1].isalpha():
        return None
    owner, rest = words[owners[0]], words[owners[0] + 1 :]
    head = rest[rest.index("of") - 1] if "of" in rest[1:] else rest[-1]
    return owner.removesuffix("'s").removesuffix("'"), head.removesuffix("s")


def swapped_title(old: str, new: str, used: set[str]) -> str:
    """`new`, standing in `old`'s place among the titles given (`used`, casefolded): the one
    bookkeeping every retitling step does, so a later step sees the title that stands."""
    used.discard(old.casefold())
    used.add(new.casefold())
    return new


def swapped_if_free(old: str, new: str, used: set[str]) -> str:
    """`swapped_title` where no other title given holds `new` or is held by it (`free_of`);
    else `old`."""
    if not free_of(new, used - {old.casefold()}):
        return old
    return swapped_title(old, new, used)


# a group's bullets and paragraphs, None for a heading's group (whose title is its heading's)
GroupTexts = tuple[list[str], list[str]] | None


def each_retitled(
    titles: list[str],
    own: list[GroupTexts],
    used: set[str],
    weak: Callable[[str, list[str]], bool],
    retitle: Callable[[str, list[str], list[str], set[str]], str],
) -> list[str]:
    """`titles` with each one `weak` finds in its bullets given what `retitle` finds for it (''
    keeps it) from the group's bullets and paragraphs and the titles it may not repeat: `used`
    and every other group's title as retitled so far (casefolded), less its own."""
    result = list(titles)
    for index, (title, group) in enumerate(zip(titles, own, strict=True)):
        if not title or group is None or not weak(title, group[0]):
            continue
        bullets, texts = group
        others = {t.casefold() for j, t in enumerate(result) if j != index and t}
        result[index] = retitle(title, bullets, texts, (used | others) - {title.casefold()}) or title
    return result


def group_bullets(own: list[GroupTexts]) -> list[list[str]]:
    """Each group's bullets, none for a heading's group: the `bullets_of` `each_swapped` reads
    the other groups' bullets from."""
    return [group[0] if group is not None else [] for group in own]


def each_swapped(
    titles: list[str],
    groups: list[GroupTexts],
    bullets_of: list[list[str]],
    used: set[str],
    weak: Callable[[str, list[str], list[str]], bool],
    find: Callable[[str, list[str], list[str], list[str], set[str]], str],
) -> list[str]:
    """`titles` with each one `weak` finds in its group (title, bullets, paragraphs) given what `find`
    finds for it ('' keeps it) from the title, the group's bullets and paragraphs, every other
    group's bullets (`bullets_of`) and the titles it may not repeat: `used` and every other group's
    title as swapped so far (casefolded), less its own. Unlike `each_retitled`, the step reads the
    other groups' bullets, and `used` follows each swap (`swapped_title`)."""
    kept = list(titles)
    for k, group in enumerate(groups):
        title = kept[k]
        if group is None or not title or not weak(title, *group):
            continue
        bullets, texts = group
        others = [b for j, own in enumerate(bullets_of) if j != k for b in own]
        taken = (used | {t.casefold() for j, t in enumerate(kept) if j != k and t}) - {title.casefold()}
        found = find(title, bullets, texts, others, taken)
        if found:
            kept[k] = swapped_title(title, found, used)
    return kept


def said_places(phrase: str, texts: Iterable[str], lang: Lang) -> int:
    """How many places of the texts say `phrase`, counted in each text that says it on word
    boundaries at least once: how much a story dwells on a thing it names as a word of its own."""
    return sum(len(starts(phrase, t)) for t in texts if on_word_boundaries(phrase, t, lang))


def mentions(phrase: str, texts: Iterable[str]) -> int:
    """How often the texts say `phrase`, in any case ("al-Douri", "Al-Douri"), inside a longer
    word too: how much a story says of a name or a thing, to weigh it against another."""
    folded = phrase.casefold()
    return sum(t.casefold().count(folded) for t in texts)


def said_alone(name: str, text: str) -> bool:
    """Whether `text` says `name` between word boundaries (what the pattern "\\bname\\b" finds,
    without compiling one for each name): a boundary lies where a word character (alphanumeric
    or an underscore, as the pattern's) meets a character that is none, or the text's end."""
    size, end = len(name), len(text)
    at = text.find(name)
    while at >= 0:
        if _boundary(text, at, end) and _boundary(text, at + size, end):
            return True
        at = text.find(name, at + 1)
    return False


def _boundary(text: str, at: int, end: int) -> bool:
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    return before != (at < end and (text[at].isalnum() or text[at] == "_"))


def word_boundary(text: str, at: int) -> bool:
    """What "\\b" finds at offset `at` of `text`: a word character (alphanumeric or "_", as the
    pattern's) on one side only, the text's ends counting as none."""
    return _boundary(text, at, len(text))


CUT_WINDOW = 12  # characters either side of a phrase tagged to find the words around it
CROSSING_MAX = 4  # longest dictionary word looked for across a title's ends
_PERSON_ORG_TAGS = frozenset({"nr", "nrt", "nt"})


def _crossed(text: str, cut: int, after_verb: bool) -> bool:
    """True when a dictionary word runs across offset `cut` of `text` ("并处|罚金" across 并|处罚金).
    Where the cut follows a verb (`after_verb`: its object opens there), only a word that leaves
    of the tagger's words it cuts into pieces that read as words too: "实现|居住证" is not crossed
    by 现居, which leaves 住证, no word. Elsewhere any such word: titles found across a noun seam
    ("沿途|经营户", "自己|任何借口") are shorter, poorer phrases than the ones they would displace."""
    spans = [
        (low, high)
        for low in range(max(0, cut - CROSSING_MAX + 1), cut)
        for high in range(cut + 1, min(len(text), low + CROSSING_MAX) + 1)
        if high - low >= 2 and zh_dictionary()(text[low:high])
    ]
    if not spans or not after_verb:
        return bool(spans)
    base = max(0, cut - CUT_WINDOW)
    window = text[base : cut + CUT_WINDOW]
    bounds = sorted(word_boundaries(window, "zh") | {len(window)})
    return any(_reads_apart(window, bounds, low - base, high - base) for low, high in spans)


def _after_verb(text: str, at: int) -> bool:
    """Whether the tagger's word ending at offset `at` of `text` is a verb ("实现" of "实现居住证办理")."""
    offset = 0
    for word, tag in zh_words(text):
        offset += len(word)
        if offset >= at:
            return offset == at and tag == "v"
    return False


def _reads_apart(window: str, bounds: list[int], low: int, high: int) -> bool:
    """Whether the word `window[low:high]` leaves of the tagger's words it cuts into pieces that
    are words too: one character, or a dictionary word. A piece of a word the dictionary lacks
    (the tagger's own guess) proves nothing: the crossing word stands."""
    first = max(b for b in bounds if b <= low)
    last = min(b for b in bounds if b >= high)
    left_word = window[first : min(b for b in bounds if b > first)]
    right_word = window[max(b for b in bounds if b < last) : last]
    for piece, word in ((window[first:low], left_word), (window[high:last], right_word)):
        if len(piece) > 1 and not zh_dictionary()(piece) and zh_dictionary()(word):
            return False
    return True


@per_brief(maxsize=16384)  # a title's tries ask again of the same phrase and paragraph
def cleanly_cut(phrase: str, text: str, lang: Lang) -> bool:
    """True when `phrase` occurs in `text` on word boundaries that no other reading of the text
    crosses: the tagger's "处罚金" in "并处罚金" (并处/罚金) or "部副" in "环境部副部长" is a
    piece of two words, never a title; nor is a phrase ending on a verb before its object."""
    if lang == "en":
        return _whole_name_run(phrase, text)
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        # the words around one place are cut the same in a window around it: tag only that
        low = max(0, start - CUT_WINDOW)
        window = text[low : end + CUT_WINDOW]
        cuts = word_boundaries(window, lang)
        inside = (start - low, end - low)
        whole = all(c in cuts for c in inside) and not _verb_end(window, inside[1])  # tags read only here
        opens = whole and _after_verb(window, inside[0])  # tags read only where the cuts hold
        if whole and not _crossed(text, start, opens) and not _crossed(text, end, False):
            return True
        start = text.find(phrase, start + 1)
    return False


def _verb_end(text: str, at: int) -> bool:
    """Whether a verbal noun ends at offset `at` right before its object ("山东启动|防汛应急响应"):
    a phrase ending there ends on a verb. The words are read up to `at` only."""
    words = zh_words(text)
    offset = 0
    for k, (word, tag) in enumerate(words):
        offset += len(word)
        if offset >= at:
            following = words[k + 1][1] if k + 1 < len(words) else "x"
            return offset == at and tag == "vn" and following in {"n", "vn", "nz", "ns", "nt", "j"}
    return False


_EN_OPENING_ARTICLES = frozenset(("The", "A", "An"))


def _verb_next(words: list[str]) -> bool:
    """The word after a capitalized first one may be a verb in its base form ("The FA regard
    loyalty caps"): the name's verb, not a thing the name describes."""
    following = words[1] if len(words) > 1 else ""
    return following[:1].islower() and not following.endswith("s") and "VERB" in word_classes(following.lower())


def _whole_name_run(phrase: str, text: str) -> bool:
    """An English phrase on word boundaries that does not cut a run of capitalized words
    ("Francisco Air Route" of "San Francisco air route", "York San" of "New York to San"), nor
    joins common words to part of a name."""
    from citebrief.text.en_name_tails import joined_name_before, shared_plural  # not on a Chinese start

    lowered, needle = text.lower(), phrase.lower()
    start = lowered.find(needle)
    while start >= 0:
        end = start + len(needle)
        ok = (start == 0 or not _WORD_CHAR(text[start - 1])) and (end == len(text) or not _WORD_CHAR(text[end]))
        words = text[start:end].split()
        before = text[max(0, start - 40) : start].split()[-1:]
        after = text[end : end + 40].split()[:1]
        if ok and len({w[:1].isupper() for w in words}) > 1 and not _name_with_descriptor(words):
            ok = False  # "retired couple Brian", "Brian and": a name half in the phrase
        if ok and before and words[0][:1].isupper() and before[0][:1].isupper() and before[0][-1:].isalpha():
            ok = before[0] in _EN_OPENING_ARTICLES and not _verb_next(words)  # "The Swedish cops": no name cut
        if ok and after and words[-1][:1].isupper() and after[0][:1].isupper():
            ok = False
        if ok and words[0][:1].isupper() and joined_name_before(text[:start]):
            ok = False  # "Blue Drill Hall" of "Out of the Blue Drill Hall"
        if ok and shared_plural(words, text[:start]):
            ok = False  # "RMT Unions" of "the Aslef and RMT unions": one of the two the noun is of
        if ok:
            return True
        start = lowered.find(needle, start + 1)
    return False


def _name_with_descriptor(words: list[str]) -> bool:
    """A name and the common words that say what it is, each whole: a name first ("Hollywood
    film", "Facebook's security chief"), or a full name of two or more words last ("Blues
    legend B.B. King"); never a lone first name after common words ("retired couple Brian")."""
    capital = [w[:1].isupper() for w in words]
    first_lower = capital.index(False)
    last_lower = len(capital) - 1 - capital[::-1].index(False)
    if any(capital[first_lower:last_lower]):
        return False  # common words on both sides of a capital: two phrases run together
    if last_lower == len(words) - 1:
        return True
    # a common word or two before a full name ("legend B.B. King", "legal analyst Paul Callan");
    # more, or two not opening on an adjective, is a caption run into a name ("minute's silence Arron")
    described = last_lower == first_lower or (last_lower == first_lower + 1 and _adjective(words[first_lower]))
    return len(words) - 1 - last_lower >= 2 and described


def _adjective(word: str) -> bool:
    return "ADJ" in word_classes(word.lower())


def is_name(phrase: str, texts: Iterable[str], lang: Lang) -> bool:
    """A name of a person, place or body ("峨边县", "北京大学第一医院主任医师", "Los Angeles Times"):
    who or where, not what."""
    if lang == "zh":
        tags = [tag for _, tag in zh_words(phrase)]
        if any(tag in _PERSON_ORG_TAGS for tag in tags) or all(tag == "ns" for tag in tags):
            return True
        return len(tags) == 2 and tags[0] == "ns" and phrase.endswith(BODY_ENDINGS)  # "河北省政府"
    lowered = phrase.lower()
    if lowered != phrase:
        return True
    for text in texts:  # a name is never written in lower case
        start = text.find(lowered)
        while start >= 0:
            end = start + len(lowered)
            if (start == 0 or not _WORD_CHAR(text[start - 1])) and (end == len(text) or not _WORD_CHAR(text[end])):
                return False
            start = text.find(lowered, start + 1)
    return True


def _WORD_CHAR(char: str) -> bool:  # noqa: N802 - reads as the character class it stands for
    return char.isalnum() or char == "-"


_EN_SMALL = {"of", "on", "for", "against", "a", "an", "the", "and", "in", "to", "with", "by", "over", "at", "v"}


def display_title(phrase: str, lang: Lang) -> str:
    """Title Case for English (small words lower-case past the first, names as written)."""
    if lang == "zh":
        return phrase
    words = phrase.split()
    return " ".join(
        w if (k and w.lower() in _EN_SMALL) or not w.islower() else w[:1].upper() + w[1:] for k, w in enumerate(words)
    )
