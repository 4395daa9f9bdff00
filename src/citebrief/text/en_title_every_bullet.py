"""An English group title one bullet says, where every bullet of the group names the same term:
blind readers of news briefs mark a title lifted from one bullet's aside ("White Blood Cell" over
two bullets that explain Burkitt's lymphoma, en-cnndm 180) as that bullet's detail, not what the
group is about. Where the title's words are said by one bullet at most and every bullet (two or
more) names one capitalized term of two to five words ("Burkitt’s lymphoma", "Burkitts
lymphoma": apostrophes aside, the same words), the term takes its place, as the article writes it
(`display_title`); it ends in a noun, is cut on word boundaries, is no other group's title and
not vague (`en_title_vague`).

A bullet that opens with a thing's pronoun ("It affects lymphocytes") is read with the sentence
before it, the lead-in the brief shows with it. A person ("Mr Docherty", "Mrs Hargreaves", "Sgt
Raymond Hunter") or a name written capitalized throughout ("Home Retail" over a takeover's
"All-cash Offer", en-xsum 35) is left to the steps for names: none read better — save where the
title is itself a person one bullet names, or a vague one (`en_title_vague`: an abstract word alone,
a judgement), and every bullet writes one name (2–5 capitalized words, no person's) as it stands:
en-cnndm 58's "Alan Berry", who did the work with both horses, over three bullets that set the
favourite against the 2010 winner, becomes "Don't Push It" (`_every_bullet_name`); so does the
benches' cut of it, "Preparation" of one quote over two bullets that both name the 2010 winner:
the vague steps (`en_title_vague.plain_title`) find no name there, as the chunker reads no noun
phrase in "Don't Push It". Of the vague titles over en-cnndm and en-xsum 0-199 (both views), that
one moves.

Tried and left: a phrase said by most (not all) bullets of three or more, in lower case or
capitalized. Over the 200 en-cnndm briefs it swaps "Interspecies Friendship" for "Bearded Dragon",
"Hollywood Stars" (a film's rights) for "Saving Mr Banks" (the makers' last film), "Steel Rod"
for "Mr Docherty" beside "Stephen John Docherty's Guilty Plea", "Political Football" for "Food
Banks", "Cardiff City" (a fans' boycott) for "Elland Road": none reads better, so only a term
every bullet names counts.
"""

from __future__ import annotations

from citebrief.text.en_actors import person_key
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_majority import sayers
from citebrief.text.en_title_vague import vague_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_WORDS, MAX_WORDS = 2, 5  # words of a term, fewest and most
# a word as written: letters, digits, apostrophes and hyphens inside
_WORD = LazyPattern(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
# what a sentence's first word follows: nothing, or one of these and spaces (`_opens_sentence`)
_SENTENCE_MARKS = frozenset(".!?:;'‘“\"(")
_NOT_PARTS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "ADV", "SCONJ", "CCONJ"})
_PRONOUNS = frozenset({"It", "Its", "They", "This", "These"})  # a thing's, not a person's
# a run of capitalized words ("Don't Push It"), as a name of a thing is written
_CAPITALIZED = LazyPattern(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*(?![\w-])")
SENTENCE_BREAK = LazyPattern(r"(?<=[.!?])\s+")  # between two sentences


def every_bullet_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` unless one bullet at most says its words and every bullet names one capitalized
    term (`_terms`) that fits, or, where it is a person or vague, one name (`_every_bullet_name`);
    `used` updated."""
    if len(bullets) < 2 or not title or sayers(title, bullets) > 1:
        return title
    others = used - {title.casefold()}
    read = [_with_referent(b, group_texts) for b in bullets]
    names = _names(read + group_texts)
    shared = set(_terms(read[0], names))
    for text in read[1:]:
        shared &= set(_terms(text, names))
    for key in sorted(shared, key=lambda k: (-len(k), k)):
        forms = [form for text in read for k, form in _terms(text, names).items() if k == key]
        if all(form.split()[-1][0].isupper() for form in forms):
            continue  # a name throughout ("Home Retail", "Sgt Raymond Hunter"), not a named kind of thing
        term = max(forms, key=lambda f: ("'" in f or "’" in f, -forms.index(f)))  # "Burkitt’s", not "Burkitts"
        shown = display_title(term, "en")
        if (
            shown.casefold() == title.casefold()
            or not free_of(_straight(shown), {_straight(u) for u in others})
            or vague_title(shown, group_texts)
        ):
            continue
        if all(on_word_boundaries(term, t, "en") for t in read if term in t):
            return swapped_title(title, shown, used)
    # "Don't Push It" every bullet names, not one's "Alan Berry" nor a vague "Preparation"
    if person_key(title, all_texts) or vague_title(title, group_texts):
        name = _every_bullet_name(bullets, group_texts, all_texts, others)
        if name:
            return swapped_title(title, display_title(name, "en"), used)
    return title


def _every_bullet_name(bullets: list[str], group_texts: list[str], all_texts: list[str], others: set[str]) -> str:
    """The capitalized name of two to five words, no person's, that every bullet writes as it
    stands (a horse's "Don't Push It", contraction and all), the longest; ''. Asked only where
    the title is a person one bullet names (a name in the place of a name) or vague (a name in the
    place of a word that names nothing)."""
    runs = {m.group() for m in _CAPITALIZED.finditer(bullets[0])}
    found = [
        run
        for run in runs
        if MIN_WORDS <= len(run.split()) <= MAX_WORDS
        and run.split()[0] not in _PRONOUNS
        and all(on_word_boundaries(run, b, "en") for b in bullets[1:])
        and not person_key(run, all_texts)
        and free_of(run, others)
        and any(on_word_boundaries(run, t, "en") for t in group_texts)
    ]
    return max(found, key=lambda r: (len(r.split()), r)) if found else ""


def _with_referent(bullet: str, group_texts: list[str]) -> str:
    """The bullet, after the sentence before it where it opens with a pronoun ("It affects
    lymphocytes" after "Burkitt’s lymphoma is a relatively rare … form"): the brief shows that
    sentence with it, as the bullet's lead-in."""
    opening = bullet.split(maxsplit=1)
    if not opening or opening[0] not in _PRONOUNS:
        return bullet
    return with_sentence_before(bullet, group_texts)


def with_sentence_before(bullet: str, group_texts: list[str]) -> str:
    """The bullet after the sentence before it, in the first of `group_texts` that writes it past
    its start (as the brief shows a bullet with its lead-in); the bullet where none does. Each
    caller has its own reason to ask (`_with_referent`, `en_title_pair._as_shown`)."""
    for text in group_texts:
        at = text.find(bullet)
        if at > 0:
            before = SENTENCE_BREAK.split(text[:at].rstrip())
            return f"{before[-1]} {bullet}" if before[-1] else bullet
    return bullet


def _straight(text: str) -> str:
    """Curly apostrophes made straight, so "Burkitt’s Lymphoma" meets "burkitt's lymphoma"."""
    return text.replace("’", "'")


def _key(word: str) -> str:
    """A word as compared: lower case, apostrophes dropped ("Burkitt’s" and "Burkitts" agree)."""
    return word.lower().replace("'", "").replace("’", "")


def _names(texts: list[str]) -> frozenset[str]:
    """The words (`_key`) the texts write capitalized mid-sentence: "Burkitts" of "If Burkitts
    lymphoma", not "It" of "It affects"."""
    return frozenset(
        _key(m.group())
        for text in texts
        for m in _WORD.finditer(text)
        if m.group()[0].isupper() and not _opens_sentence(text, m.start())
    )


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens the text or a sentence: nothing before it (a newline at
    most), or one of `_SENTENCE_MARKS` then spaces. Read back from the word, a character or two:
    the pattern "(?:^|[.!?:;'‘“\"(]\\s*)$" this stands for was searched along the whole text
    before each capitalized word of it (`_names`), a text's cost growing with its square."""
    k = at
    while k and text[k - 1].isspace():  # (`re`'s \s is str.isspace)
        k -= 1
    if not k:
        return at == 0 or (at == 1 and text[0] == "\n")  # "^$": "$" also before a last newline
    return text[k - 1] in _SENTENCE_MARKS


def _terms(bullet: str, names: frozenset[str]) -> dict[tuple[str, ...], str]:
    """The capitalized terms a bullet names, keyed by their words (`_key`): a run of two to five
    words whose first is a name (`_names`) and whose last is a noun, not a connector."""
    words = list(_WORD.finditer(bullet))
    found: dict[tuple[str, ...], str] = {}
    for start, first in enumerate(words):
        head = first.group()
        if not head[0].isupper() or _key(head) not in names or _contracted(head):
            continue
        for size in range(MIN_WORDS, MAX_WORDS + 1):
            run = words[start : start + size]
            if len(run) < size or bullet[run[-2].end() : run[-1].start()] != " ":
                break  # no comma, colon or dash inside a term
            if not _part(run[-1].group(), names):
                break
            if "NOUN" in word_classes(run[-1].group().lower()):  # a thing, not a person ("Mr Docherty")
                found[tuple(_key(w.group()) for w in run)] = bullet[run[0].start() : run[-1].end()]
    return found


def _contracted(word: str) -> bool:
    """A word with a contraction ("Don't", "It's"), not a possessive name ("Burkitt’s")."""
    bare = word.replace("’", "'")
    return "'" in bare.removesuffix("'s")


def _part(word: str, names: frozenset[str]) -> bool:
    """A word that may stand inside a term after its first: a name, or a noun or an adjective
    that is no verb, pronoun or function word ("lymphoma"; not "sent", "a", "how")."""
    if _key(word) in names:
        return True
    classes = word_classes(word.lower())
    return bool(classes & {"NOUN", "ADJ"}) and not classes & _NOT_PARTS
