"""English sentences that point back without opening on a personal pronoun: "Both were being
recognized for their support of music creators' rights" (both of whom?), "The two men had met
online", "That was the turning point", "Though he recorded nearly 20 albums, that one would
remain his most popular", "But she never gave up".

`text.anaphora` reads a sentence that opens on "He", "This" or "Those" as leaning on the one
before it (the brief carries that one where the two fit a bullet); readers quoted these as
bullets that point at nothing in the brief just the same (en-cnndm blind read).
"""

from __future__ import annotations

from citebrief.text.en_turn_words import turn_word_pattern
from citebrief.text.lazy_re import LazyPattern

# "Both" as the subject, not as "both X and Y": a verb or "of them" after it, or a plural noun
# and then a verb ("Both men were arrested")
_BOTH = (
    r"Both (?:of (?:them|whom|us|these|those)\b"
    r"|(?:were|are|was|is|have|had|has|will|would|could|can|may|might|must|should|did|do|said|say|died|deny"
    r"|denied|face|faced|remain|remained|now|also|still|later)\b"
    r"|(?:men|women|boys|girls|players|teams|sides|clubs|countries|parties|companies|brothers|sisters"
    r"|victims|suspects|officers|children|planes|cars|ships|leaders|candidates|pilots|families|groups"
    r"|firms|drivers|riders|fighters|singers|stars|actors|actresses|animals|attacks|incidents|studies)\b)"
)
# a pair named before ("The two men", "The pair", "The couple", "The duo"), not "The two-year-old"
_PAIR = r"The (?:two|pair|couple|duo|trio)\b(?![-’'])(?! (?:of us|biggest|largest|main|most)\b)"
# "That" as a pronoun or a determiner that points back ("That was…", "That one…", "That next
# flight…"); "That said," is a turn of phrase, not a reference
_THAT = r"That\b(?! said\b)(?!['’]s\b)"
# a clause before the subject whose own subject is a pronoun ("Though he recorded…, that one…"),
# or a connective before one ("But she…", "Now, they…"); "it" only after a connective (a clause
# "If it rains" or "While it is true" says nothing of a thing named before)
_CLAUSE = (
    r"(?:Though|Although|While|When|Whilst|After|Before|Because|Since|Once|Until|Unless|As|If)"
    r" (?:he|she|they|his|her|their)\b"
    r"|(?:But|And|Yet|So|Now|Then|Still|However|Instead|Meanwhile|Later|Afterwards|Eventually|Ultimately"
    r"|Since then|By then|Even so),? (?:he|she|they|it|his|her|their|this|these|those|both|the two|the pair)"
    r"\b(?!['’]s\b)"
)
# a turn or a sequel on what the sentence before said, whatever its subject ("But Benaud's take
# was typically measured", "However, the car was gone", "And houses close to a Lidl cost 2 per cent
# less"): alone, the bullet answers a sentence the reader never saw (en-cnndm blind read); not
# "So far", "So-called", "Then-president", "And so on"; a word of degree after "But", "And", "Yet" or
# "Also" is the turned sentence's own subject ("But many will see the move as …", "But much remains
# unclear about …"), after "So" or "However" (and "Still", "Then") it says how much ("However long it
# takes, …"): `en_turn_words.turn_word_pattern`, with only these four words of degree
_TURN = "(?:" + turn_word_pattern(degree=r"(?:far|much|many|long)\b", also_degree=("Still", "Then")) + ")"
# a thing or an event named only by its kind, as the whole subject before its verb ("The piece was
# created by artist L.M. Rendall…": which piece? "The incident occurred on April 6", "The decision
# followed a review…"): what it is stood in the sentence before (en-cnndm blind read); not "The
# piece of land", "The move to …" (the noun goes on), nor "The incident room" (a compound)
_KIND_ONLY = (
    r"The (?:piece|item|object|move|incident|decision|find|discovery|announcement|revelation|gesture"
    r"|stunt|remarks?|comments?|episode|accident|crash|collision|attack|change|changes|attempt|ruling)"
    r" (?:was|were|is|are|has|had|have|came|comes|come|follows|follow|followed|occurred|happened|took|takes"
    r"|sparked|prompted|caused|led|left|will|would|could|may|might|appears|appeared|marks|marked)\b"
    # a written message whose words follow ("The message read: 'As you may be aware, …'"): whose
    # message stood in the sentence before ("the college issued an apology", en-cnndm 115: read alone,
    # the college's apology passed for the professor's own email)
    r"|The (?:message|email|e-mail|letter|note|memo|tweet|statement) (?:read|reads|said|says)\b"
)
# "Instead, it's defendants … that can't be trusted": instead of what the sentence before said
_INSTEAD = r"Instead\b(?![-'’])(?! of\b)"
# a finding told of a thing the sentence before named: "Now, a study has found it may make your
# brain larger, too" (what "it" is, exercise, stood in the hook before it: `text.en_teasers`)
FINDING_ON_IT = (
    r"(?:But )?Now,? (?:an? |the |new |latest )*(?:study|research|report|survey|scientists|researchers"
    r"|experts)\b[^.;:]{0,30}? (?:found|finds|suggests?|shows?|reveals?|revealed|claims?|say|says)(?: that)?"
    r" (?:it|they|this|these)\b"
)
# some of a set named before ("Among them, two lesbians who…")
_AMONG = r"(?:Among|Of) (?:them|those|these)\b"
# whose claim the sentence before was: "Or so says actress Patsy Kensit, who made the comments…"
# after "The Duchess of Cambridge is a modern-day suffragette…" (read alone, so says what?)
SOURCE_OF_CLAIM = (
    r"(?:Or )?[Ss]o (?:says|said|claims|claimed|believes|reckons|argues|argued)\b|Or so (?:it|they|he|she)\b"
)
# a sentence that only says where the one before came from ("That's according to a survey from Visa,
# which asked 3,000 people…", "That is what a study by … found", "The figures come from …"): read
# alone, according to what? (en-cnndm 95 blind read: a dangling attribution)
ATTRIBUTION_ONLY = (
    r"(?:That|This)(?:['’]s| is| was) (?:according to|what (?:an? |the )?[^.,;]{0,60}?"
    r" (?:found|finds?|says?|said|shows?|showed|suggests?|suggested|reported|concluded)\b)"
    r"|The (?:figures|data|numbers|statistics|findings) (?:come|came) from\b"
)
# a spokesperson whose employer is not said ("A spokeswoman would not comment on the number or nature
# of the bids…"): whose spokeswoman stood in the sentence before (en-xsum blind read: "never says whose")
_WHOSE_SPOKESPERSON = r"(?:A|The) spokes(?:man|woman|person)\b(?! (?:for|of|from|at|to)\b)"
# an opening phrase, cut off by its comma, that holds what the sentence before said ("With that fact
# in mind, questions have been raised …", "Given this, …", "Despite those warnings, …"): which fact
# stood before it; not "With this year's budget, …" (the demonstrative goes on to a time)
_IN_VIEW = r"(?:With|Given|Despite|Because of|In light of|In view of) (?:that|this|these|those)(?: [a-z]+){0,3},"
# a share of a set named before as the subject ("The majority of these should be at level three…",
# "Most of them were…"): which set stood in the sentence before (en-xsum 191 blind read: "these"
# points at nothing the brief says); not "those who…", "those in…", "those charged…" (said here)
_SHARE_OF = (
    r"(?:The (?:majority|bulk|rest)|Most|Many|Some|All|Half|None|Each|Several|Few|A (?:third|quarter|half"
    r"|majority|minority|few|number)|\d+(?:%| per ?cent)?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
    r" of (?:them|these|those(?! (?:who|whom|whose|which|that|in|at|on|from|with|aged|under|over)\b)(?! [a-z]+ed\b))\b"
)
# one of a set, or others, as the whole subject before its verb ("One has told the Daily Telegraph
# that …", "Others criticised the emergency services …"): which set stood in the sentence before
# (en-cnndm 19 blind read: "'One' of a group the brief never names"); not "One in seven", "One
# post read", "Another tool, …" (the set is said), nor "One injured man" (a participle before its noun)
_ONE_OF_SET = (
    r"(?:One|Another|Others) (?:has|have|had|was|were|is|are|will|would|could|can|may|might|did|does"
    r"|said|says|told|tells|wrote|writes|took|gave|spoke|[a-z]{3,}ed)\b(?! (?:[a-z]+ )?(?:was|were|is|are|has|had)\b)"
)
_POINTS_BACK = LazyPattern(
    rf"(?:{_BOTH}|{_IN_VIEW}|{_WHOSE_SPOKESPERSON}|{_PAIR}|{_THAT}|{_CLAUSE}|{_TURN}|{_AMONG}|{_KIND_ONLY}|{_INSTEAD}"
    rf"|{FINDING_ON_IT}|{SOURCE_OF_CLAIM}|{_SHARE_OF}|{ATTRIBUTION_ONLY}|{_ONE_OF_SET})"
)
_SOME_OF = LazyPattern(_AMONG)
_ONE_OF_SET_OPENING = LazyPattern(_ONE_OF_SET)
_KIND_ONLY_OPENING = LazyPattern(_KIND_ONLY)


def points_back_en(text: str) -> bool:
    """Whether an English sentence opens on a reference to what a sentence before named ("Both
    were…", "The pair…", "That one…", "Though he…", "But she…")."""
    return bool(_POINTS_BACK.match(text))


def some_of_before(text: str) -> bool:
    """Whether an English sentence opens on some of a set a sentence before named ("Among them,
    two lesbians…"): no antecedent for the sentence after it, leaning on one itself."""
    return bool(_SOME_OF.match(text))


def one_of_set(text: str) -> bool:
    """Whether an English sentence opens on "One", "Another" or "Others" as its whole subject
    ("One has told the Daily Telegraph …"): one of a set that only the sentence before names."""
    return bool(_ONE_OF_SET_OPENING.match(text))


def kind_only(text: str) -> bool:
    """Whether an English sentence names its thing or event only by its kind ("The piece was
    created by…"): without the sentence before, which piece is never said, so a brief that cannot
    carry that sentence does better without this one (en-cnndm blind read: "never says which piece")."""
    return bool(_KIND_ONLY_OPENING.match(text))


# a pair named in mid-sentence by what they are ("Police denied reports that the pair, both aged 21, have
# withdrawn …"): not "the pair of shoes", "the two-year deal", "the two countries" (a noun after "two")
_PAIR_INSIDE = LazyPattern(
    r"\b(?:the (?:pair|couple|duo)\b(?![-’'])(?! of\b)"
    r"|the two(?: (?:men|women|boys|girls|brothers|sisters))?(?=,| (?:were|are|was|had|have|will|would|who)\b))"
)
# two people named together ("Zaw Lin and Win Zaw Htun", "Mr and Mrs Hill", "Anna Lee, 30, and Tom Ray")
_TWO_NAMED = LazyPattern(r"\b[A-Z][a-z]+(?:, \d+,)? and (?:(?:Mrs?|Ms|Dr)\.? )?[A-Z][a-z]+")


def pair_named_before(text: str, before: str) -> bool:
    """Whether an English sentence speaks of "the pair" (or "the couple", "the two") past its opening,
    not naming them itself before that, and the sentence `before` names two people together: read
    alone, the bullet never says who the pair are (the opening "The pair …" is `points_back_en`'s)."""
    found = _PAIR_INSIDE.search(text, 1)
    if found is None or _TWO_NAMED.search(text[: found.start()]):
        return False
    return _TWO_NAMED.search(before) is not None
