"""An English overview still titled by a name alone after `en_overview_deed.py`, where the
opening writes one of four things of the name that deed table keeps out: blind readers mark
"Key points: Alexander Soumbadze" over a manhunt for a man "who has been charged with eight
counts of child pornography", and "Key points: Manchester City" over "Manchester City have
apologised to supporters": the name says who, not what the story is.

- a charge with what it is: the name (its appositive, or "who") and "has been / was charged
  with" a charge of one or two nouns ("eight counts of" passed over) → "Alexander Soumbadze's
  Child Pornography Charges", or counts of one it "has denied" ("Dr Ram Manohar, 38, of Barnston,
  Wirral, has denied four counts of sexual assault" → "Dr Ram Manohar's Sexual Assault Charges");
  "charged" alone is left out of the deed table ("X's Charge" reads as what X charges), but
  with what the charge is it reads as a headline's (`charge_of` of `en_overview_happening.py`
  reads what the charge is, as for "Terrorism Charges");
- a win over a named rival: the name and "beat"/"defeated"/"eased past" a capitalised word
  ("Rafael Nadal beat Spanish compatriot Nicolas Almagro"), or "rival" and one ("beat closest
  rival Ann Lee") → "Rafael Nadal's Victory"; not "beat his wife";
- a violent deed against one of the name's own (`data/en_kin_attacks.tsv`): "Terry Martin, 48,
  shot his girlfriend" → "Terry Martin's Shooting of His Girlfriend" ("Terry Martin's Shooting"
  alone would read as done to him);
- an apology: the name and "has apologised" → "Manchester City's Apology". Other sayings
  ("warned", "admitted") stay group titles (`en_group_deed.py`): a warning is words about the
  news, an apology is itself the news.

Read only where no other deed is: the opening paragraphs in order, the full name's form, then
the surname's; a deed the paragraph dates to a year or a last season is what came before the
news ("was charged with fraud in 2012"), and so is one in a clause that opens
"After" the name ("After Manchester United eased past Aston Villa ..., Juan Mata admitted").
`late_grounded` grounds each title so made.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_dated import dated
from citebrief.text.en_overview_event import LEAD_PARAGRAPHS, name_words
from citebrief.text.en_overview_happening import charge_of
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_spans
from citebrief.text.titles import on_word_boundaries

# the name's appositive (", 26,", " (pictured)", ", 38, of Barnston, Wirral,") or "who", then the verb
_BETWEEN = r"(?:\s\([^()]{1,30}\))?(?:(?:,\s[^,.;:!?]{1,60}){1,3},)?(?:\swho)?"
_TODAY = r"(?:\s(?:today|yesterday|now|also))?"
KIN = "kin"  # a word of whom, in `data/en_kin_attacks.tsv`
MAX_CHARGE_WORDS = 5  # "eight counts of child pornography"
# "has been charged with" a charge, or counts of it denied, admitted or faced ("has denied four
# counts of sexual assault": without "counts of", "admitted the offence" names no charge)
_CHARGED = LazyPattern(
    rf"{_BETWEEN}\s(?:(?:has\sbeen|have\sbeen|was|were){_TODAY}\scharged\swith\s"
    rf"((?:[\w-]+\s){{0,{MAX_CHARGE_WORDS - 1}}}[\w-]+)"
    rf"|(?:(?:has|have)\s)?(?:denied|denies|admitted|admits|faces|is\sfacing){_TODAY}\s"
    rf"([\w-]+\scounts?\sof\s(?:[\w-]+\s){{0,1}}[\w-]+))"
)
# a win over a named rival, who stands capitalised right after the verb ("Rafael Nadal beat Spanish
# compatriot Nicolas Almagro"), or after the word "rival" ("beat closest rival Ann Lee"): not "beat
# his wife", "eased past the barrier"
_BEAT = LazyPattern(
    rf"{_BETWEEN}\s(?:(?:has|have|had)\s)?(?:beat|defeated|thrashed|eased\spast|swept\spast)\s"
    r"(?:(?:(?:his|her|their|its)\s)?(?:(?:closest|nearest|main|chief|fellow)\s)?rivals?\s)?[A-Z]"
)
_APOLOGISED = LazyPattern(rf"{_BETWEEN}\s(?:(?:has|have|had)\s)?(?:apologised|apologized|apologises|apologizes)\b")


@cache
def _kin_attack() -> re.Pattern[str]:
    """The name's violent deed against one of its own (`data/en_kin_attacks.tsv`), after its
    appositive: the verb and "his"/"her" and whom, caught ("shot", "his girlfriend")."""
    rows = [line.split("\t") for line in data_lines("en_kin_attacks.tsv")]
    verbs = "|".join(verb.strip() for verb, kind in rows if kind.strip() != KIN)
    kin = "|".join(word.strip() for word, kind in rows if kind.strip() == KIN)
    return re.compile(rf"{_BETWEEN}\s(?:fatally\s)?({verbs})\s((?:his|her)\s(?:{kin}))(?![\w'’-])")


@cache
def _attack_nouns() -> dict[str, str]:
    """Each verb of `data/en_kin_attacks.tsv` with its noun ("shot" → "shooting")."""
    rows = [line.split("\t") for line in data_lines("en_kin_attacks.tsv")]
    return {verb.strip(): noun.strip() for verb, noun in rows if noun.strip() != KIN}


# a clause that sets what follows before the sentence's news ("After Manchester United eased past
# Aston Villa ..., Juan Mata admitted"): its deed is the occasion, not the story
_SINCE = re.compile(r"\b(?:[Aa]fter|[Ss]ince|[Ff]ollowing|[Ww]hen|[Oo]nce)\s$")


# a capitalised word right before a surname makes it another's name ("Manchester United" of
# "United", "Tamerlan Tsarnaev"), but for a title ("Mr Beavis")
_NAME_BEFORE = LazyPattern(r"(?<![\w'’-])(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s)[A-Z][\w'’-]*\s$")


def _of_another(form: str, paragraph: str, start: int) -> bool:
    """Whether the one-word `form` written at `start` ends another name."""
    return " " not in form and bool(_NAME_BEFORE.search(paragraph, max(0, start - 30), start))


def _late_deeds(form: str, paragraphs: list[str]) -> Iterator[str]:
    """The noun of each charge, win or apology the `paragraphs` write of `form`, in order."""
    for paragraph in paragraphs:
        for start, end in name_spans(form, paragraph):
            if _SINCE.search(paragraph, max(0, start - 10), start) or _of_another(form, paragraph, start):
                continue
            charged = _CHARGED.match(paragraph, end)
            if charged and not dated(paragraph, charged.start(charged.lastindex or 1) - 1):  # before the charge
                charge = charge_of(charged.group(charged.lastindex or 1).split())
                if charge:
                    yield f"{charge} charges"
            attack = _kin_attack().match(paragraph, end)
            if attack and not dated(paragraph, attack.end()):
                yield f"{_attack_nouns()[attack.group(1)]} of {attack.group(2)}"
            beat = _BEAT.match(paragraph, end)
            if beat and not dated(paragraph, beat.end() - 2):
                yield "victory"
            apologised = _APOLOGISED.match(paragraph, end)
            if apologised and not dated(paragraph, apologised.end()):
                yield "apology"


def late_deed(subject: str, texts: list[str], used: set[str]) -> str:
    """`subject`, a name alone, with its charge or apology (see the module's note); else
    `subject`. `used` gains the phrase and the name: a group titled "Ram Manohar" under "Dr Ram
    Manohar's Sexual Assault Charges" repeats the overview."""
    return deed_titled(subject, texts, used, _late_deeds)


def deed_titled(
    subject: str, texts: list[str], used: set[str], deeds: Callable[[str, list[str]], Iterator[str]]
) -> str:
    """`subject`, a name alone, with the first noun `deeds` finds written of it (the full name's
    form, then the surname's) in the opening paragraphs; else `subject`. Shared with
    `en_overview_feat`, whose feats are read the same way."""
    words = subject.split()
    if not words or not name_words(words) or "'s " in subject or subject.endswith(("’", "'")):
        return subject
    forms = [subject] if len(words) == 1 else [subject, words[-1]]
    for form in forms:
        noun = next(deeds(form, texts[:LEAD_PARAGRAPHS]), "")
        if noun:
            phrase = f"{subject}'s {noun}"
            used.update({phrase.casefold(), subject.casefold()})  # no group titled by the name again
            return phrase
    return subject


def late_grounded(subject: str, texts: list[str]) -> bool:
    """Whether a title this module may have made ("Manchester City's Apology") stands on the
    `texts`: its name as written, and its noun as what one of them writes of the name (for
    `bench/brief_checks.py`, through `en_overview_deed.grounded`)."""
    return deed_stands(subject, texts, _late_deeds)


def deed_stands(subject: str, texts: list[str], deeds: Callable[[str, list[str]], Iterator[str]]) -> bool:
    """Whether "Name's noun" stands on the `texts`: the name as written, and the noun one that
    `deeds` finds written of the name (its full form or its surname)."""
    name, _, rest = subject.partition("'s ")
    words = name.split()
    if not rest or not words or not any(on_word_boundaries(name, t, "en") for t in texts):
        return False
    forms = {name, words[-1]}
    return any(noun.casefold() == rest.casefold() for form in forms for noun in deeds(form, texts))
