"""English group titles named by what most of the group's bullets are about: a reader of
"Energy Standards" over three bullets, two about obesity, sees an item of a list one bullet
makes, not the theme. The specific choice (text/title_choice.py, shared with Chinese) stands
unless a phrase speaks for clearly more bullets: counted by how many of them say its words in
some form ("obese", "obesity"; "motorbike", "bikes"), in their own right rather than inside a
list or an aside, weighed by how much of the word the article says in this group rather than
the others. Also the overview's subject without a person's role (`bare_name`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from citebrief.text.brief_memo import per_brief
from citebrief.text.chunks import Chunk, word_list
from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_empty_titles import empty_title
from citebrief.text.en_title_instance import short_of_others
from citebrief.text.en_title_same_head import same_head
from citebrief.text.en_titles import bullet_words, described_name, misread, topic_factor
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, display_title, free_of, on_word_boundaries, swapped_title, word_boundary

_WORD = LazyPattern(r"[A-Za-z]+")
# endings one word family shares ("obes|ity", "obes|e", "rank|ings", "rank|ed"), longest first
_ENDINGS = ("ities", "ity", "ness", "ings", "ing", "ied", "ies", "ed", "es", "s", "e", "y")
MIN_STEM = 4
# words any group of news bullets says: they name no group's theme
_PLAIN = frozenset(
    word_list(
        "said says say told added also would could one two three first last new year years time people "
        "mr mrs ms dr per cent percent addition while course feeling attitude objective implications"
    )
)


@lru_cache(maxsize=16384)
def family(word: str) -> str:
    """A word's family for counting: lower case, no possessive, and no ending that the words
    of one family vary by ("obesity" and "obese" → "obes", "rankings" and "ranked" → "rank")."""
    lower = word.lower().removesuffix("'s").removesuffix("’s")
    if len(lower) <= MIN_STEM or not lower.endswith(_ENDINGS):
        return lower  # no ending to take off (most words of a new text: one test in C, not twelve)
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= MIN_STEM:
            return lower[: -len(ending)]
    return lower


@lru_cache(maxsize=1024)
def families(text: str) -> frozenset[str]:
    """The families of a text's words (a hyphenated word gives each part: "pest-infested")."""
    return frozenset(map(family, [w for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in _PLAIN]))


@lru_cache(maxsize=1024)
def heard(text: str) -> frozenset[str]:
    """What a bullet says, for counting: its families and their endings of four letters or more,
    so that a compound says its head ("motorbike" says "bike") by one set lookup."""
    found = families(text)
    return found | {f[k:] for f in found for k in range(1, len(f) - MIN_STEM + 1)}


@per_brief(maxsize=4096)
def family_counts(text: str) -> Counter[str]:
    """How often a text says each word family (each paragraph once a brief, for all its groups)."""
    return Counter(map(family, _WORD.findall(text)))


# who a bullet mentions, said of anyone: "Father", "Police" title no group alone
_WHO = frozenset(
    word_list(
        "father mother dad mum mom son daughter wife husband girl boy girls boys child children kid kids "
        "officer officers police friend friends fan fans player players manager boss member members "
        "no-one resident residents victim victims man men woman women person people family families "
        "defender defenders striker midfielder goalkeeper founder club clubs team teams side season game "
        "games tie guards region security nation nations country countries"
    )
)
_WHEN = frozenset(
    word_list(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
        "july august september october november december today yesterday tomorrow weekend annual "
        "second third fourth fifth sixth seventh eighth ninth tenth"
    )
)
PLAIN_FAMILIES = frozenset(family(w) for w in _WHO | _WHEN | _PLAIN)
# a list of three items or more ("on housing and energy standards, on access to ...") or an aside
# between dashes or brackets: what it names is one item of many, said in passing
_CLAUSE = LazyPattern(r"[^.:!?]+")
_ITEM = LazyPattern(r"[^,;]+")
_AND_OR = LazyPattern(r"\b(?:and|or)\b")
LIST_ITEM_WORDS = 6  # an item of a list is short: "on housing and energy standards"
LIST_ITEMS = 3
_ASIDE = LazyPattern(r"\([^)]*\)|\s[–—-]\s[^–—]*?\s[–—-]\s")
# someone's words in quotation marks ("Lose some weight, baby girl."), to the bullet's end where
# the quote runs on past it; a straight single mark opens only after a space or at the start
SPEECH_WORDS = 4  # fewer words in quotation marks name a term ('blank cheque'), not what someone said
_QUOTE = LazyPattern(r"“[^”]*(?:”|$)|‘[^’]*(?:’(?![a-z])|$)|\"[^\"]*(?:\"|$)|(?:^|(?<=[\s(:]))'.*?(?:'(?![a-z])|$)")
# how a phrase's length reads as a title: a word alone names a theme when the bullets share it
LENGTH_FACTOR = {1: 0.75, 2: 1.0, 3: 1.0, 4: 0.8, 5: 0.6}
GENERIC_ALONE = 0.1
NAME_ALONE = 0.6  # a name says who or where; the bullets' shared thing says what
REPEATED_WORD = 0.35  # a word another title has ("City Player" under "Manchester City")
HEAD_ONLY_CREDIT = 0.5  # a bullet that says the head in another phrase ("living standards")
TITLE_TRIES = 12
COVERAGE_POWER = 2.0  # three bullets of three over one of three: nine times the weight
OWN_SHARE_FLOOR = 0.6  # a word the whole article says ("bikes" of a motorbike gallery) may still title a group
# a word after these is a verb ("what looks like", "it comes"), not the thing a group is about
_BEFORE_VERB = frozenset(word_list("what which that who he she it they i we you to will would can could not never"))


@per_brief(maxsize=8192)  # each title step asks it of the same phrases and bullets (~3 in 5 again)
def in_passing(phrase: str, bullet: str) -> bool:
    """True when each place the bullet says `phrase` is inside a list of three or more items or
    an aside between dashes or brackets."""
    low, needle = bullet.lower(), phrase.lower()
    at = low.find(needle)
    if at < 0:
        return False
    spans = passing_spans(bullet)
    while at >= 0:
        if not any(start <= at and at + len(needle) <= end for start, end in spans):
            return False
        at = low.find(needle, at + 1)
    return True


@lru_cache(maxsize=1024)
def passing_spans(bullet: str) -> tuple[tuple[int, int], ...]:
    """Where a bullet runs a list of three or more items or an aside."""
    spans = [m.span() for m in _ASIDE.finditer(bullet)]
    for clause in _CLAUSE.finditer(bullet):
        items = [(m.start() + clause.start(), m.end() + clause.start()) for m in _ITEM.finditer(clause.group())]
        # the last item runs on past its "and" ("the tsunami in Japan and other extensive travels before ...")
        short = [len(_AND_OR.split(bullet[a:b], maxsplit=1)[0].split()) <= LIST_ITEM_WORDS for a, b in items]
        run: list[tuple[int, int]] = []
        for k, (item, small) in enumerate(zip([*items, (0, 0)], [*short, False], strict=True)):
            if small:
                run.append(item)
                continue
            if len(run) >= LIST_ITEMS - 1 and any(_AND_OR.search(bullet[a:b]) for a, b in run):
                # the first item ends the item before the run: "covered [the civil war in Libya], ..."
                start = run[0][0]
                if k > len(run):
                    before = items[k - len(run) - 1]
                    tail = " ".join(bullet[before[0] : before[1]].split()[-LIST_ITEM_WORDS:])
                    start = max(bullet.rfind(tail, before[0], before[1]), before[0])
                spans.append((start, run[-1][1]))
            run = []
    return tuple(spans)


def _head_at(text: str, words: tuple[str, ...]) -> int:
    """The head word's place: the noun before "of"/"on" ("Allegations of Assault"), else the last."""
    before = (re.split(r" (?:of|on) ", text, maxsplit=1)[0] if " o" in text else text).split()
    return max(min(len(before), len(words)) - 1, 0)


def _saying(chunk: Chunk, said: list[frozenset[str]]) -> int:
    """How many bullets say one of the phrase's words in some form: no more than `_coverage`
    counts (a bullet's credit needs all its words or its head). Asked once a phrase of a group
    (`GroupPhrases.saying`)."""
    heads = {family(w) for w in chunk.words}
    return sum(not heads.isdisjoint(s) for s in said)


def _coverage(chunk: Chunk, said: list[frozenset[str]], bullets: list[str]) -> float:
    """How many bullets the phrase speaks for (`bullet_credits` summed)."""
    return sum(bullet_credits(chunk, said, bullets))


def _said_again(head: str, lower: str) -> bool:
    """What the pattern "\\b(?:the|this|that) head\\b" finds in the lower-cased text ("the tax"),
    without compiling one for each head word: a place of the head with a word boundary after
    it and "the ", "this " or "that " before it, a boundary before that."""
    at = lower.find(head)
    while at >= 0:
        if lower[at - 1 : at] == " " and word_boundary(lower, at + len(head)):
            before = lower[: at - 1]
            for article in _ARTICLES:
                if before.endswith(article) and word_boundary(lower, at - 1 - len(article)):
                    return True
        at = lower.find(head, at + 1)
    return False


_ARTICLES = ("the", "this", "that")


def bullet_credits(chunk: Chunk, said: list[frozenset[str]], bullets: list[str]) -> list[float]:
    """How much the phrase speaks for each bullet (`said`: each as `heard` reads it): a bullet
    that says all its words (any form), or its head after "the" ("the tax" of "sales tax"),
    counts one, one that says only its head otherwise, or says the phrase only in a list or an
    aside, a half; a name in every bullet says who, so a phrase of names counts by its names, a
    phrase with common words by those; 0 for a bullet that says neither."""
    return list(_credits(chunk, tuple(said), tuple(bullets)))


@per_brief(maxsize=4096)  # the grouping's and the title steps' coverings weigh the same phrases (~1 in 3 again)
def _credits(chunk: Chunk, said: tuple[frozenset[str], ...], bullets: tuple[str, ...]) -> tuple[float, ...]:
    words = chunk.words
    named = chunk.named or (False,) * len(words)
    head_word = words[_head_at(chunk.text, words)]
    head = family(head_word)
    # "the tax" after "a half-cent sales tax": the same thing, named again short
    noun_head = len(words) > 1 and "ADJ" not in word_classes(head_word.lower())  # not "the yellow concrete"
    lower_head = head_word.lower()
    # a capitalized word the lexicon knows may only open the sentence ("Living standards")
    common = [family(w) for w, n in zip(words, named, strict=False) if not (n and _unknown(w)) and not generic_en(w)]
    needed = set(common or [family(w) for w in words])
    credits = []
    for bullet, text in zip(said, bullets, strict=True):
        if needed.issubset(bullet) and not in_passing(chunk.text, text):  # `_says` each of them
            credits.append(1.0)
        elif _says(bullet, head):
            credits.append(1.0 if noun_head and _said_again(lower_head, text.lower()) else HEAD_ONLY_CREDIT)
        else:
            credits.append(0.0)
    return tuple(credits)


def _may_act(word: str) -> bool:
    """A word that is also a verb ("Film", "Interview", "Calls"): alone, it reads as an act or a
    generic thing, not the theme a phrase names."""
    return "VERB" in word_classes(word.lower())


def may_act(word: str) -> bool:
    """`_may_act` for another English title step (en_title_speaker)."""
    return _may_act(word)


def ranked_phrases(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], needed: float
) -> list[tuple[str, float]]:
    """`_ranked` for another English title step (en_title_speaker)."""
    return _ranked(bullets, group_texts, all_texts, used, needed)


def _unknown(word: str) -> bool:
    return not word_classes(word.lower())


def _says(bullet: frozenset[str], word: str) -> bool:
    """A bullet (as `heard` reads it) says a word's family, or a compound that ends on it."""
    return word in bullet


def shared_words(bullets: list[str], found: dict[str, Chunk]) -> None:
    """Nouns two bullets or more say in some form ("bikes", "obesity"), as one-word candidates
    where the bullets' noun phrases lack them alone: the word a group shares is often in no
    phrase of its own ("full of bikes")."""
    found.update(_shared_words(tuple(bullets), frozenset(found)))


@per_brief(maxsize=1024)  # a group's grouping, title and covering title each read its bullets
def _shared_words(bullets: tuple[str, ...], found: frozenset[str]) -> dict[str, Chunk]:
    """What `shared_words` adds to the phrases `found`: once a brief for a group."""
    added: dict[str, Chunk] = {}
    read = [_bullet_forms(b) for b in bullets]
    verbs: set[str] = set().union(*(after_verb for after_verb, _ in read))
    bullets_saying = Counter(key for _, said in read for key, _ in said)  # a bullet says a family once
    forms: dict[str, dict[str, int]] = {}  # the families two bullets or more say: as each writes it
    for _, said in read:
        for key, word in said:
            if bullets_saying[key] >= 2:
                forms.setdefault(key, {}).setdefault(word, 0)
                forms[key][word] += 1
    for written in forms.values():
        if verbs & written.keys():
            continue
        for word in sorted(written, key=lambda w: -written[w]):
            named = word[:1].isupper()
            if word in found or word in added or (not named and "NOUN" not in word_classes(word.lower())):
                continue
            phrase = _with_modifier(word, list(bullets))
            words = phrase.lower().split()
            flags = (False,) * (len(words) - 1) + (named,)
            added[phrase] = Chunk(phrase, tuple(words), "np", named and len(words) == 1, flags)
            break
    return added


@per_brief(maxsize=8)
def article_counts(texts: tuple[str, ...]) -> Counter[str]:
    """How often the article says each word family: counted once a brief, for all its groups."""
    return family_counts("\n".join(texts))


@per_brief(maxsize=4096)
def _bullet_forms(bullet: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A bullet's words after a word that makes them a verb, and its (family, word) pairs that
    `shared_words` counts, the first of each family: read once a brief, though each grouping
    and title step asks."""
    words = _WORD.findall(bullet)
    lowered = [w.lower() for w in words]
    verbs = [w for before, w in zip(["", *lowered], words, strict=False) if before in _BEFORE_VERB]
    said = []
    seen = set()
    for word, lower in zip(words, lowered, strict=True):
        if len(word) <= 3 or lower in _PLAIN or (key := family(word)) in seen:
            continue
        seen.add(key)
        said.append((key, word))
    return tuple(verbs), tuple(said)


def _own_share(chunk: Chunk, group: list[str], everywhere: list[str]) -> float:
    """The share of the article's mentions of the phrase's rarest-here word that fall in the
    group's paragraphs: "City" in every group of a Manchester City report names none."""
    shares = []
    for word in chunk.words:
        if generic_en(word):
            continue
        key = family(word)  # counted per paragraph, once a brief: no word runs across two
        mine, total = sum(family_counts(t)[key] for t in group), article_counts(tuple(everywhere))[key]
        shares.append(mine / total if total else 1.0)
    return max(shares, default=0.5)


def title_length(chunk: Chunk, openers: set[str]) -> float:
    """How a phrase's length and make read as a title: two to three words best; a word alone
    when it is a thing (not "Father", "Monday", "Former"), a name less."""
    size = len(chunk.text.split())
    factor = LENGTH_FACTOR.get(size, 0.5)
    if sum(map(generic_en, chunk.words)) * 2 >= len(chunk.words):
        return GENERIC_ALONE  # "Part of the Name", "People"
    if size > 1:
        return factor
    word = chunk.text
    lower = word.lower()
    if family(lower) in PLAIN_FAMILIES or word in openers or "AUX" in word_classes(lower):
        return GENERIC_ALONE  # "Will", "Former", "Fourth": a sentence's first word, not a name
    if chunk.name_only:
        return factor * NAME_ALONE
    classes = word_classes(lower)
    if "NOUN" not in classes or ("ADJ" in classes and not lower.endswith("s")):
        return GENERIC_ALONE  # "Brave", "Yellow", "Fake": a quality, no thing
    return factor


def _with_modifier(word: str, bullets: list[str]) -> str:
    """The shared word with the modifier two bullets give it ("number plates" of "plates"),
    else the word alone."""
    before: dict[str, int] = {}
    for bullet in bullets:
        if word not in bullet:
            continue  # the pattern needs the word as written
        for found in _modifiers(word, bullet):
            if found not in _PLAIN and found not in _FUNCTION and "NOUN" in word_classes(found):
                before[found] = before.get(found, 0) + 1
    best = max(before, key=lambda w: (before[w], w), default="")
    return f"{best} {word}" if best and before[best] >= 2 else word


def _modifiers(word: str, bullet: str) -> set[str]:
    """The lower-case words of three letters or more right before `word` (a space between, a
    word boundary after it): what the pattern "\\b([a-z]{3,}) word\\b" finds, its matches one
    after another, without compiling it for each word."""
    found: set[str] = set()
    taken = 0  # where the last match ended: a match starts after it
    at = bullet.find(f" {word}")
    while at >= 0:
        start = at
        while start > 0 and "a" <= bullet[start - 1] <= "z":
            start -= 1
        end = at + 1 + len(word)
        if start >= taken and at - start >= 3 and word_boundary(bullet, start) and word_boundary(bullet, end):
            found.add(bullet[start:at])
            taken = end
        at = bullet.find(f" {word}", at + 1)
    return found


_FUNCTION = frozenset(
    word_list("the a an his her their its this that these those of on in at to for and or with by from")
)


def openers_of(texts: list[str]) -> set[str]:
    """Capitalized words the texts write only where a sentence or a quote opens ("Will",
    "Former"): no name, though capitalized."""
    opening: set[str] = set()
    inside: set[str] = set()
    for text in texts:
        first, later = _capitalized(text)
        opening.update(first)
        inside.update(later)
    return opening - inside


@per_brief(maxsize=4096)
def _capitalized(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A text's capitalized words where a sentence or a quote opens, and those it writes inside
    one: once a brief for each paragraph, which each of its groups' steps asks."""
    opening = frozenset(re.findall(r"(?:^|[.!?:;‘'\"“]\s*)([A-Z][a-z]+)", text))
    return opening, frozenset(re.findall(r"[a-z0-9,]\s+([A-Z][a-z]+)", text))


def _repeats(chunk: Chunk, used: set[str]) -> bool:
    taken: set[str] = set()
    for title in used:
        taken |= families(title)
    return any(family(w) in taken for w in chunk.words if not generic_en(w))


def en_group_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], rival: str = ""
) -> str:
    """An English group's title: `rival` (the choice by specificity, text/title_choice.py) unless
    a phrase of the bullets speaks for a whole bullet more of them, two at least ("Obesity" over
    "Energy Standards", an item of a list one bullet makes). `used` gets the title chosen."""
    others = used - {rival.casefold()}
    said = [heard(b) for b in bullets]
    rival_covers = _rival_coverage(rival, bullets, said) if rival else 0.0
    needed = max(MIN_SHARED, rival_covers + MORE_BULLETS) if rival else 0.0
    if rival and rival_covers >= 1 and _event(rival):
        # "Three-game Ban", "Transfer Embargo": what the group reports, not a war in a list, unless
        # another thing is said by a whole bullet more ("Sales Tax" over "Ridership Figures")
        needed = max(needed, rival_covers + EVENT_MARGIN)
    event = bool(rival) and rival_covers >= 1 and _event(rival)
    kept = families(rival)
    own_say = any(rival.lower() in b.lower() and not in_passing(rival, b) for b in bullets)
    quoted = bool(rival) and not said_outside_quotes(rival, bullets)
    own_say = own_say and not quoted  # a quote's phrase gives way to a shared word as an aside's does
    quoted_fit = ""  # where the choice is a quote's phrase, the first that fits but is a quote's too
    phrases = group_phrases(tuple(bullets)).chunks  # what `_ranked` read
    for text, covered in _ranked(bullets, group_texts, all_texts, others, needed)[:TITLE_TRIES]:
        if rival and (families(text) <= kept or same_head(text, rival)):
            break  # "Lamb" says less than "Biggest Lamb"; "Prom Banner" no more than "Plane Banners"
        if rival and short_of_others(text, rival, bullets, bullet_credits(phrases[text], said, bullets), needed):
            continue  # "Bouchard's Forehand" of one bullet: another's "a forehand" is another one
        if " " not in text and rival and (own_say or covered < len(bullets) * MOST or _may_act(text)):
            continue  # a word alone displaces only a phrase no bullet says in its own right, for most bullets
        if not free_of(text, others) or (event and not _thing(text)) or empty_title(text, group_texts):
            continue  # an event gives way to a thing, not to a word alone, a person or a phrase naming nothing
        clean = any(on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in group_texts)
        if not clean or misread(text, group_texts):  # the dearest test last
            continue
        if quoted and not said_outside_quotes(text, bullets):
            quoted_fit = quoted_fit or text
            continue  # a phrase some bullet says in its own words, if any, before one quote's for another's
        return display_title(swapped_title(rival, text, used), "en")
    return display_title(swapped_title(rival, quoted_fit, used), "en") if quoted_fit else rival


def said_outside_quotes(title: str, bullets: list[str]) -> bool:
    """Some bullet says the title's words (in any form) in its own words, not only inside a
    quotation ("Lose some weight, baby girl." says "Baby Girl" only as someone's words)."""
    words = families(title)
    return any(words <= families(own_text(b)) for b in bullets)


@per_brief(maxsize=4096)  # each title step asks of the same bullets
def own_text(bullet: str) -> str:
    """What a bullet says in its own words, someone's quotation left out: the one reading of it."""
    return _QUOTE.sub(_speech, bullet)


def _speech(quote: re.Match[str]) -> str:
    """A quotation of someone's words drops out; a term in quotation marks ("an 'exceptional
    hardship' application") is the bullet's own."""
    return " " if len(quote.group().split()) >= SPEECH_WORDS else quote.group()


def _thing(phrase: str) -> bool:
    """A phrase of two words or more headed by a noun that names no person ("Sales Tax")."""
    words = phrase.lower().split()
    if len(words) < 2:
        return False
    head = words[_head_at(phrase.lower(), tuple(words))]
    return family(head) not in PLAIN_FAMILIES and "NOUN" in word_classes(head) and "ADJ" not in word_classes(head)


def _event(title: str) -> bool:
    """A title headed by an event or a matter ("Three-game Ban", "Assault Charges")."""
    words = tuple(map(str.lower, title.split()))
    return len(words) > 1 and topic_factor(title.lower(), words, (False,) * len(words), []) > 1


EVENT_MARGIN = 1.0
MIN_SHARED = 2.0  # bullets a phrase speaks for before it displaces the specific choice
MORE_BULLETS = 0.5  # and how many more than that choice
MOST = 2 / 3


def _rival_coverage(rival: str, bullets: list[str], said: list[frozenset[str]]) -> float:
    """How many bullets the specific choice speaks for, as `_coverage` counts a candidate."""
    words = tuple(w.lower() for w in _WORD.findall(rival) if w.lower() not in _FUNCTION | _PLAIN)
    if not words:
        return 0.0
    owned = sum(rival.lower() in b.lower() and not in_passing(rival, b) for b in bullets)
    return max(float(owned), _coverage(Chunk(" ".join(words), words, "np", False), said, bullets))


class GroupPhrases:
    """A group's bullets read once a brief for the passes that title it (`_ranked`, and
    `en_title_cover._phrases`, which the grouping asks too): their noun phrases (the first of
    each text, in order) and the words two bullets share (`chunks`), each bullet as `heard`
    reads it (`said`) and its plain words (`plain`), each phrase's `_saying` when first asked.
    Each pass used to read all this again; callers only read what it holds."""

    def __init__(self, bullets: tuple[str, ...]) -> None:
        found: dict[str, Chunk] = {}
        for bullet in bullets:
            for chunk in en_chunks(bullet):
                found.setdefault(chunk.text, chunk)
        shared_words(list(bullets), found)
        self.chunks = found
        self.said = [heard(b) for b in bullets]
        self.plain = bullet_words(list(bullets))
        self._saying: dict[tuple[str, ...], int] = {}

    def saying(self, chunk: Chunk) -> int:
        found = self._saying.get(chunk.words)
        if found is None:
            found = self._saying[chunk.words] = _saying(chunk, self.said)
        return found


@per_brief(maxsize=1024)  # the grouping tries many groups; each title pass asks of its own again
def group_phrases(bullets: tuple[str, ...]) -> GroupPhrases:
    return GroupPhrases(bullets)


class GroupLengths:
    """`title_length` of each phrase beside a group's paragraphs (their sentence openers name
    nothing), read when first asked: once a brief for the passes that title the group."""

    def __init__(self, group_texts: tuple[str, ...]) -> None:
        self.openers = openers_of(list(group_texts))
        self._lengths: dict[Chunk, float] = {}

    def length(self, chunk: Chunk) -> float:
        found = self._lengths.get(chunk)
        if found is None:
            found = self._lengths[chunk] = title_length(chunk, self.openers)
        return found


@per_brief(maxsize=1024)
def group_lengths(group_texts: tuple[str, ...]) -> GroupLengths:
    return GroupLengths(group_texts)


def _ranked(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], needed: float = 0.0
) -> list[tuple[str, float]]:
    """The group's phrases that speak for `needed` bullets or more, best first, each with how
    many bullets it speaks for: a phrase two bullets or more say in some form over one bullet's
    aside, a thing the group says over a word every group says."""
    table = group_phrases(tuple(bullets))  # the phrases, words and counts each title pass reads
    lengths = group_lengths(tuple(group_texts))
    said, plain = table.said, table.plain
    scored = []
    for text, chunk in table.chunks.items():
        if not chunk.words:
            continue
        if chunk.name_only or described_name(chunk.named) < 1:
            continue  # who the bullets mention, seldom what they are about (the specific choice weighs names)
        length = lengths.length(chunk)  # before the coverage: it costs less
        if length <= GENERIC_ALONE:
            continue  # "Will", "Father", "Monday": says nothing of the group, however many bullets say it
        if needed and table.saying(chunk) < needed:
            continue  # fewer bullets say any of its words than it must speak for (most: one bullet's)
        covered = _coverage(chunk, said, bullets)
        if covered < needed:
            continue
        share = OWN_SHARE_FLOOR + _own_share(chunk, group_texts, all_texts)
        score = (covered / len(bullets)) ** COVERAGE_POWER * share * length
        score *= topic_factor(text, chunk.words, chunk.named, plain)
        if _repeats(chunk, used):
            score *= REPEATED_WORD
        scored.append((score, covered, text))
    scored.sort(key=lambda item: (-item[0], -item[1], item[2]))
    return [(text, covered) for _, covered, text in scored]


def bare_name(subject: str, texts: list[str]) -> str:
    """An overview's subject without the role that describes a person ("defender Emir Spahic",
    "Blues legend B.B. King", "girlfriend Laurice Hampton" → the name), read as the texts write
    it: what the article is about is the person; their role is said in its first bullet. A
    phrase that does not end on a full name of two words or more is kept."""
    folded = subject.lower()
    lowered = ((t, t.lower()) for t in texts)
    found = ((t, low.find(folded)) for t, low in lowered if len(low) == len(t))  # offsets as written
    written = next((t[at : at + len(subject)] for t, at in found if at >= 0), "")
    words = written.split()
    if len(words) != len(subject.split()):
        return subject  # not found as one run of words (or cased apart): as chosen
    tail = len(words)
    while tail > 0 and words[tail - 1][:1].isupper():
        tail -= 1
    described = tail > 0 and any(w[:1].islower() for w in words[:tail])
    return " ".join(words[tail:]) if described and len(words) - tail >= 2 else subject
