"""What a photo caption looks like in English news, whether or not a sentence is glued to it.

Daily Mail and CNN pages keep their captions between sentences: "O'Sullivan is spoken to by
referee Marteel …", "Eliaquim Mangala (green bib) prepares to come on …", "Nauru guards
pictured with Pauline Hanson …", "Big Ben: the 20lb lamb is twice the weight …". A caption
names who is in the picture and says, in the present tense, what the picture shows; a story
sentence tells what happened. `caption_opening` names the kind of caption a piece of text opens
with: text/captions.py then looks harder for the sentence glued after it, and the extractive
engine never makes such a piece a bullet.

Each kind is a pattern kept as data in OPENINGS (one test each in tests/test_caption_lines.py).
"""

from __future__ import annotations

import re

from citebrief.text.en_chunks import word_classes
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.regex_trie import trie_alternation
from citebrief.text.speech_verbs_en import TablePattern, alternation

# who is pictured: a capitalised word, then up to six more (names, descriptors, "and", an age,
# a "(left)" or "(green bib)"); the lowercase ones are checked to be no verb (`_subject`)
_SUBJECT = (
    r"(?P<subject>(?:(?:The|A|An) )?[A-Z][\w'’.-]*"
    r"(?:,? (?:[A-Z][\w'’.-]*|[a-z][a-z'’-]*|&|\d{1,3},?|\([^()]{1,30}\)),?){0,6}?) "
)
# what a picture shows, in the present tense: "celebrates", "looks on", "prepares to"
_PRESENT = (
    "celebrates|celebrate|poses|pose|looks on|look on|reacts|react|gestures|applauds|waves to|smiles|smile"
    "|prepares to|shakes hands|arrives|arrive|warms up|competes|hugs|embraces|kisses|cradles|holds up|lifts"
    "|shows off|walks off|walks out|walks away|walk off|walk out|sits|sit|stands|stand|lies on|lies in"
    "|rises|leaps|jumps|dives|slides|heads|fires|slots|battles|battle|vies|tussles|clashes with|goes down"
    "|wheels away|runs away|looks dejected|look dejected|speaks to the media|speaks to reporters|chats"
    "|relaxes|wears|wear|takes a selfie|take a selfie|is all smiles|are all smiles|holds up|hold up"
    "|clutches|cuddles|greets|leaves the pitch|leaves the field|leaves court|arrives at"
)
# the passive of a picture: "is spoken to", "are pictured", "is treated on the sidelines"
_PASSIVE = (
    "spoken to|pictured|seen(?! as| to be)|shown|photographed|filmed|captured|congratulated|consoled"
    "|greeted|embraced|mobbed|tackled|challenged|fouled|substituted|treated|helped off|led away|escorted"
    "|carried off|surrounded|joined by|interviewed|held|hugged|kissed|applauded|booked|sent off|dragged"
    "|restrained|hoisted|lifted|chased|closed down|shadowed"
)
# a verb ends on a space or a stop, not inside a word ("stand-off")
_END = r"(?![\w'’-])(?! (?:is|was|has|had|are|were)\b)"
OPENINGS: dict[str, LazyPattern] = {
    # "O'Sullivan in action against Stevens …", "Paul Casey in action at Augusta …"
    "in action": LazyPattern(rf"{_SUBJECT}(?<![,(] )(?:(?:is|are) )?(?:pictured )?in action{_END}"),
    # "O'Sullivan is spoken to by referee Marteel …", "The Frenchman is treated on the sidelines …"
    "picture passive": LazyPattern(rf"{_SUBJECT}(?:is|are) (?:(?:being|then|later|also) )?(?:{_PASSIVE}){_END}"),
    # "Eliaquim Mangala (green bib) prepares to come on …", "Race winner Hamilton celebrates …"
    "picture present": LazyPattern(rf"{_SUBJECT}{trie_alternation(_PRESENT.split('|'))}{_END}"),  # the verbs as a trie
    # "Nauru guards pictured with Pauline Hanson at the rally …", "Summer pictured volunteering in …" (not
    # ", pictured," nor "(pictured)")
    "pictured": LazyPattern(
        rf"{_SUBJECT}(?<![,(] )pictured (?:with|at|in|on|during|outside|inside|after|before|[a-z]{{2,}}ing)\b"
    ),
    # "Big Ben: the 20lb lamb …", "Accused: Dr Ram Manohar, 38, …", "Almost as big as a person: Ben …"
    "label": LazyPattern(r"(?P<label>[A-Z][\w'’-]*(?: [\w'’-]+){0,5}): (?P<rest>[A-Za-z])"),
    # "Two versions of Van Gogh's Sunflowers painting on show at the National Gallery in London,
    # England: Yellow and orange are …": a longer label that describes the scene, with no verb in it
    "scene label": LazyPattern(r"(?P<label>[A-Z][\w'’-]*(?:,? [\w'’-]+){6,24}): (?P<rest>[A-Z])"),
    # "'We're no heroes, just tourists': The Swedish cops …": a quotation as the label (an apostrophe
    # inside it is one before a letter: "We're"); a sentence gives its quotation a speaker instead
    "quote label": LazyPattern(r"['‘\"“](?:[^:'‘’\"“”]|['’](?=[a-z])){2,120}?['’\"”]: (?P<rest>[A-Z])"),
    # "A mother was holding the boy … at the zoo (file photo of cheetahs at the zoo)"
    "photo note": LazyPattern(r".*\((?:file |stock )?(?:photo|picture|image|pictured|posed by)[^()]*\)$"),
}
# words each pattern cannot match without (any one of them): a sentence without them is not tried,
# which skips most patterns for most sentences (this runs on every English sentence)
_NEEDS: dict[str, tuple[str, ...]] = {
    "in action": ("in action",),
    "picture passive": (" is ", " are "),
    "pictured": ("pictured ",),
    "label": (": ",),
    "scene label": (": ",),
    "quote label": ("': ", "’: ", '": ', "”: "),
    "photo note": ("(",),
}
# words before a colon that introduce speech or a quotation, not a caption ("He said: 'I …")
_SAYING = TablePattern(lambda: rf"\b{alternation('label_line')}\b", re.IGNORECASE)
_FUNCTION = frozenset({"of", "and", "or", "the", "a", "an", "in", "on", "at", "for", "to", "with", "by", "from"})
_FRAMES = frozenset({"with", "in", "on", "as", "after", "before", "during", "for", "from", "at", "by", "when", "while"})
# words a sentence opens with that no caption's subject does: a frame or a pronoun
_NO_SUBJECT = frozenset(
    {"He", "She", "It", "They", "We", "I", "You", "This", "That", "There", "These", "Those", "Her", "His"}
    | {"Their", "Its", "My", "Our", "Your", "Here", "As", "Though", "Although", "Like", "Suddenly", "In", "On"}
    | {"During", "When", "While", "If", "Because", "Since", "After", "Before", "With", "At", "For", "From"}
    | {"Then", "Now", "But", "And", "Yet", "So", "Once", "Despite", "Unlike", "Just", "Even", "Only"}
)
_VERBISH = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "said", "says", "did"}
    | {"does", "do", "may", "might", "must", "should", "been", "be", "who", "which", "that", "when", "where"}
)


def _subject(subject: str) -> bool:
    """'Race winner Hamilton', 'Nauru guards', 'Mangala (green bib)': names, with lowercase words
    only before a name ('winner', 'striker') or one noun after them ('guards'); no verb inside."""
    words = re.sub(r"\([^()]*\)", "", subject).replace(",", " ").split()
    if words[0] in _NO_SUBJECT or (words[0].lower() in {"the", "a", "an"} and len(words) == 1):
        return False
    if words[0].endswith(("ed", "ing", "ly")):
        return False  # "Camouflaged in body paint, women pose …", "Turning a corner, …"
    capitals = [k for k, w in enumerate(words) if w[:1].isupper() or w[:1].isdigit()]
    for k, word in enumerate(words):
        bare = word.strip("'’").lower()
        if not word[:1].islower() or bare in {"and", "&", "of"}:
            continue
        if bare in _VERBISH or ("VERB" in word_classes(bare) and "NOUN" not in word_classes(bare)):
            return False
        if k > capitals[-1] and (k != len(words) - 1 or "NOUN" not in word_classes(bare)):
            return False  # after the last name, only one noun: "Nauru guards", not "… makes the daily"
    return True


def _caption_label(label: str, rest: str) -> bool:
    """'Big Ben: the …', 'Accused: Dr …': a label, not a speaker ('He said: …'), a verdict in
    capitals ('EXPERT VERDICT: …') nor a title and its subtitle ('Fall of an Empire: The Story …')."""
    words = label.split()
    if _SAYING.search(label) or label.isupper() or rest[:1] in "'‘\"“" or words[0].lower() in _FRAMES:
        return False  # "With the new Avengers: Age of Ultron movie released, …" frames a sentence
    titled = len(words) > 1 and all(w[:1].isupper() for w in words if w.lower() not in _FUNCTION)
    return not (titled and rest[:1].isupper()) or rest.startswith("Here, ")  # "Wil Flies Away: Here, Wil …"


def _scene_label(label: str, rest: str) -> bool:
    """'Two versions of Van Gogh's Sunflowers painting on show at the National Gallery …: Yellow …':
    a label too long for a name, so a caption only when it says what the picture shows without a verb;
    a sentence's lead-in to a colon has one ('Police previously identified three suspects in the theft:')."""
    words = label.replace(",", " ").split()
    if words[0] in _NO_SUBJECT or words[0].lower() in _FRAMES or not _caption_label(label, rest):
        return False  # "By Monday, India was in full-scale crisis mode: From …"
    for word in words[1:]:
        bare = word.strip("'’").lower()
        if not word[:1].islower() or bare in _FUNCTION:
            continue
        if (
            bare in _VERBISH
            or bare.endswith("ed")
            or ("VERB" in word_classes(bare) and "NOUN" not in word_classes(bare))
        ):
            return False  # "is", "identified", "shares": a sentence's verb ("painting", "show" are nouns too)
    return True


def caption_opening(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The kind of caption `text[start:end]` opens with (a key of OPENINGS), or None."""
    end = len(text) if end is None else end
    piece = text[start:end]  # what each kind needs is looked for in it by map, no generator a kind
    for kind, pattern in OPENINGS.items():
        needs = _NEEDS.get(kind)
        if needs is not None and not any(map(piece.__contains__, needs)):
            continue
        match = pattern.match(text, start, end)
        if match is None:
            continue
        if kind == "label":
            if _caption_label(match["label"], text[match.start("rest") : end]):
                return kind
        elif kind == "scene label":
            if _scene_label(match["label"], text[match.start("rest") : end]):
                return kind
        elif kind in {"photo note", "quote label"} or _subject(match["subject"]):
            return kind
    return None


def quoted_caption(text: str) -> bool:
    """Whether `text` is a caption under a quotation ("'We're no heroes': The Swedish cops …"): never
    a bullet, yet a line of the article's length as it was, so that its brief is sized as before."""
    return any(map(text.__contains__, _NEEDS["quote label"])) and caption_opening(text) == "quote label"
