"""Who an English story's lead sentence is about, when a name says it.

A news lead usually opens with its subject: "PGA Tour star Rickie Fowler has earned extra
brownie points with his growing legion of fans", "Arsenal are the form team in Europe",
"Britain has been ranked only the 27th best country". Where the overview's phrase is not a name
("Legion of Fans", "Highest Standards of Prosperity"), the name standing right before the lead's
first verb says better what the article is about, when the article names it again.
"""

from __future__ import annotations

from citebrief.text.chunks import word_list
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import is_name

# the verbs a lead's subject is followed by: auxiliaries and the reporting verbs of news leads;
# and "died" ("Kayahan ... died of cancer"), "likes" ("Michelle Obama likes to keep a busy schedule");
# any other lower-case word ending in "-ed" ("eased", "hailed") counts too
_VERBS = frozenset(
    word_list(
        "is are was were has have had will would could can may might must should does did "
        "says wants admits insists claims believes hopes faces reveals urges warns thinks looks "
        "takes makes leads stars plans vows died dies likes loves"
    )
)
_TOKEN = LazyPattern(r"\S+")
# "Dr Ram Manohar, 38, of Barnston, Wirral, has denied": the age and the home town read past
_AGE = LazyPattern(r"(?<=[A-Za-z]), \d{1,3},(?: (?:of|from) [A-Z][^,]*(?:, [A-Z][^,]*)?,)? (?=[a-z])")
# "Gaioz Nigalidze, the current Georgian champion, was expelled", "Kayahan, one of Turkey's
# best-loved singers and songwriters, died": what the name is, between commas, read past too
_APPOSITION = LazyPattern(r"(?<=[A-Za-z]), (?:the|a|an|one of|[a-z][\w'’-]*) [^,;:.!?()]{1,60}, (?=[a-z])")
# a wire's tag glued to the lead ("(CNN)Kayahan, ...")
_SOURCE_TAG = LazyPattern(r"^\([^()]{1,40}\)\s*")
_CAPITALIZED = LazyPattern(r"^[A-Z][\w.'’&-]*$")
_OPENERS = frozenset(word_list("The A An This That These Those They It He She We You I But And As When After Every"))
_INSIDE = frozenset(
    word_list("in of at for from on by with to the a an into near across over under about against and or")
)
MAX_SUBJECT_WORDS = 7  # "Former Valencia striker Aritz Aduriz": a lead's subject is short
MIN_TEXTS = 2  # the name is said again past the lead


def _is_verb(word: str) -> bool:
    return word in _VERBS or (word.isalpha() and word.islower() and word.endswith("ed") and len(word) > 4)


def lead_name(first: str, texts: list[str], chosen: str) -> str:
    """The name before the first verb of `first` (the article's first sentence) when `chosen`,
    the overview's phrase, is no name and the article says the name again; '' otherwise."""
    # titles come title-cased: a name's last word is never written in lower case ("Lead Single" is no name)
    if not first or (chosen and is_name(chosen.rsplit(maxsplit=1)[-1].lower(), texts, "en")):
        return ""
    # "Dr Ram Manohar, 38, is alleged": the age between commas is read past, and what the
    # name is ("Kayahan, one of Turkey's best-loved singers and songwriters, died")
    tokens = _TOKEN.findall(_APPOSITION.sub(" ", _AGE.sub(" ", _SOURCE_TAG.sub("", first)), count=1))
    for at, word in enumerate(tokens[: MAX_SUBJECT_WORDS + 1]):
        if not _is_verb(word):
            continue
        run: list[str] = []
        for before in reversed(tokens[:at]):
            if not _CAPITALIZED.match(before):
                break  # "ESPN, has": an apposition ends there; "Christie's wife has": not a name
            run.insert(0, before)
        if run and run[0] in _OPENERS:
            run = run[1:]
        if not run or (at > len(run) and tokens[at - len(run) - 1] in _INSIDE):
            return ""  # "The ethnic minority population in Britain will": the name is not the subject
        name = " ".join(run)
        last = run[-1]
        said = sum(last in text for text in texts)
        return name if said >= MIN_TEXTS else ""
    return ""
