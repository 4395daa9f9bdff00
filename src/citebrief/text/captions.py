"""Where a photo caption runs into the sentence after it, in English news text.

CNN/Daily Mail pages arrive with their captions pasted between sentences without a full stop
("…to the bottom of the slope The train turns right…", "…at Headingley Sinfield stayed on the
bench…", "…Sebastian Vettel Vettel, who won…", "…in the 1960s Close-up: The piece…"). A
sentence splitter sees one sentence; a bullet then fuses a caption and a claim. This module
names the cut points, each side a run of words of its own:

- a word that opens sentences and never continues one ("The", "He", "Meanwhile", "Police") after
  a word with no stop — not where a title goes on ("the film The Godfather", "Off The Wall");
- a name and a finite verb after a common word ("…the club Merivale announced…"), unless the
  common word introduces the name ("striker Wayne Rooney has", "southeast Asia can", "said
  Smith was");
- a name said twice ("Vettel Vettel"), the piece's subject named again after another name ("Ronnie
  O'Sullivan is warned … against Matthew Stevens O'Sullivan is told off"), or a caption label
  ("Close-up: The piece"; a phrase label even after a name or a kind of work: "… the magazine
  Short and sweet: Julia …").

One regex finds the few candidate spaces of a sentence; the word checks run only on those.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text import caption_runons as runons
from citebrief.text import caption_runons2 as runons2
from citebrief.text import caption_shapes as shapes
from citebrief.text.article_scope import recurring
from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.caption_adverbials import PREPOSITIONS, adverbial_after_capital
from citebrief.text.caption_doubled import name_said_again
from citebrief.text.caption_name_lists import list_subject_cut
from citebrief.text.caption_objects import object_before
from citebrief.text.caption_phrase_openers import OPENING_WORDS, phrase_opener
from citebrief.text.caption_possessives import plural_possessive
from citebrief.text.caption_unfinished import unfinished_phrase
from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_counted_names import number_in_phrase
from citebrief.text.speech_verbs_en import TablePattern, TableWords, alternation

MIN_SIDE_WORDS = 4  # each side of a cut holds at least this many words

# a word a caption may end on: no stop inside ("2013.Leeds"), no run-in ("linkHarry")
_GLUED_STOP = re.compile(r"^(?!\d{1,2}:\d\d\.\d{3}$).*?(?:[.!?:;]\S|[a-z][)'’\"”]?[A-Z])")  # a lap time ends a row


def glued_stop(word: str) -> bool:
    """Whether `word` holds a stop with no space after it, or a run-in capital (_GLUED_STOP); a
    plain word (letters, none capital after its first) holds neither and asks no pattern."""
    if word.isalpha() and (len(word) < 2 or word[1:].islower()):
        return False
    return _GLUED_STOP.search(word) is not None


_CAPITALISED = re.compile(r"(?!I\b|I['’])[A-Z][A-Za-z'’-]*$")
_LABEL = TablePattern(
    lambda: (
        rf"(?![^:]{{0,30}}\b{alternation('label_run')}\b)"
        r"[A-Z][A-Za-z'’-]*(?:(?: [a-z][a-z'’-]*){0,2}| [A-Z][A-Za-z'’-]*): [A-Z0-9]"
    )
)
# a label that is a phrase, a capitalised word then lowercase ones ("Short and sweet: ")
_PHRASE_LABEL = re.compile(r"[A-Z][a-z'’-]*(?: [a-z][a-z'’-]*){1,2}: ")
_PARENTHETICAL = re.compile(r"\((?:far |second )?(?:left|right|centre|center|above|below|pictured|inset|top|bottom)\)$")

# openers that never go on a sentence; the word after them is a common word (or a figure)
OPENERS = frozenset(
    {"The", "It", "He", "She", "They", "We", "This", "These", "Those", "His", "Her", "Their", "Its", "But"}
    | {"Not", "There", "In", "On", "A", "An", "As", "After", "Meanwhile", "However", "When", "While", "Here"}
    | {"Without", "Earlier", "Getting", "Now", "And", "That's", "That’s", "It's", "It’s", "If", "More", "Many"}
    | {"Dozens", "Hundreds", "Thousands", "Footage", "Police", "Officers", "Some", "Several", "Both", "Despite"}
    | shapes.PLURAL_OPENERS
    | {"Although", "Since", "Speaking", "Writing", "Asked", "During", "Last", "Other", "Another", "Thanks", "Elsewhere"}
)
_DETERMINERS = frozenset({"The", "This", "These", "Those", "His", "Her", "Their", "Its"})
# of these, the ones that open a sentence even after a capitalised word ("…and Chloe If that…")
_STRONG = frozenset(
    {"He", "She", "They", "We", "If", "Meanwhile", "However", "It's", "It’s", "Speaking", "The", "Another"}
    | {"It", "After", "And", "But", "This", "These", "Elsewhere", "That's", "That’s", "As", "There"}
)
# kinds of work a title follows: after them "The" before a common word opens a sentence again
_KINDS = frozenset(
    {"film", "book", "album", "song", "novel", "show", "series", "movie", "play", "track", "single", "hit"}
    | {"magazine", "newspaper", "documentary", "programme", "program", "drama", "sitcom", "musical", "painting"}
    | {"poem", "exhibition"}
)
# words before which a capitalised word is a title or a name, not a new sentence
BEFORE_TITLE = _KINDS | frozenset(
    {"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "by", "from", "with", "as", "said"}
    | {"says", "called", "named", "titled", "dubbed", "branded", "nicknamed", "entitled", "headlined", "read"}
    | {"reads", "reading", "told", "tells", "added", "wrote", "asked", "word", "words", "slogan", "motto"}
    | {"phrase", "like", "that", "was", "is", "be", "been", "were", "are", "marked", "sign"}
)
# "grade A students", "Plan A was": a letter that names a kind, not the article "A"
LETTER_AFTER = frozenset(
    {"grade", "type", "plan", "group", "class", "category", "section", "level", "vitamin", "hepatitis"}
    | {"division", "part", "league", "series", "serie", "exhibit", "platform", "gate", "terminal", "row"}
    | {"block", "wing", "ward", "zone", "route", "box", "model", "size", "list", "triple", "double", "capital"}
)
# words after which a name goes on the same sentence: function words, verbs that take a clause
# ("said Smith was"), places ("southeast Asia"), and the descriptors of people and bodies
# ("striker Wayne Rooney has", "internet giant Google is")
_INTRODUCES_NAME = frozenset(
    {"than", "which", "who", "whom", "whose", "when", "where", "while", "because", "since", "after", "before"}
    | {"until", "unless", "if", "though", "although", "whether", "so", "then", "about", "against", "between"}
    | {"into", "through", "during", "without", "within", "under", "over", "behind", "beyond", "near", "via"}
    | {"including", "per", "vs", "versus", "v", "plus", "both", "either", "neither", "not", "only", "even"}
    | {"also", "just", "how", "what", "why", "but", "nor", "upon", "towards", "toward", "across", "around"}
    | {"say", "claim", "claims", "claimed", "insist", "insists", "insisted", "admit", "admits", "admitted"}
    | {"believe", "believes", "believed", "think", "thinks", "thought", "know", "knows", "knew", "hope"}
    | {"hopes", "hoped", "fear", "fears", "feared", "reveal", "reveals", "revealed", "confirm", "confirms"}
    | {"confirmed", "suggest", "suggests", "suggested", "report", "reports", "reported", "argue", "argues"}
    | {"argued", "warn", "warns", "warned", "explain", "explains", "explained", "realise", "realised"}
    | {"realize", "realized", "feel", "feels", "felt", "mean", "means", "meant", "ensure", "ensured", "show"}
    | {"showed", "shows", "found", "find", "finds", "learned", "learnt", "noted", "stated", "announced"}
    | {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "southeast"}
    | {"southwest", "northeast", "northwest", "downtown", "rural", "suburban", "greater", "inner", "outer"}
    | {"upstate", "former", "late", "fellow", "new", "young", "old", "great", "little", "big", "veteran"}
    | {"wife", "husband", "son", "boss", "chief", "star", "captain", "coach", "friend", "colleague", "judge"}
    | {"lawyer", "attorney", "champion", "rival", "rivals", "team-mate", "teammate", "forward", "keeper"}
    | {"back", "prop", "jockey", "executive", "general", "king", "queen", "prince", "princess", "duke"}
    | {"pope", "bishop", "surgeon", "nurse", "model", "host", "girlfriend", "boyfriend", "fiance", "fiancee"}
    | {"mum", "mom", "dad", "uncle", "aunt", "cousin", "child", "baby", "boy", "girl", "man", "woman", "chef"}
    | {"ace", "legend", "icon", "international", "rookie", "hopeful", "candidate", "nominee", "rep", "sen"}
    | {"gov", "secretary", "deputy", "official", "spokesperson", "club", "side", "team", "firm", "company"}
    | {"group", "band", "channel", "network", "outfit", "giant", "brand", "charity", "school", "university"}
    | {"hospital", "airline", "carrier", "site", "website", "app", "network", "partner", "partners", "mate"}
    | {"way", "time", "times", "thing", "things", "something", "anything", "everything", "nothing", "one"}
    | {"row", "week", "month", "night", "decade", "minute", "hour", "weekend", "term", "era", "period"}
    | {"moment", "reason", "day", "year", "season", "place", "kind", "sort", "amount", "question", "fact"}
    | {"centre", "center", "wing", "full-back", "hooker", "lock", "winger", "mp", "mep", "dr", "mr", "mrs"}
    | {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al", "el", "ibn", "mac"}
    | {"off", "out", "up", "down", "away", "much", "many", "far", "long", "sure", "aware", "confident"}
    | {"convinced", "certain", "clear", "glad", "happy", "proud", "worried", "afraid", "tabloid", "daily"}
    | {"their", "his", "her", "its", "my", "our", "your", "this", "these", "those", "every", "each", "some"}
    | {"any", "no", "all", "native", "local", "national", "british", "american", "english", "french", "whole"}
    | {"us", "them", "him", "me", "you", "it", "beat", "head", "body", "director"}
    | {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred"}
    | {"substitute", "analyst", "ship", "vessel", "boat", "horse", "dog", "cat", "yacht", "liner", "ferry"}
    | {"stars", "fans", "players", "officials", "champions", "neighbours", "neighbors", "hosts", "visitors"}
    | {"leaders", "ministers", "chiefs", "colleagues", "friends", "brothers", "sisters", "sons", "daughters"}
)
# kinds of a work or an outlet: before a capitalised run they introduce its title ("HBO's political
# comedy Veep was inspired by …", "the documentary Blackfish shows …"), no caption's last word
_WORK_KINDS = frozenset(
    {"comedy", "sitcom", "drama", "series", "show", "film", "movie", "novel", "album", "song", "musical"}
    | {"documentary", "programme", "program", "thriller", "franchise", "magazine", "newspaper", "tabloid"}
    | {"website", "app", "channel", "podcast", "blockbuster", "biopic", "memoir", "opera", "ballet"}
)
_NAME_INTRODUCERS = BEFORE_TITLE | _INTRODUCES_NAME | _WORK_KINDS  # made once: each candidate space asks of it
_AUXILIARIES = frozenset(
    {"is", "was", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did"}
    | {"does", "are", "were", "have", "isn't", "wasn't", "hasn't", "won't", "can't", "didn't", "doesn't"}
)
_VERB_FOLLOWERS = frozenset(
    {"on", "in", "at", "with", "after", "for", "during", "as", "the", "a", "an", "his", "her", "their", "its"}
    | {"up", "down", "out", "off", "into", "to", "by", "from", "over", "onto", "alongside", "next", "outside"}
    | {"around", "away", "back", "through", "across", "past", "towards", "against", "about"}
)
# a day or a month ends a caption like a common word ("… on Wednesday Mulumbu challenges …")
_TIME_NAMES = frozenset((*DAY_NAMES, *MONTH_NAMES))
_HONORIFICS = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Lord", "Lady", "Dame", "President", "King", "Queen"}
    | {"Prince", "Princess", "Pope", "Judge", "Justice", "Senator", "Governor", "Mayor", "Minister", "Chancellor"}
    | {"Captain", "Coach", "General", "Colonel", "Sergeant", "Officer", "Detective", "Inspector", "Rev", "Saint"}
)
_VENUE_ENDS = ("Park", "Stadium", "Road", "Lane", "Arena", "Ground", "Field", "Bridge", "Centre", "Center")
_VENUE_PREPOSITIONS = frozenset({"at", "against", "with", "from", "over", "v", "vs", "in"})
_FUNCTION = frozenset({"of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "as", "&"})
_ADVERBS = frozenset({"later", "also", "then", "now", "first", "previously", "recently", "again", "still"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_PAGE_TEXT = frozenset({"scroll down for video", "scroll down for videos"})
_PAGE_TEXT_ENDS = frozenset(text.split()[-1] for text in _PAGE_TEXT)  # the words before are joined only after these
# the words before a noun that say whose or which ("his hamstring", "the late Richard Lloyd")
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your"})
# sentence adverbs that open a sentence before a name too ("… the agreement' But Leonard Ellerbe, …")
_CLAUSE_ADVERBS = frozenset({"But", "However", "Meanwhile", "Elsewhere"})
# parts of a day after a day's name: "… for the club on Friday night Ratchford kicked …"
_DAY_PARTS = frozenset({"night", "morning", "afternoon", "evening"})
_ROLES = frozenset({"international", "boss", "star", "captain", "coach", "forward", "keeper", "winger", "ace"})
_SPEECH = TableWords("runs_on")  # "told", "said", "warned" … (data/speech_verbs_en.tsv)
_PASSIVE_BE = frozenset({"been", "be", "being", "was", "were", "is", "are", "got", "get", "gets"})


def _bare(word: str) -> str:
    return word.strip("'’‘\"“”()[],;")


def _finite_verb(word: str, following: str = "") -> bool:
    """'stayed', 'announced', 'was': a verb that makes a clause; 'stands', also a noun, only
    before a preposition or a determiner ('Hamilton stands on top')."""
    # "… Clare Moffat said: 'Although …"; "… the biggest deal Apple made." (the sentence's stop)
    bare = _bare(word).rstrip(":.!?").lower()
    if bare in _AUXILIARIES:
        return True
    if not bare.isalpha() or bare.endswith("ing") or not word[:1].islower():
        return False
    classes = word_classes(bare)
    if "VERB" in classes and "NOUN" in classes:
        return bare.endswith(("ed", "es", "s")) and _bare(following).lower() in _VERB_FOLLOWERS
    return "VERB" in classes and (bare.endswith(("ed", "s")) or "ADJ" not in classes)


@cache
def _role_heads() -> frozenset[str]:
    """The words a role before a whole name ends on (`data/en_role_words.tsv`, read by
    engines/en_name_intros.py too)."""
    return frozenset(rows_by_kind("en_role_words.tsv")["head"])


def _named_role(words: list[str], index: int, word: str) -> bool:
    """The word at `index` heads a role after a nation's or a body's name ("…, American astronaut
    Scott Kelly said …", en-cnndm 169): one phrase with the name after it, no caption's end. Only
    after a capitalized word: a lowercase run before the head ("… by human resources expert Paul
    Dundon warned …", en-cnndm 52) is left to the rules below (cut whole, its brief regrouped worse)."""
    return word in _role_heads() and index > 0 and bool(_CAPITALISED.match(_bare(words[index - 1])))


def _introduces_name(words: list[str], index: int) -> bool:
    """The word at `index` goes on into the name after it ('striker Wayne Rooney', 'said Smith')."""
    word = _bare(words[index]).lower()
    if word in _NAME_INTRODUCERS or shapes.descriptor(word) or _named_role(words, index, word):
        return True
    before = _bare(words[index - 1]).lower() if index > 0 else ""
    according = index > 1 and words[index - 2].lower() == "according"  # "according to research Prudential …"
    if (before == "to" and "VERB" in word_classes(word) and not according) or (
        before == "of" and index > 1 and _introduces_name(words, index - 2)
    ):  # "exposed to sunlight James, from …" ends a caption: "sunlight" is no verb
        return True  # "to join Islamic State", "director of rugby Steve Diamond"
    if "-" in word or word.endswith(("ing", "'s", "’s")):
        return True  # "seven-month-old Meereen", "second-placed Spurs", "heading Craig Baxter's cross"
    classes = word_classes(word)
    if "ADJ" in classes and "NOUN" not in classes and "VERB" not in classes:
        return True  # "an otherwise quiet Salah"
    if "VERB" in classes and "NOUN" not in classes:
        # "had been tricked Adeli agreed" is a caption's end; "beat Arsenal" takes the name
        return not (index > 0 and _bare(words[index - 1]).lower() in _PASSIVE_BE)
    return False


def _ends_caption(words: list[str], index: int, *, times: bool = True) -> bool:
    """The word before `index` may end a caption: a common word, a figure, '(pictured)', a closing
    quote, or a day or month after a common word ('on Wednesday')."""
    previous = words[index - 1]
    if previous.endswith(("’", "'", "”")) and previous[:-1].endswith((",", "?", "!")):
        return False  # "'It's not just the picture,' Mr Jamieson told …": the speaker follows
    if previous[:1].islower() or previous[:1].isdigit() or previous.endswith(")") or shapes.letter_word(previous):
        return True  # "… about chest X-rays Nurse B alleged …"
    if previous.endswith(("’", "'", "”")):  # "Mike 'Sugar Bear' Thompson": a nickname; "Lines’ Carnival": a possessive
        return not (_quoted_name(words, index - 1) or plural_possessive(words, index - 1))
    return times and _bare(previous) in _TIME_NAMES and index > 1 and words[index - 2][:1].islower()


def _quoted_name(words: list[str], index: int) -> bool:
    """The quote that closes at `index` holds one to three capitalised words: a nickname or a title."""
    for start in range(index, max(index - 3, -1), -1):
        word = words[start]
        if not word.lstrip("'‘\"“")[:1].isupper():
            return False
        if word[:1] in "'‘\"“":
            return True
    return False


def _named_before(word: str, text: str) -> bool:
    """A name, not an honorific, that the article names elsewhere too."""
    name = _bare(word)
    return name.isalpha() and name not in _HONORIFICS and len(re.findall(rf"\b{name}\b", recurring(text))) >= 2


def _known_surname(words: list[str], index: int, text: str) -> bool:
    """'… at Headingley Sinfield stayed …': after a capitalised word, a one-word name that the
    article names elsewhere, where the pair never recurs and the word before recurs without it
    (so 'Nico Rosberg was' is one sentence)."""
    previous, name = _bare(words[index - 1]), _bare(words[index])
    if not previous.isalpha() or not name.isalpha() or len(name) < 3 or previous in _HONORIFICS:
        return False
    if not (previous.endswith(_VENUE_ENDS) or (index > 1 and words[index - 2] in _VENUE_PREPOSITIONS)):
        return False  # a venue ends a caption: "at Headingley", "Goodison Park"
    text = recurring(text)
    if text.count(f"{previous} {name}") != 1 or len(re.findall(rf"\b{name}\b", text)) < 2:
        return False
    return previous in _VENUE_ENDS or len(re.findall(rf"\b{previous}\b(?! {name})", text)) >= 1


def _team_descriptor(words: list[str], index: int, position: int) -> bool:
    """'Barcelona midfielder' before a name: a side and a role, not after a verb of saying ('told
    reporters Barcelona midfielder Iniesta would …' is one sentence)."""
    if position >= len(words) - 2 or position - index > 2:
        return False
    role = _bare(words[position])
    if not words[position][:1].islower() or not (role in _ROLES or shapes.descriptor(role)):
        return False
    return index < 2 or _bare(words[index - 2]).lower() not in _SPEECH


def _cut_before_name(words: list[str], index: int, text: str) -> bool:
    """A name (one to three capitalised words, a '(pictured)' after it) then a finite verb."""
    previous = words[index - 1]
    if shapes.letter_word(words[index]):
        return False
    if _bare(previous) in _TIME_NAMES and _ends_caption(words, index) and _named_before(words[index], text):
        pass  # "… on Friday Schumacher Junior will start …"
    elif not _ends_caption(words, index, times=False):
        if not (_CAPITALISED.match(previous) and index + 1 < len(words)):
            return False
        following = words[index + 2] if index + 2 < len(words) else ""
        known = _finite_verb(words[index + 1], following) and _known_surname(words, index, text)
        return known or shapes.role_after_name(words, index, text, shapes.descriptor, _finite_verb)
    after_day = _bare(previous) in _DAY_PARTS and index > 1 and _bare(words[index - 2]) in _TIME_NAMES
    after_day = after_day or shapes.after_this_time(words, index, _NAME_INTRODUCERS)
    after_noun = runons.name_after_clause_noun(words, index) and _named_before(words[index], text)
    after_noun = after_noun or object_before(words, index, _SPEECH)  # "… no one recognized her | Facebook says …"
    if previous[:1].islower() and _introduces_name(words, index - 1) and not (after_day or after_noun):
        return False  # "… off death row Clarke tried …" is cut; "the day Kennedy died" is not
    if previous.endswith(")") and not _PARENTHETICAL.match(previous):
        return False  # "(3m x 4m) Changing Places": only a caption's "(pictured)" ends it
    if previous[:1].isdigit() and index > 1 and _bare(words[index - 2]) == _bare(words[index]):
        pass  # "… they found Carrion-Moore, 23 Carrion-Moore was previously …": a name, an age, a caption
    elif previous[:1].isdigit() and (
        index < 2
        or not (words[index - 2][:1].islower() or _bare(words[index - 2]) in _TIME_NAMES)
        or _bare(words[index - 2]).lower() in BEFORE_TITLE
    ):
        return False  # "in 2014 Ayrton told", "the London 2012 Olympics were"
    position = index
    while position < len(words) and position - index < 3 and _CAPITALISED.match(words[position]):
        position += 1  # a name word ends in no comma: "the journal Current Biology, provided" is one sentence
    if position == index:
        return _introduced_person(words, index, text)
    if shapes.quote_in_run(words[index:position]) or number_in_phrase(words, index, position):
        return False  # "'the blonde Filipino' Ms Moon performs" (cut after it), "set up 67 Facebook profiles"
    if (  # "… according to research Prudential pensions specialist Clare Moffat said …"
        position < len(words)
        and words[position][:1].islower()
        and not _team_descriptor(words, index, position)
        and "NOUN" in word_classes(_bare(words[position]))
        and _team_descriptor(words, index, position + 1)
    ):
        position += 1
    if _team_descriptor(words, index, position):
        position += 1  # "… by bagging a brace Barcelona midfielder Andreas Iniesta has been ruled out …"
        named = position
        while position < len(words) and position - named < 3 and _CAPITALISED.match(words[position]):
            position += 1
        if position == named:
            return False
    if position < len(words) and _PARENTHETICAL.match(words[position]):
        position += 1
    if position + 1 < len(words) and _bare(words[position]).lower() in _ADVERBS:
        position += 1  # "… 'about sex' Natasha Giggs later filed for divorce …"
    following = words[position + 1] if position + 1 < len(words) else ""
    if position - index == 1 and words[index].isupper():
        following = ""  # "PFA awards to": an acronym before a noun-or-verb is a modifier
    if position >= len(words) or not _finite_verb(words[position], following):
        return False
    return not unfinished_phrase(words, index)  # "the very first | Barbie Doll will …" (text/caption_unfinished.py)


_APPOSITION = frozenset({"from", "who", "aged"})
_AGE = re.compile(r"\d{1,3},")


def _introduced_person(words: list[str], index: int, text: str) -> bool:
    """'… when exposed to sunlight James, from Salford, was given …': a one-word name the article
    names elsewhere, then an apposition (where from, who, an age) opens the sentence. An age is
    written of a person only, at the start of a sentence about them ("… to flee the country
    Clarkson, 55, and his co-hosts fled …"), so that name needs no second mention: in a paragraph
    cut from one block a few sentences long the name's other mentions lie outside `text`."""
    word, previous = words[index], words[index - 1]
    if not word.endswith(",") or not _CAPITALISED.match(word[:-1]) or index + 1 >= len(words):
        return False
    if not previous[:1].islower() or not previous[-1:].isalpha():
        return False  # "… by Brendan Rodgers' Liverpool, who booked …": a possessive, not a caption's end
    after, name = words[index + 1], word[:-1]
    if _AGE.fullmatch(after):
        return name.isalpha() and name not in _HONORIFICS
    return after in _APPOSITION and _named_before(name, text)


def _title_run(words: list[str], index: int) -> bool:
    """'The Queen's Walkway, a …', 'The Digital Story of': capitalised words that end in a comma or
    run on into 'of'/'and' (a title); 'The West Brom midfielder has' is a noun phrase."""
    position = index
    while position < len(words) and words[position][:1].isupper():
        if words[position].endswith((",", ":", ";")):
            return True
        position += 1
    if position - index < 2:
        return False
    return position >= len(words) or _bare(words[position]).lower() in _FUNCTION or not words[position][:1].isalpha()


def _opens_after_name(words: list[str], index: int) -> bool:
    """After a capitalised word, only a strong opener starts a sentence: 'Chloe If that …', or a
    determiner before a noun phrase ('… County, Utah The Bloomington arrow was …'), never before a
    title ('Off The Wall and …')."""
    opener, after = _bare(words[index]), words[index + 1] if index + 1 < len(words) else ""
    if opener in {"Her", "His", "Their"} and after[:1].islower() and after.isalpha():
        return True  # "… with her husband in New Hampshire Her decision mirrors …"
    if opener not in _STRONG:
        return False
    if after[:1].islower() or words[index].endswith(","):
        return True  # "… and Chloe If that …", "… of Villarreal Elsewhere, Espanyol extended …"
    if opener not in _DETERMINERS:
        return False
    position = index + 1
    while position < len(words) and words[position][:1].isupper() and position - index <= 5:
        if words[position].endswith((",", ":", ";")):
            return False
        position += 1
    if position >= len(words):
        return False
    following = _bare(words[position]).lower()
    return words[position][:1].islower() and following not in _FUNCTION and following not in BEFORE_TITLE


def _takes_object(words: list[str], index: int) -> bool:
    """'… backing The Mail on Sunday's campaign': a verb whose object is a name with 'The'."""
    word = _bare(words[index]).lower()
    if not word.isalpha() or not words[index][:1].islower():
        return False
    if index > 0 and _bare(words[index - 1]).lower() in DETERMINERS:
        return False  # "… injure his hamstring The Frenchman is …": a noun, not a verb
    classes = word_classes(word)
    return word.endswith("ing") or ("VERB" in classes and "NOUN" not in classes)


def _cut_before_opener(words: list[str], index: int) -> bool:
    opener, previous = _bare(words[index]), words[index - 1]
    after = words[index + 1] if index + 1 < len(words) else ""
    if _ends_name(words[index], after):
        return False  # "a band called Matthew 24 Now, which …", "… 'Matthew 24 Now' (they …)": a name's end
    last = _bare(previous).lower()
    if last in BEFORE_TITLE and not (last in _KINDS and opener == "The" and after[:1].islower()):
        return False  # "the film The Godfather"; but "… on Radio 4's Feedback programme The controller of …"
    if not _ends_caption(words, index) and not _opens_after_name(words, index):
        return False  # "I Am Not Your Negro", "Matchbox Labels And The Stories", "Off The Wall and"
    if words[index].endswith(",") or (opener in _CLAUSE_ADVERBS and _ends_caption(words, index)):
        return True  # "… curriculum However, Tory Education Secretary …", "… agreement' But Leonard …"
    if opener in {"In", "On"} and (_YEAR.fullmatch(previous) or previous[:1].islower()) and _time_setting(after):
        return True  # "… with President Obama in 2009 In February, the pair …", "… in a row On Wednesday, the …"
    if after[:1].isupper() and (
        opener not in _DETERMINERS or _title_run(words, index + 1) or _takes_object(words, index - 1)
    ):
        return False  # a title or a name: "The Queen's Walkway", "caught Many Clouds close to"
    if opener == "A" and (
        last in LETTER_AFTER or not (after[:1].islower() or after[:1].isdigit()) or shapes.plural_noun(_bare(after))
    ):
        return False  # "Plan A was", "infra-red A rays": a letter that names a kind
    return not (opener in {"In", "On"} and not previous[:1].islower())


def _time_setting(word: str) -> bool:
    """A day or month closed by a comma: the setting a sentence opens on ("On Wednesday, …")."""
    return _bare(word) in _TIME_NAMES and word.endswith(",")


def _ends_name(word: str, after: str) -> bool:
    """An opener that ends a name or a title, not a sentence's first word: a quote closes on it
    ("Now'") or a relative clause follows it ("Now, which …"), en-cnndm 192's band "Matthew 24 Now"."""
    closes = word[-1:] in "'’\"”" and word[:1] not in "'‘\"“"
    return closes or (word.endswith(",") and _bare(after).lower() in {"which", "who", "whose"})


def _cut_before_quote(words: list[str], index: int) -> bool:
    """'… in celebration ‘Me and my mum said …': a spoken sentence, not a quoted name."""
    previous = words[index - 1]
    after_place = (
        previous[:1].isupper()
        and _after_place(words, index)
        and _bare(previous) not in _HONORIFICS
        and not previous.endswith(("'s", "’s", "s'", "s’"))  # "Disney's 'Lady and the Tramp'"
        and not any(_bare(w).lower() in _SPEECH for w in words[max(index - 6, 0) : index])  # "told the BBC"
    )
    if not (_ends_caption(words, index) or after_place) or _bare(previous).lower() in BEFORE_TITLE:
        return False  # "… in March 2004 'We are proud …" ends a caption too, and "… at the Masters ‘I was …"
    first = words[index]
    closes = any(w.rstrip(",.").endswith(("’", "'", '"', "”")) for w in words[index : index + 3])
    if not first[1:2].isupper() or closes:
        return False  # 'Yes' in …, "Heil Hitler" at …: a quoted name or phrase
    following = words[index + 1 : index + 5]
    if sum(w[:1].isupper() and _bare(w) != "I" for w in following) >= 2:
        return False  # "Going Clear: Scientology and the Prison of Belief": a title in quotes
    return sum(w[:1].islower() for w in following) >= 2


_NO_SUBJECT = _HONORIFICS | _TIME_NAMES | OPENERS  # made once: each candidate space asks of it


def _subject_again(words: list[str], index: int, start: int, text: str) -> bool:
    """'Ronnie O'Sullivan is spoken to … against Matthew Stevens O'Sullivan is spoken …': the name
    that opens the piece again, after another name and before a finite verb (a caption retold)."""
    name, previous = _bare(words[index]), _bare(words[index - 1])
    if len(name) < 3 or not _CAPITALISED.match(name) or not _CAPITALISED.match(previous) or name == previous:
        return False
    if words[index] != name or name in _NO_SUBJECT or previous in _NO_SUBJECT:
        return False  # "… founder Josiah Wedgwood, said …": a name with its comma goes on
    if name not in map(_bare, words[start : start + 3]) or text.count(f"{previous} {name}") != 1:
        return False
    verb = runons.verb_after_adverbs(words, index + 1)  # "Germans no longer see"
    following = words[verb + 1] if verb + 1 < len(words) else ""
    return verb < len(words) and _finite_verb(words[verb], following)


def _is_cut(words: list[str], index: int, text: str, offset: int, end: int, start: int = 0) -> bool:
    word = words[index]
    if word[:1] in "‘'\"“":
        return _cut_before_quote(words, index) or runons2.quote_after_name(words, index)
    if words[index - 1].lower() in _PAGE_TEXT_ENDS and " ".join(words[index - 4 : index]).lower() in _PAGE_TEXT:
        return True  # "Scroll down for video Abase Hussen, left, …"
    bare = _bare(word)
    previous = _bare(words[index - 1])
    if name_said_again(words, index, _finite_verb):
        return True  # "Sebastian Vettel Vettel, who won …", not "Honey Boo Boo, was cancelled …"
    if previous[:1].isupper() and _subject_again(words, index, start, text):  # it asks for a capitalised word before
        return True
    colon = text.find(":", offset, end) >= 0  # most have none: no label, no title's label
    label = _LABEL.match(text, offset, end) if colon else None
    phrase = bool(label and _PHRASE_LABEL.match(label[0]))
    if (
        label
        and (words[index - 1][:1].islower() or words[index - 1][:1].isdigit())
        and (previous.lower() not in BEFORE_TITLE or (previous.lower() in _KINDS and phrase))
    ):
        return True  # "… in the 1960s Close-up: The piece …", "… of the magazine Short and sweet: Julia …"
    if phrase and _CAPITALISED.match(previous) and previous not in _HONORIFICS:
        return True  # "… on the show Who Wants to Be a Millionaire Mother of two: The mother …"
    if word in PREPOSITIONS and previous[:1].isupper() and adverbial_after_capital(words, index, BEFORE_TITLE):
        return True  # "… when it comes to the Armenians In her Pulitzer Prize-winning book about genocide, Obama's …"
    if word in shapes.CLAUSE_OPENERS and shapes.clause_opener(words, index, BEFORE_TITLE):
        return True  # "… representing the Philippines With the support of her fans, Ms Moon will …"
    if bare in OPENING_WORDS and phrase_opener(words, index, BEFORE_TITLE):
        return True  # "… a pale base To highlight them even more, she added …" (text/caption_phrase_openers.py)
    if words[index + 1 : index + 2] == ["by"] and shapes.doubled_adverbial(words, index, BEFORE_TITLE):
        return True  # "… in a brutal execution One by one the men are murdered"
    if colon and shapes.title_label(text, offset, end, words[index - 1], _NAME_INTRODUCERS):
        return True  # "… needed entertaining Fall of an Empire: The Story …"
    if word.endswith("ing") and runons.participle_opener(words, index, BEFORE_TITLE):
        return True  # "… as they rest Drawing on the help of 30 attendants …, their designs …"
    if word in ("In", "On") and runons.opener_after_model(words, index):
        return True  # "… on board a Boeing 777 On a Cathay Pacific 777-300ER there is …"
    if word.endswith("s") and words[index - 1][:1].isupper() and runons.plural_after_thing(words, index, text):
        return True  # "… on the Boeing 787 Dreamliner Pilots have their own …"
    if words[index - 1][:1].isupper() and runons.headline_role(words, index, _finite_verb):
        return True  # "… could face West Brom Boss Nigel Pearson has …"
    if runons2.cut_here(words, index, start, text, _finite_verb):
        return True  # "… under the plan Former Deputy Prime Minister John Prescott offered …"
    if text.find(",", offset, offset + 48) >= 0 and list_subject_cut(  # a comma in the first item's reach
        words, index, _ends_caption, _introduces_name, _finite_verb
    ):
        return True  # "… if it fell on a Monday Good Friday, Easter Saturday and Easter Monday would …"
    if bare in OPENERS:
        return _cut_before_opener(words, index)
    if words[start].endswith("ing") and not any(w.endswith(",") for w in words[start:index]):
        return False  # "Announcing the hire in a blog post on Thursday Kalanick wrote: …": its subject
    if shapes.new_clause_after_setting(words, index, text):
        return True  # "… his title in 2012 Chief executive Ross McEwan said: …", "… in Syria Sparks fly …"
    return _cut_before_name(words, index, text)


# the word before a place a caption ends on: "at the Crucible", "in Sheffield", "against Man City"
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "the", "with", "against", "from", "on", "for", "to", "over", "during", "v", "vs", "near", "of"}
    | {"outside", "inside", "by"}
)


def _after_place(words: list[str], index: int) -> bool:
    """The capitalised words before `index` follow a preposition: a place or a side, not a name's
    first half ("manager Pep | Guardiola", "Senator Rand | Paul")."""
    position = index - 1
    while position > 0 and words[position][:1].isupper() and not words[position].endswith((",", ":")):
        position -= 1
    return position < index - 1 and words[position] in _PLACE_PREPOSITIONS
