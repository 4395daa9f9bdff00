"""Content-word tokenizers: Chinese through rjieba (jieba-rs), English by a word pattern.

Both return the words that carry meaning — stop words, punctuation and function words
removed — because every use downstream (term weights, similarity, key phrases) wants those.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator
from contextvars import ContextVar
from functools import cache
from itertools import accumulate, compress
from typing import NamedTuple, cast

from citebrief.model import Lang
from citebrief.text import brief_memo, segmenter
from citebrief.text.latin_letters import LETTER
from citebrief.text.lazy_re import LazyPattern

# jieba part-of-speech tags of content words: nouns (n, nr, ns, nt, nz, ng), verbal and
# adjectival nouns (vn, an), verbs (v), idioms/fixed phrases (i, l), English tokens (eng).
_ZH_CONTENT_TAGS = frozenset({"n", "nr", "nrt", "ns", "nt", "nz", "ng", "vn", "an", "v", "i", "l", "eng", "j"})
# tags worth a key phrase in a group title: nouns and nominal verbs; not personal names (a
# speaker's name says who spoke, not what the theme is), nor idioms and set phrases (i, l)
_ZH_PHRASE_TAGS = frozenset({"n", "ns", "nt", "nz", "vn", "j"})
# a word (letters, inner apostrophes and hyphens, ending on a letter) or a figure: written as one
# branch that backs off to its last letter, after a look at the first character (the same matches
# as "[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|…", found in 12% less time)
# (accented Latin letters are letters: "Müller" is one word, text/latin_letters.py)
_EN_WORD = LazyPattern(rf"(?=[{LETTER}\d])(?:[{LETTER}][{LETTER}'’-]*(?<=[{LETTER}])|\d+(?:[.,]\d+)*%?)")
# a Latin-script text that is not English (Welsh "Tân") is read by ASCII words, as before accents
# were letters: its briefs stay what they were, accents being no help where no English rule reads
# its words (`new_brief`, `engines.foreign_titles`); a context variable, so a brief in another
# thread reads its own
_ASCII_WORD = LazyPattern(r"(?=[A-Za-z\d])(?:[A-Za-z][A-Za-z'’-]*(?<=[A-Za-z])|\d+(?:[.,]\d+)*%?)")
_ACCENTS: ContextVar[bool] = ContextVar("accents", default=True)


@cache
def stop_words(lang: Lang) -> frozenset[str]:
    """The stop words of `lang`, lower-cased (one list for every module that skips them)."""
    from stop_words import get_stop_words

    words = get_stop_words("chinese" if lang == "zh" else "english")
    return frozenset(w.lower() for w in words)


# word → jieba tag. jieba tags a word by the word alone (its dictionary entry, else whether it is
# Latin letters, digits or neither), never by its neighbours, so once a word has been seen a cut
# (half the price of a tagging) and a look-up give the very pairs `rjieba.tag` gives
_ZH_TAGS: dict[str, str] = {}
_ZH_TABLES_MAX = 500_000  # words; past this both tables start again (a bound on memory)


# the cuts of one brief, by text: its titles cut again the paragraphs (and the bullets that are a
# paragraph) the engine read first. Emptied as each brief starts (`new_brief`), so no text cut for
# an earlier brief is read here; a cut depends on the text alone, so a brief running beside it in
# another thread finds only right answers. At most _BRIEF_CUTS_MAX texts (a bound on memory: a
# 10,000-paragraph law keeps its first ~1,000 paragraphs' words, a few MB, until the next brief).
_BRIEF_CUTS: dict[str, list[str]] = {}
_BRIEF_CUTS_MAX = 1024


# this brief's sentences and bullets by text, each with the paragraph it is part of: one a title
# reads again takes its words from the paragraph's cut where it can (`lend_cuts`, `share_cuts`)
_BRIEF_SOURCES: dict[str, str] = {}


# the tagged words of one brief, by text: its titles tag the same bullets several times over
# (their phrases, the names they share, the places among them); emptied with _BRIEF_CUTS. Only
# sentence-sized texts are kept (a paragraph is tagged once), at most _BRIEF_TAGS_MAX of them: a
# pair is a tuple of its own, so this table is bounded tighter than the cuts (a few MB at most).
# A list of pairs a text, never changed by a reader: `tag_zh` gives each caller a copy.
_BRIEF_TAGS: dict[str, list[tuple[str, str]]] = {}
_BRIEF_TAGS_MAX = 512
_BRIEF_TAGS_CHARS = 400
# where each word of a text cut this brief starts (`share_cuts` slices a paragraph's cut for each
# of its sentences): one list a text of _BRIEF_CUTS, emptied with it
_BRIEF_STARTS: dict[str, list[int]] = {}
# the tags of each text tagged this brief (`_zh_tags`), as a list of tags (no pairs: a few
# pointers a word): the title steps tag the same bullets and paragraphs again and again (half the
# words a news brief tags), and a copy of the list costs a fraction of a look-up a word
_BRIEF_TAG_LISTS: dict[str, list[str]] = {}


def new_brief(*, accents: bool = True) -> None:
    """Forget the previous brief's cuts, tags and parts (see _BRIEF_CUTS, _BRIEF_TAGS,
    _BRIEF_SOURCES), and what its titles kept (`brief_memo.py`); read accented letters as
    letters of an English word in this brief (`accents`: an English text) or not (_ASCII_WORD)."""
    _ACCENTS.set(accents)
    _BRIEF_CUTS.clear()
    _BRIEF_TAGS.clear()
    _BRIEF_STARTS.clear()
    _BRIEF_SOURCES.clear()
    _BRIEF_TAG_LISTS.clear()
    brief_memo.new_brief()


def _zh_cut(text: str) -> list[str]:
    """jieba's cut of `text` (a list no caller changes)."""
    words = _BRIEF_CUTS.get(text)
    if words is not None:
        return words
    source = _BRIEF_SOURCES.get(text)
    if source is not None:  # a part of a text cut before: the slice of its cut, where jieba cuts there
        start = source.find(text)
        share_cuts(source, [(start, start + len(text))])
        words = _BRIEF_CUTS.get(text)
        if words is not None:
            return words
    words = segmenter.cut(text)
    if len(_ZH_TAGS) > _ZH_TABLES_MAX:
        _ZH_TAGS.clear()
        _ZH_SEEN.clear()
        _ZH_TERMS.clear()
    if len(_BRIEF_CUTS) < _BRIEF_CUTS_MAX:
        _BRIEF_CUTS[text] = words
    return words


# punctuation jieba gives as a token of its own, never inside a word: it cuts a text into runs of
# Han characters, letters and digits, and gives every other character alone (a space too)
_ZH_SEPARATE = frozenset("，。；：！？、（）“”《》")


def share_cuts(text: str, spans: Iterable[tuple[int, int]]) -> None:
    """Lend the cut of `text` (cut earlier in this brief) to its parts text[low:high] that start
    and end beside a separate punctuation mark (_ZH_SEPARATE): jieba cuts there whatever the rest,
    so the part's own cut is the slice of the text's. A title reading a sentence or a bullet of a
    paragraph again then finds its words without a second cut (they are this brief's, as all of
    _BRIEF_CUTS; half of it is left for the texts that are cut)."""
    words = _BRIEF_CUTS.get(text)
    if words is None:
        return
    size = len(text)
    starts: list[int] | None = None
    for low, high in spans:
        if len(_BRIEF_CUTS) >= _BRIEF_CUTS_MAX // 2 or not 0 <= low < high <= size:
            return
        if low and text[low - 1] not in _ZH_SEPARATE and text[low] not in _ZH_SEPARATE:
            continue
        if high < size and text[high - 1] not in _ZH_SEPARATE and text[high] not in _ZH_SEPARATE:
            continue
        part = text[low:high]
        if part in _BRIEF_CUTS:
            continue
        if starts is None:  # where the text's words start: once a brief for all its parts
            starts = _BRIEF_STARTS.get(text)
            if starts is None:
                starts = _BRIEF_STARTS[text] = list(accumulate(map(len, words), initial=0))
        first, last = bisect_left(starts, low), bisect_left(starts, high)
        if starts[first] == low and starts[last] == high:  # (always, where the marks stand alone)
            _BRIEF_CUTS[part] = words[first:last]


def lend_cuts(parts: Iterable[tuple[str, str]]) -> None:
    """Note each (text, part of it) pair of this brief (a paragraph and its sentence, or the
    sentence as a bullet says it): where the part is cut later, it is given the words of the
    text's cut instead, if the text was cut and the part starts and ends beside punctuation
    jieba gives alone (`share_cuts`). Nothing is cut or sliced until a part is asked for."""
    for text, part in parts:
        if part != text and len(_BRIEF_SOURCES) < _BRIEF_SOURCES_MAX:
            _BRIEF_SOURCES.setdefault(part, text)


_BRIEF_SOURCES_MAX = 100_000  # parts (references to the brief's own strings: a bound on the table)


def _zh_tags(text: str, words: list[str]) -> list[str]:
    """The jieba tag of each of `words` (the cut of `text`, a list of the caller's own); words
    not met before are tagged alone, or, where jieba would cut one further, with the whole text.
    A text tagged before in this brief gives its tags again (a copy), no look-up a word."""
    known = _BRIEF_TAG_LISTS.get(text)
    if known is not None and len(known) == len(words):  # (the same cut: a text is cut one way)
        return known.copy()
    found = _tags_of(text, words)
    if len(_BRIEF_TAG_LISTS) < _BRIEF_CUTS_MAX:
        _BRIEF_TAG_LISTS[text] = found.copy()
    return found


def _tags_of(text: str, words: list[str]) -> list[str]:
    tags = _ZH_TAGS
    try:  # every word tagged before (nearly always, warm): no scan of the list for a gap
        return list(map(tags.__getitem__, words))
    except KeyError:
        pass
    found = list(map(tags.get, words))
    if None in found:  # read back from `found`, never the table: another thread may clear it
        # each new word is tagged once however often the text says it (a paragraph says its
        # theme a dozen times), the whole text at most once: the tagger gives the same answer
        # every time, so the tags and the table's writes, in order, are what tagging again gives
        alone_of: dict[str, list[tuple[str, str]]] = {}
        whole: dict[str, str] | None = None
        for i, word in enumerate(words):
            if found[i] is None:
                alone = alone_of.get(word)
                if alone is None:
                    alone = alone_of[word] = segmenter.tag(word)
                if len(alone) == 1 and alone[0][0] == word:
                    found[i] = tags[word] = alone[0][1]
                else:
                    if whole is None:
                        whole = dict(segmenter.tag(text))
                    tags.update(whole)
                    found[i] = whole[word]
    return cast("list[str]", found)  # no None is left


def _rjieba_tag(text: str) -> list[tuple[str, str]]:
    words = _zh_cut(text)
    return list(zip(words, _zh_tags(text, words), strict=True))


@cache
def zh_dictionary() -> Callable[[str], bool]:
    """jieba's dictionary look-up itself (what `is_zh_word` asks), for a caller that asks it many
    times a sentence (a phrase's ends, every word of a chunk): without the wrapper's import and call."""
    return segmenter.dictionary_lookup()


def is_zh_word(word: str) -> bool:
    """True when jieba's dictionary holds `word`."""
    return segmenter.has_word(word)


def tag_zh(text: str) -> list[tuple[str, str]]:
    """(word, jieba tag) pairs, in order (a list of the caller's own)."""
    pairs = _BRIEF_TAGS.get(text)
    if pairs is None:
        pairs = _rjieba_tag(text)
        if len(text) <= _BRIEF_TAGS_CHARS and len(_BRIEF_TAGS) < _BRIEF_TAGS_MAX:
            _BRIEF_TAGS[text] = pairs
    return pairs.copy()


def tag_runs(
    pairs: list[tuple[str, str]], first_tags: Collection[str], run_tags: Collection[str], max_words: int, max_chars: int
) -> Iterator[tuple[int, int, str]]:
    """Each run of tagged words that opens on a word tagged as `first_tags` says and goes on
    through words tagged as `run_tags` says (the opening word's own tag included), up to
    `max_words` words and `max_chars` characters, as (first, last, phrase): the phrases a title
    step reads a name or a thing off, on the tagger's word boundaries."""
    for first, (_, tag) in enumerate(pairs):
        if tag not in first_tags:
            continue
        for last in range(first, min(first + max_words, len(pairs))):
            if pairs[last][1] not in run_tags:
                break
            phrase = "".join(word for word, _ in pairs[first : last + 1])
            if len(phrase) > max_chars:
                break
            yield first, last, phrase


def cut_zh(text: str) -> list[str]:
    """jieba's words of `text`, in order, untagged (the words of `tag_zh`; a list no caller
    may change: it may be shared with another reader of the same text)."""
    return _zh_cut(text)


def zh_words_tags(text: str) -> tuple[list[str], list[str]]:
    """The words of `tag_zh` and their tags as two lists, no pair a word: the words may be
    shared with another reader of the same text and must not be changed, the tags are the
    caller's own."""
    words = _zh_cut(text)
    return words, _zh_tags(text, words)


class Token(NamedTuple):
    """A word of a text with its offset, its tag, and whether it carries meaning.

    A named tuple: an article of 10,000 paragraphs makes a million of these."""

    word: str  # lower-cased
    surface: str  # as written
    start: int
    is_term: bool  # a content word: weighed, compared
    is_phrase: bool  # may title a group


# word → (lower-cased word, is_term, is_phrase), or () for a word that is neither (a word's tag
# is the word's own, see _ZH_TAGS): the same few thousand words make up most of any Chinese
# text, so each is judged once
_ZH_SEEN: dict[str, tuple[str, bool, bool] | tuple[()]] = {}
# word → the term it is (lower-cased), or "" for a word that is no term: what the engine's hot
# loop reads of a verdict, in a form C can filter (`zh_reading`)
_ZH_TERMS: dict[str, str] = {}
_new_token = tuple.__new__  # a Token without the Python-level __new__ of a named tuple: 2× faster


def _judge_zh(word: str, flag: str) -> tuple[str, bool, bool] | tuple[()]:
    if word in stop_words("zh"):
        return ()
    is_term = flag in _ZH_CONTENT_TAGS and (len(word) >= 2 or (word.isascii() and word.isalnum()))
    is_phrase = flag in _ZH_PHRASE_TAGS and len(word) >= 2
    return (word.lower(), is_term, is_phrase) if is_term or is_phrase else ()


WordVerdict = tuple[str, bool, bool] | tuple[()]


def zh_judged(text: str) -> tuple[list[str], list[WordVerdict]]:
    """The cut of a Chinese text and each word's verdict: (lower-cased word, is_term, is_phrase),
    or () for a word that is neither (what `analyze` makes its tokens of, without the tokens)."""
    words = _zh_cut(text)
    seen = _ZH_SEEN
    try:  # every word met before (nearly always, warm): no scan of the verdicts for a gap
        return words, list(map(seen.__getitem__, words))
    except KeyError:
        pass
    judged = list(map(seen.get, words))
    tags = _zh_tags(text, words)
    for i, verdict in enumerate(judged):
        if verdict is None:
            judged[i] = seen[words[i]] = _judge_zh(words[i], tags[i])
    return words, cast("list[WordVerdict]", judged)  # no None is left


class Reading(NamedTuple):
    """A paragraph as the engine reads it: its content words with their offsets (sentence and
    paragraph terms are slices of these); its runs of adjacent words that may title a group are
    read off the same cut when a title asks (`phrase_runs`)."""

    term_starts: list[int]
    terms: list[str]
    text: str
    said_from: int  # runs start here (after a speaker's label)

    @property
    def phrase_runs(self) -> list[list[str]]:
        """Runs of words that touch, all of them phrase words, from `said_from` on, as written
        (a word judged neither, or a term that is no phrase, ends one, as in `themes.noun_runs`)."""
        words, judged = zh_judged(self.text)
        runs: list[list[str]] = []
        run: list[str] | None = None
        starts = accumulate(map(len, words), initial=0)
        for word, start, verdict in zip(words, starts, judged, strict=False):  # starts has one more
            if not verdict or not verdict[2] or start < self.said_from:
                run = None
            elif run is None:
                run = [word]
                runs.append(run)
            else:
                run.append(word)
        return runs


def zh_reading(text: str, said_from: int = 0) -> Reading:
    """`analyze` of a Chinese paragraph read straight into terms, no Token per word: the
    engine's hot path, each word's term looked up and the terms and their offsets filtered
    out in C (the phrase runs are read off the same cut only where a title asks)."""
    words = _zh_cut(text)
    try:  # every word met before (nearly always, warm)
        marks = list(map(_ZH_TERMS.__getitem__, words))
    except KeyError:
        _, judged = zh_judged(text)  # judges the new words
        marks = [v[0] if v and v[1] else "" for v in judged]
        _ZH_TERMS.update(zip(words, marks, strict=True))
    term_starts = list(compress(accumulate(map(len, words), initial=0), marks))
    return Reading(term_starts, list(filter(None, marks)), text, said_from)


def analyze(text: str, lang: Lang) -> list[Token]:
    """Tag a text once; sentence terms, paragraph terms and key phrases are all read from it."""
    if lang == "zh":
        words, judged = zh_judged(text)
        starts = accumulate(map(len, words), initial=0)
        return [
            _new_token(Token, (verdict[0], word, start, verdict[1], verdict[2]))
            for word, start, verdict in zip(words, starts, judged, strict=False)  # starts has one more
            if verdict
        ]
    places, surfaces, words = _en_terms(text)
    return [
        _new_token(Token, (word, surface, start, True, True))
        for word, surface, start in zip(words, surfaces, places, strict=True)
    ]


def _en_terms(text: str) -> tuple[list[int], list[str], list[str]]:
    """An English text's terms: where each starts, as written, and the word it is a term as
    (one loop for `analyze` and `en_reading`; a number, a stop word or a letter is none)."""
    starts: list[int] = []
    surfaces: list[str] = []
    words: list[str] = []
    seen = _EN_SEEN
    if len(seen) > _ZH_TABLES_MAX:
        seen.clear()
    for match in (_EN_WORD if _ACCENTS.get() else _ASCII_WORD).finditer(text):
        surface = match.group()
        word = seen.get(surface)
        if word is None:
            word = seen[surface] = _en_word(surface)
        if word:
            starts.append(match.start())
            surfaces.append(surface)
            words.append(word)
    return starts, surfaces, words


class EnReading:
    """An English paragraph as the engine reads it: its terms with their offsets (every English
    token is a term); its tokens from `said_from` on (`analyze`) are made only where a title asks
    for its phrases (one brief in hundreds), by iterating over it."""

    __slots__ = ("said_from", "term_starts", "terms", "text")

    def __init__(self, term_starts: list[int], terms: list[str], text: str, said_from: int) -> None:
        self.term_starts = term_starts
        self.terms = terms
        self.text = text
        self.said_from = said_from

    def __iter__(self) -> Iterator[Token]:
        tokens = analyze(self.text, "en")
        if self.said_from:
            tokens = tokens[bisect_left([t.start for t in tokens], self.said_from) :]
        return iter(tokens)


def en_reading(text: str, said_from: int = 0) -> EnReading:
    """`analyze` of an English paragraph read straight into terms, no Token per word (the
    engine's hot path for English, as `zh_reading` is for Chinese)."""
    starts, _, words = _en_terms(text)
    return EnReading(starts, words, text, said_from)


def en_terms(text: str) -> list[str]:
    """`en_reading(text).terms` without the offsets: the words found whole (`findall`, no match
    objects), for a caller that reads only which terms a bullet says."""
    found = (_EN_WORD if _ACCENTS.get() else _ASCII_WORD).findall(text)
    seen = _EN_SEEN
    judged = list(map(seen.get, found))
    if None in judged:  # a word not judged before
        if len(seen) > _ZH_TABLES_MAX:
            seen.clear()
        for k, word in enumerate(judged):
            if word is None:
                judged[k] = seen[found[k]] = _en_word(found[k])
    return list(filter(None, judged))


# English word as written → the word it is a term as ("" for a number, a stop word or a letter):
# judged once per word, as the Chinese words are (_ZH_SEEN)
_EN_SEEN: dict[str, str] = {}


def _en_word(surface: str) -> str:
    if surface[0].isdigit():
        return ""  # a number (the pattern's third branch): never a term
    word = surface.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return "" if word in stop_words("en") or len(word) < 2 else word


def terms(text: str, lang: Lang) -> list[str]:
    """The content words of a text, lower-cased, in order."""
    return [token.word for token in analyze(text, lang) if token.is_term]


# --- the verify stage's words: every content word with its offset, and the names -------------
# (a second view of the same tagging: verify weighs a bullet's words against single sentences,
# stems English and looks for names, where the engine above wants phrases for titles)

_ZH_NAME_TAGS = frozenset({"nr", "nrt", "ns", "nt", "nz", "eng"})
_EN_LETTERS = LazyPattern(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_EN_NAME = LazyPattern(r"\b[A-Z][a-zA-Z'’.-]*[a-zA-Z]|\b[A-Z]{2,}\b")
_EN_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "ly", "s")


def stem(word: str) -> str:
    """A crude English stem: enough that "rises" and "rise", "cities" and "city" meet."""
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence (only quotes, brackets and spaces before it,
    back to a full stop or the start of the text)."""
    i = start - 1
    while i >= 0 and text[i] in " \t\n\"'“”‘’([—–-":
        i -= 1
    return i < 0 or text[i] in ".!?:;"


# English word as written → its stem as verify weighs it ("" for a stop word or a letter): verify reads
# every paragraph of every brief, and the same few thousand words make most of them (issue #14)
_EN_STEMS: dict[str, str] = {}


def _en_stem(surface: str, stop: frozenset[str]) -> str:
    word = surface.lower().replace("’", "'").removesuffix("'s")
    return stem(word) if len(word) >= 2 and word not in stop else ""


def content_words(text: str, lang: Lang, *, names: bool = True) -> tuple[list[tuple[int, str]], list[str]]:
    """The words that carry meaning, with their offsets, and the names among them: one tagging
    pass, no objects per word (this runs on every paragraph of every brief).

    Names are persons, places, organizations and Latin terms for Chinese (jieba's tags), and
    capitalized words past the start of a sentence, or acronyms, for English.
    """
    stop = stop_words(lang)
    words: list[tuple[int, str]] = []
    found: dict[str, None] = {}
    if lang == "zh":
        offset = 0
        for word, flag in _rjieba_tag(text):
            start, offset = offset, offset + len(word)
            if names and flag in _ZH_NAME_TAGS and len(word) >= 2 and word.strip() == word and not word.isdigit():
                found[word] = None
            term = len(word) >= 2 or (word.isascii() and word.isalnum())
            if flag in _ZH_CONTENT_TAGS and word not in stop and term:
                words.append((start, word.lower()))
        return words, list(found)
    seen = _EN_STEMS
    if len(seen) > _ZH_TABLES_MAX:
        seen.clear()
    for match in _EN_LETTERS.finditer(text):
        surface = match.group()
        stemmed = seen.get(surface)
        if stemmed is None:
            stemmed = seen[surface] = _en_stem(surface, stop)
        if stemmed:
            words.append((match.start(), stemmed))
    for match in _EN_NAME.finditer(text) if names else ():
        if match.group().isupper() or not _starts_sentence(text, match.start()):
            found[match.group()] = None
    return words, list(found)
