"""Whether a cut of a long English sentence after one of its clauses leaves a fragment.

A long sentence is cut at a clause boundary (a comma, a semicolon, a colon or a dash), but not
every boundary closes a clause. Readers marked bullets down as "truncated" that stopped on a word
that promises more ("… I was like, 'Wow!' However"), before the verb that an aside keeps from its
subject ("… believe it is inevitable that the songs | — and the World War Two favourites — will be
sung"; "Mrs Aspinall | , chairwoman of …, said"), inside a frame whose main clause was cut ("…
and claim that, having taken legal advice | , anti-IRA … songs are not law-breaking"; "… may well
be that if Britain leaves the EU | , the CFP framework … will fall away", en-xsum 171) or before
the colon that opens a speaker's words ("PC Siobhan Pellett said | :"). A cut there is no cut at
all: the sentence stays whole, or is cut at an earlier boundary that does close a clause.
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

# words a clause does not end on: determiners, prepositions, complementisers, conjunctions (not a
# preposition that ends a phrasal verb as often: "going on", "pulled through", "ever since")
_OPEN_WORDS = frozenset(
    (
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "some",
        "any",
        "every",
        "each",
        "no",
        "another",
        "both",
        "either",
        "neither",
        "of",
        "at",
        "to",
        "for",
        "with",
        "from",
        "into",
        "onto",
        "between",
        "against",
        "during",
        "without",
        "among",
        "toward",
        "towards",
        "upon",
        "via",
        "than",
        "including",
        "despite",
        "per",
        "that",
        "and",
        "or",
        "but",
        "nor",
        "because",
        "although",
        "whereas",
        "whether",
        "if",
        "unless",
        "until",
        "as",
        "where",
        "which",
        "whose",
    )
)
# a sentence adverb that opens the next sentence ("'…Wow!' However,"): only capitalised is it an opening
_OPEN_ADVERBS = frozenset({"However", "But", "And", "Yet", "So", "Meanwhile", "Moreover", "Furthermore", "Instead"})
# lower-case words that open a clause without being its verb: an aside, a relative, a list's next item
_NOT_VERBS = _OPEN_WORDS | frozenset(
    (
        "who",
        "whom",
        "what",
        "when",
        "while",
        "also",
        "not",
        "too",
        "even",
        "especially",
        "only",
        "just",
        "mostly",
        "then",
        "there",
        "here",
        "he",
        "she",
        "it",
        "they",
        "we",
        "you",
        "i",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "many",
        "most",
        "more",
        "all",
        "half",
        "plus",
    )
)
_PREDICATE = LazyPattern(
    r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|must|did|does|do|says|said)\b"
)
_PAST = LazyPattern(r"[a-z]+ed\b|says\b|say\b")
_QUOTES = "\"'‘’“”"
_FIRST_WORD = LazyPattern(r"[A-Za-z’']+")
# a clause that opens a frame its main clause must close ("If you are …", "Having taken …", "Dressed in
# a tuxedo"; not "Documented and undocumented immigrants" or "Sterling scored")
_FRAME = LazyPattern(
    r"^(?:If|When|Although|Though|While|Because|Since|Unless|Once|Whether|As|After|Before|Until|Despite|"
    r"[A-Z][a-z]+ing(?! (?:[a-z]+ed|[a-z]+s|had|have|will|would|could|can|may|might|should|must|did|do)\b)|"
    r"[A-Z][a-z]{2,}ed(?= (?:in|on|at|by|with|to|from|as|for|after|into|over)\b))\b"
)
# "but if retailers … cannot get credit": a condition whose consequence follows
_OPEN_CONDITION = LazyPattern(r"^(?:and|but|or|so)\s+(?:if|when|while|although|though|because|unless|once)\b")
# "… may well be that if Britain leaves the EU": a condition opened after "that" or a conjunction
# inside the clause, its consequence in the clause after the comma; not one whose consequence the
# clause says ("… that if it rained the match would move indoors")
_INNER_CONDITION = LazyPattern(
    r"\b(?:that|and|but|or|so)\s+(?:if|when|unless|once|although|though|because)\b"
    r"(?![^,;:]*\b(?:would|will|could|can|should|must|might|may|then)\b)[^,;:]*$"
)
# a clause that opens on its subject: a capitalised word or a pronoun
_SUBJECT_FIRST = re.compile(r"^(?:[A-Z]|(?:he|she|it|they|we|i|you|there|the|a|an|this|his|her|their)\b)")
# an adverb before a verb ("…, still has much of its original decor")
_VERB_ADVERBS = frozenset({"still", "also", "now", "later", "already", "never", "often", "then", "recently", "soon"})
# words before a comma that leave the clause open ("That is why, along with …")
_OPEN_BEFORE = frozenset({"why", "how"})
# a sentence's end with the next one glued to it, no space between ("…process".Speaking on …"): the
# segmenter left them one sentence, and a cut there keeps whole sentences
_GLUED_END = LazyPattern(r"(?:(?<=[a-z0-9%)\"'’”]{2})[.!?]|[.!?](?=[\"'’”]))[\"'’”]*(?=[\"“‘]?[A-Z])")  # not "U.S."
_SPACED_END = LazyPattern(
    r"(?<=[a-z0-9%)\"'’”]{2})(?<!Mrs|Sen|Gov|Rep|Gen|Col|Inc|Ltd|Rev|Sgt|Cpl)(?<!vs)(?<!Capt|Prof|Corp|Supt)"
    r"[.!?][\"'’”]*\s+(?=[\"“‘']?[A-Z])"
)
# a speech verb before the colon that opens the words ("PC Siobhan Pellett said:", "he told the jury at
# Portsmouth Crown Court:"), or a time's ("at 03:00"); a colon after a whole clause ("… and his Ebola
# work:") may end a cut
_SPEAKER_COLON = LazyPattern(
    r"\b(?:said|says|say|added|adds|adding|saying|told|tells|explained|warned|wrote|writes|stated|declared|"
    r"insisted|answered|replied|continued|asked)\b[^,;:]{0,150}:\s*$|\d:\s*$"
)


def _speaker_colon(clause: str) -> bool:
    """`_SPEAKER_COLON` is in the clause: both its forms end on a colon, so a clause with none (most)
    is not searched."""
    return ":" in clause and _SPEAKER_COLON.search(clause) is not None


_DETERMINED_END = re.compile(r"\b(?:a|an|the)\s+[a-z]+$")
ASIDE_WORDS = 12  # a clause between a subject and its verb is a short aside
MOST_ASIDES = 2


def _verb_first(clause: str) -> bool:
    """Whether `clause` opens on a verb (its subject left in the clause before): an auxiliary or
    a lower-case word that opens no aside, relative, list item or participle."""
    text = clause.lstrip()
    if text[:1] in _QUOTES:
        return False  # a quotation's close ("…for us,' boss Jack Ross told"): the quote is whole
    if _PREDICATE.match(text):
        return True
    word = _FIRST_WORD.match(text)
    if word is None or not word.group().islower():
        return False
    rest = text[word.end() :].lstrip()
    if word.group() in _VERB_ADVERBS:
        return bool(_PREDICATE.match(rest) or _PAST.match(rest))
    if word.group() in _NOT_VERBS or word.group().endswith(("ing", "ly")):
        return False
    # "police said", "campaigners are calling": a subject of its own, whose verb comes next
    return not _PREDICATE.match(rest) and not _PAST.match(rest)


def _last_word(clause: str) -> str:
    words = clause.rstrip(" ,;:—–").split()
    return words[-1].strip(_QUOTES) if words else ""


def _opens_frame(clauses: list[str], k: int) -> bool:
    """Whether the kept part up to clause `k` holds no main clause: it opens on a frame and no
    later clause opens on a subject ("Dressed in a tuxedo, and running into …, unaware of …"),
    or clause `k` opens a frame, or an aside, that a quotation, complementiser or colon before it
    promises ("claim that, having taken …"; "That is why, along with …"), or one after "but if"."""
    start = next((m for m in range(k, -1, -1) if _GLUED_END.search(clauses[m])), None)
    if start is not None:  # the kept part's last sentence, glued to the ones before it
        tail = _GLUED_END.split(clauses[start])[-1]
        clauses, k = [tail, *clauses[start + 1 : k + 1]], k - start
    text = clauses[k].lstrip()
    if _FRAME.match(clauses[0].lstrip().lstrip(_QUOTES)) and not any(
        _SUBJECT_FIRST.match(clause.lstrip().lstrip(_QUOTES)) for clause in clauses[1 : k + 1]
    ):
        return True
    if _OPEN_CONDITION.match(text) or _INNER_CONDITION.search(text.rstrip(" ,;:—–")):
        return True
    if k and _last_word(clauses[k - 1]).lower() in _OPEN_WORDS | _OPEN_BEFORE:
        return True
    if not _FRAME.match(text.lstrip(_QUOTES)):
        return False
    return text[:1] in _QUOTES or clauses[k - 1].rstrip().endswith(":")


def leaves_fragment(clauses: list[str], k: int) -> bool:
    """True when a sentence cut after `clauses[k]` (clauses as `bullets._EN_CLAUSE` finds them,
    more following) ends short of a whole clause."""
    last = _last_word(clauses[k])
    if _speaker_colon(clauses[k]) or last.lower() in _OPEN_WORDS or last in _OPEN_ADVERBS:
        return True
    if _opens_frame(clauses, k):
        return True
    if k and len(clauses[k].split()) <= 2 and _DETERMINED_END.search(clauses[k - 1].rstrip(" ,")):
        return True  # "Ancora is a weird, wonderful | , amazing place": adjectives before their noun
    for j in range(k + 1, min(k + 2 + MOST_ASIDES, len(clauses))):
        if _verb_first(clauses[j]):
            return True  # the subject kept, its verb cut (after the asides between)
        if len(clauses[j].split()) > ASIDE_WORDS or clauses[j].lstrip()[:1] in _QUOTES:
            return False
    return False


def glued_sentences_cut(
    text: str, most_words: int, fewest_words: int, longest_words: int, *, spaced: bool = False
) -> str | None:
    """`text` cut after one of the sentences glued in it ("…the Irish."The New Zealander also said …"):
    the longest within `most_words`, else the shortest within `longest_words` (at least `fewest_words`
    either way); None where it holds no such end. `spaced`: a stop and a space before a capital
    count too (captions run into the text: "… with you.' Billy, pictured with …"), not "Sen. Jeff"."""
    ends = [m.end() for m in (_SPACED_END if spaced else _GLUED_END).finditer(text) if m.end() < len(text)]
    sizes = [(end, len(text[:end].split())) for end in ends]
    sizes = [(end, words) for end, words in sizes if fewest_words <= words <= longest_words]
    within = [end for end, words in sizes if words <= most_words]
    if not within and not sizes:
        return None
    kept = text[: within[-1] if within else sizes[0][0]].rstrip()
    # '…at Anfield."If you start …': the mark after the stop opens the next sentence's quotation
    return kept[:-1] if kept.endswith('"') and kept.count('"') % 2 else kept
