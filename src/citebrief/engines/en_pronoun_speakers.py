"""An English bullet that opens on "He wrote: …" / "She added: …" where the bullet before it in its
group does not name the speaker (nor speaks of the same pronoun back to one that does: a reader
takes a He from the bullet above, not from one further up with a bullet naming no one between,
`_said_before`): the writer named him a sentence or two up ("Sessions … wrote in an
op-ed" before "He wrote: 'It defies reason …'"), but the brief's group opens elsewhere, and its
He reads as nobody, or as whoever the bullet before names (blind readers named "He wrote: …" with
Sessions nowhere in its group, and "He added: …" with an unclear He, on en-cnndm briefs). The
bullet puts the name in square brackets in the pronoun's place, as an editor marks a word the
quoted text leaves out ("[Sessions] wrote: 'It defies reason …'"), the rest kept as written; the
name's paragraph is cited with it (verify finds the name there). The Chinese step is
`zh_pronoun_speakers` ("他（孟磊）认为，……").

The name is the actor of the nearest sentence before that has one (`en_actors.actor`: the speaker
of a quotation, else the name opening the sentence), read back no more than `en_actors.BACK`
sentences and only where it is a person's (`is_person`). It gives up where it is unsure: "They"
(a plural), a title of the other sex ("Mrs Smith" for He), a sentence in between that opens on the
other pronoun or names another person, a bullet of the group before it that names the speaker, or
a bullet inside a quotation opened before it ("Ancelotti said: … 'He is a great coach … | He has
proved himself …'": the He is whom the speaker speaks of; en-cnndm 39 once read "[Los Blancos]",
a caption's words, there). Nor is a name inside the quoted words of a sentence the same pronoun
speaks ('"… vote Ulster Unionists …," he said.' before "He added that …": en-xsum 48 once read
"[Ulster Unionists] added …"): whom he speaks of is not he, and the read goes on back; nor is a
name inside any sentence's quoted words ('"… that Barry John Pring has been unlawfully killed." |
She said …', en-xsum 22), nor one after the pronoun as a clause's subject ("…, he did not grow up
watching the Premiership, Six Nations …": en-xsum 42 read "[Six Nations] added"), nor one whose
given name says the other sex (`name_sex`: "Venables", whom en-xsum 164 writes "Jon
Venables", for the mother's "She said …").
Mends en-cnndm 18, 30, 75, 132, 139 and en-xsum 5, 68, 80, 191. A group's head (no bullet of its
own before it) does the same with any verb after its He or She: "He was once the double heavyweight
champion …" opened a brief whose Riddick Bowe its next bullet names (en-cnndm 31: "[Riddick Bowe]
was once …"); a bullet further down has the one before it to lean on, as blind readers read them.
A group's head on "His …"/"Her …" takes its owner's name ("[Mason's] attempts to cover up his
crime …", en-cnndm 166) only from the writer's sentence right before, led by that one person alone
(at its start or after a phrase of lower-case words and its comma: "Watched by huge galleries, Woods
made a fast start …", en-cnndm 90): a name read farther back took a motor series for the boy whose
debut it was. A surname and a word telling son from father ("Schumacher Junior", `_generation_named`)
is that one person where the article gives the surname a given name ("[Schumacher Junior's] debut …",
en-cnndm 49, which had been left to the group above, ending on his father). Pictures' captions
glued in between are the page's, not the writer's, and are stepped over
(`en_caption_between.writers_sentence_above`: "[Carver's] memories of Gullit's downfall …" above
three captions, en-cnndm 87; "[Woods's] only bogey …" above "Spieth, 21, broke the 36 hole record …
ahead of Woods", 90). A He or She head still reads a caption: one glued before an article's lead
often names its person ("[Riddick Bowe] was once …", en-cnndm 31; "[Lizzi] added …", 132 — both lost
when captions were stepped over there).

Where the sentence before names two or more people, a group's head still takes the one its
pronoun must be (`_lone_fit`): the only one whose title fits where every other's says the
other sex ("Mrs Fergus said she believed Venables was capable …" before "He was recalled …": en-xsum
164), or the subject the sentence opens on where the others stand after it and no one speaks
("Striker Keating, 21, was recommended to … Kevin Nicholson by … Micky Adams", the role word left
out of the bracket: "[Keating] has previously had spells …", en-xsum 124; "Freberg, whose
inspirations were Jack Benny …, worked in cartoons": en-cnndm 101). A name read with its "'s"
("It is part of Ms Rochira's review …") is bracketed without it ("[Ms Rochira] said …", en-xsum
140), and a one-word place ("in Wales") is no person though "Care Forum Wales" reads as a name. A
bullet whose turn word the brief dropped ("But he and his team …" → "He and his team …") still
opens on its sentence (en-cnndm 189: "[Dr Kujala] and his team wanted …").

A text that opens on the pronoun itself, its lead cut off ("She stressed that to kill a police
officer …", en-xsum 160), has no sentence before: the name is read ahead, from the first sentence
after that names anyone, where that is the one person, of the pronoun's sex, acting in it ("But Mrs
May also said …": "[Mrs May] stressed …"; `_named_ahead`).
Where that gives up, the person is the first one the text writes as already introduced, by surname
alone or title and surname and never with a given name, its sex said by the title or by the text going
on with the pronoun after a sentence the surname leads (en-xsum 119 "[Hogwood] died …", 141 "[Durrant]
spent …", 39 "[Mr Szijjarto] told Reuters …": `text/en_unintroduced.py`).

A "He said: '…'" whose sentence before names several people, none speaking, takes the one left of
its sex once the other sex and those its quoted words name are set aside (`_quoting_one`: "Director
Michael Redwood paid tribute to O'Toole." | "[Michael Redwood] said: 'Peter was …'", en-cnndm 146).

One case where two people stand in the sentence before and the group names both: a "He added: …"
after a sentence that opens on one person and ends on a clause led by the other (", Sherwood left
the door open for a reunion at Villa."), the sentence before that led by the same person too
("Sherwood hinted that …"): the run is his, and the "added" goes on from his clause. The bracket
gives his name as that clause writes it ("[Sherwood] added: …"; en-cnndm 41, where blind readers
could not tell whether Sherwood or Ramsey spoke).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import BACK, given_name_sex, is_person, key, named
from citebrief.text.en_appositive_subjects import appositive_subject
from citebrief.text.en_caption_between import writers_sentence_above
from citebrief.text.en_non_persons import body_word, not_a_person
from citebrief.text.en_page_furniture import without_leading_furniture
from citebrief.text.en_title_role import role_heads
from citebrief.text.en_turn_words import without_turn_word
from citebrief.text.en_unintroduced import own_word_pattern, unintroduced
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import strip_standard_lead
from citebrief.text.quote_fragments import closes_quote, open_marks, quotation_tail
from citebrief.text.speaker_label import named_in_place
from citebrief.text.speech_verbs_en import TablePattern, alternation

# the bullet: He or She, perhaps an adverb, then a verb of saying ("He wrote:", "She later told …")
_PRONOUN_LED = TablePattern(
    lambda: rf"^(He|She) (?=(?:also |later |then |previously |once )?{alternation('quoted')}\b)"
)
# a group's head: He or She as the subject of any verb ("He has previously had spells with …")
_PRONOUN_SUBJECT = LazyPattern(r"^(He|She) (?=[a-z])")
# a group's head on what is someone's: "His attempts to cover up his crime …"
_OWNED = LazyPattern(r"^(His|Her) (?=[a-z])")
# a bullet that speaks of the person a He or She stands for: the pronoun's chain goes on through it
_SAME_PERSON = {
    "He": LazyPattern(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"),
    "She": LazyPattern(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b"),
}
# "He said: '…", "She added: “…": the pronoun's verb of saying, its colon and the quotation it opens
_QUOTE_SAID = TablePattern(lambda: rf"^(?:He|She) (?:(?:also|later|then) )?(?:{alternation('quoted')}): ['‘\"“]")
# the pronoun in lower case as a clause's subject: "…, he did not grow up watching …"
_LOWER_SUBJECT = {"He": LazyPattern(r"\bhe (?=[a-z])"), "She": LazyPattern(r"\bshe (?=[a-z])")}
# a capitalised word past a sentence's first: a name, or a word of one
_CAPITALISED = LazyPattern(r"\b[A-Z][a-z]+")
_TITLE_SEX = {"Mr": "He", "Sir": "He", "Lord": "He", "Mrs": "She", "Ms": "She", "Miss": "She", "Lady": "She"}
OPENING_CHARS = 40  # a bullet opens on a sentence whose first this many characters it starts with
_PRONOUNS = ("He", "She")
_CALENDAR = frozenset((*DAY_NAMES, *MONTH_NAMES))
# a verb of saying right after a name, perhaps after a clause between commas
_SAYS_AFTER = TablePattern(lambda: rf"(?:, [^,]{{1,80}},)? (?:{alternation('quoted')})\b")
# a verb of saying right before a name: "'…,' said Travolta"
_SAYS_BEFORE = TablePattern(lambda: rf"\b(?:{alternation('quoted')}) $")
# after the name that opens a sentence, a clause of its own before its verb: ", whose inspirations were …"
_SUBJECT_CLAUSE = LazyPattern(r"(?:, \d+)?, (?:who|whose)\b")
# "He added: …", "She continued: …": the pronoun goes on from words of its own just told
_GOES_ON = LazyPattern(r"^(?:He|She) (?:added|continued|went on)\b")
# a sentence's last clause led by a name after a comma: "…, Sherwood left the door open for …"
_LAST_CLAUSE = LazyPattern(
    r", ((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)*)"
    r" (?:[a-z]+ed|left|made|gave|kept|said|told|held|took|put)\b[^,;:'‘’\"“”]*[.]?$"
)
# a word of a name: "Smith", and a surname with a capital inside, whole: "O'Brien", "McCoy" (once
# read as "Brien" and "Mc")
_NAME_WORD = r"(?:[A-Z]['’](?=[A-Z]))?[A-Z][a-z]+(?:[A-Z][a-z]+)?"
# what may stand before the person a sentence is led by: nothing, or a phrase of lower-case words
# and its comma ("Watched by huge galleries, Woods made a fast start …")
_LEADS_FROM = LazyPattern(r"(?:[A-Z][a-z]*(?: [a-z][\w'’-]*)+, )?")
# a person's name as the article writes it: capitalized words, the first perhaps a title
_NAME = LazyPattern(
    rf"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.? )?{_NAME_WORD}(?:[-'’][A-Z]?[a-z]+)*"
    rf"(?: {_NAME_WORD}(?:-[A-Z][a-z]+)*)*"
)


def title_fits(name: str, pronoun: str) -> bool:
    """Whether `name`'s title, if it has one, is of the sex of `pronoun` ("He"/"She"): "Mrs Smith" is
    no "He" (shared with `en_quote_owners`)."""
    return _TITLE_SEX.get(name.split(maxsplit=1)[0].rstrip("."), pronoun) == pronoun


def _starts_with(text: str, sentence: str) -> bool:
    """Whether the bullet `text` opens on `sentence`'s first words as they are, or as the brief
    writes them without the word turning on the sentence before ("But he and his team wanted …"
    → "He and his team wanted …": `en_turn_words`)."""
    opening = without_leading_furniture(sentence.strip())  # "More on … newsShe said: …" (en-xsum 22)
    # a share bar lines.tsv's lead rows took off the bullet ("Share this with…Copy this linkHe was …", en-xsum 3)
    return text.startswith(
        (
            opening[:OPENING_CHARS],
            without_turn_word(opening)[:OPENING_CHARS],
            strip_standard_lead(opening)[:OPENING_CHARS],
        )
    )


def opening_sentence(
    scored: Scored, i: int, text: str, opens_on: Callable[[str, str], bool] = _starts_with
) -> int | None:
    """The sentence `text` (the bullet of sentence `i`) opens on: `i`, or the one before where the
    bullet carried a quotation to its end from there; None where a step changed the bullet's opening.
    `opens_on(text, sentence)` says whether the bullet opens on a sentence (strictly by default)."""
    if opens_on(text, scored.units[i].text):
        return i
    if i and opens_on(text, scored.units[i - 1].text):
        return i - 1
    return None


def named_pronoun_en(scored: Scored, i: int, text: str, points: Sequence[Point]) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with its speaker's name in brackets in place of the
    pronoun it opens on, and the paragraph of the sentence that names him; None where it opens on
    no such pronoun, a bullet of the group before it names the speaker, or the name is unsure."""
    if scored.lang != "en":
        return None
    pronoun = _PRONOUN_LED.match(text) or (None if points else _PRONOUN_SUBJECT.match(text))
    if pronoun is None:
        return None if points else _owner_named(scored, i, text)
    if (opens := opening_sentence(scored, i, text)) is None:
        return None  # a step changed the bullet's opening: leave it
    # or the one before: "He said: '… my faith. | Protesting is not radical …'", carried to its end
    return pronoun_named(scored, opens, pronoun, text, points)


def pronoun_named(
    scored: Scored, i: int, pronoun: re.Match[str], text: str, points: Sequence[Point]
) -> tuple[str, int] | None:
    """`text`, opening on the He or She `pronoun` matched, that stands for the person sentence `i`'s
    writer means, with that person's name in brackets in its place, and the name's paragraph; None
    where the name is unsure (module doc). Shared with `en_tag_speakers`, whose bullets tell their
    speaker mid-sentence ("Their comments, she wrote, …")."""
    found = pronoun_person(scored, i, pronoun.group(1), points, text=text)
    return None if found is None else (named_in_place(found[0], text[pronoun.end() :]), found[1])


def pronoun_person(
    scored: Scored, i: int, pronoun: str, points: Sequence[Point], *, text: str = ""
) -> tuple[str, int] | None:
    """The name of the person a He or She (`pronoun`) at sentence `i` stands for, as `pronoun_named`
    reads it, and the name's paragraph; None where unsure. `text` is the bullet opening on the
    pronoun, where there is one ("He added: …" may go on from the sentence before, `run_speaker`);
    `en_head_tail_speakers` asks for a pronoun closing a quotation, with no bullet opening on it."""
    sentences = [unit.text for unit in scored.units]
    if (run := run_speaker(sentences, i, pronoun, text, points)) is not None:
        return run, scored.units[i - 1].paragraph
    other = "She" if pronoun == "He" else "He"
    for j in range(i - 1, max(i - BACK, 0) - 1, -1):
        if _quoted_from(sentences, j, i):
            return None  # "'He is a great coach … | He has proved himself …": the He a speaker's, not the writer's
        said = named(sentences[j])
        if said == other:
            return None  # "She said …" between: another person speaks
        persons = _persons(sentences[j], said, sentences)
        if said == pronoun:  # '"… vote Ulster Unionists …," he said.', "He told Smith …": whom he names is not he
            persons = {}
        # '"… that Barry John Pring has been unlawfully killed." | She said …': whom quoted words name is not
        # she; nor whom she acts on after her own pronoun ("With his focus on league, he did not grow up
        # watching the Premiership, Six Nations …" once read "[Six Nations] added", en-xsum 42)
        acts = _acting_at(sentences[j], pronoun)
        unquoted = {name: at for name, at in persons.items() if not _quoted_at(sentences[j], at[0])}
        if unquoted and len(unquoted) < len(persons):
            return None  # 'The Board determined "… (Mr Odah) …"': whom the words name may be the He after all
        persons = {name: at for name, at in unquoted.items() if at[0] < acts}
        if not persons:
            if said and said not in _PRONOUNS:
                return None  # "Police said …" between: someone else speaks
            continue
        speakers = [name for name, (_, end) in persons.items() if end >= 0]
        if len(persons) > 1 and (lone := _lone_fit(sentences[j], persons, speakers, pronoun)):
            return _fitting(lone, pronoun, points, scored.units[j].paragraph, sentences)
        if len(persons) > 1 and not speakers and (quoting := _quoting_one(persons, pronoun, text, sentences)):
            return _fitting(quoting, pronoun, points, scored.units[j].paragraph, sentences)
        if len(speakers) > 1 or (not speakers and len(persons) > 1):
            return None  # "Smith told Jones …", "Smith and Jones …": two people the He may be
        if speakers and any(start > persons[speakers[0]][1] for start, _ in persons.values()):
            return None  # "Smith said …, and Jones left …": the one named last may be the He
        return _fitting((speakers or list(persons))[0], pronoun, points, scored.units[j].paragraph, sentences)
    if i != 0:
        return None
    if (ahead := _named_ahead(scored, pronoun, points)) is not None:
        return ahead
    found = unintroduced(sentences, pronoun)  # "Durrant held …": the lead's person, cut off
    if found is None:
        return None
    where = scored.units[_first_naming(sentences, *found, pronoun)].paragraph  # the sentence tying him to the He
    return _fitting(found[0], pronoun, points, where, sentences)


def _first_naming(sentences: Sequence[str], name: str, led: int, pronoun: str) -> int:
    """The first sentence before `led` (the one `name` leads) that goes on from his surname to his own
    word within three plain words ("The film will see Jordan reunite with his director", as
    `en_unintroduced._goes_on` reads it), else `led`: the reader takes the opening He from there, and
    en-xsum 100 once cited "Jordan played the Human Torch …", which does not tell what the bullet
    says. A mere mention ("… leaving Durrant without a position", "… Prince William and Prince
    George") is no such tie: the sentence he leads stays the cited one."""
    if not (surname := key(name)):
        return led
    own = own_word_pattern(surname, pronoun)
    return next((j for j in range(1, led) if own.search(sentences[j])), led)


def _named_ahead(scored: Scored, pronoun: str, points: Sequence[Point]) -> tuple[str, int] | None:
    """The name of the text's first sentence's He or She, read from the sentences after, and its paragraph:
    a text that opens on a pronoun (its lead cut off, as a feed or a paste may leave it: "She
    stressed that to kill a police officer …") names its person a sentence or two on ("But Mrs May
    also said …"), the sentences between naming no one else. Only where the first sentence ahead
    that names anyone names one person, of the pronoun's sex, as its actor, and no other name; a
    sentence on the same pronoun goes on with the run ("He spent 14 years …"), one naming another or
    two gives up."""
    sentences = [unit.text for unit in scored.units]
    other = "She" if pronoun == "He" else "He"
    for j in range(1, min(BACK + 1, len(sentences))):
        said = named(sentences[j])
        persons = _persons(sentences[j], said, sentences)
        if said == other or any(key(name) != key(said) for name in persons):
            return None  # "Rangers manager Mark Warburton wants …": someone else first
        if said == pronoun or not said:
            continue  # "It added his funeral will be private": no one named yet
        if not (_titled(said) or is_person(said, sentences) or _known_person(said, sentences)):
            return None  # "The EU objects …": a body, not the person
        if any(word not in said.split() for word in _CAPITALISED.findall(sentences[j], 1)):
            return None  # "… Warburton wants to alter the staff, leaving Durrant out": whom he acts on may be the He
        return _fitting(_without_role(said), pronoun, points, scored.units[j].paragraph, sentences)
    return None


def _quoted_from(sentences: Sequence[str], j: int, i: int) -> bool:
    """Whether sentence `i` stands inside a quotation that a sentence from `j` on opened and none
    up to it closed: its He is one the speaker speaks of ("Ancelotti said: 'What can I say about
    Simeone? … | He has proved himself …'"), whom the writer's names before it do not tell."""
    inside = False
    for k in range(j, i):
        if open_marks(sentences[k]):
            inside = True
        elif quotation_tail(sentences[k]) or closes_quote(sentences[k]):
            inside = False
    return inside


def _lone_fit(sentence: str, persons: dict[str, tuple[int, int]], speakers: list[str], pronoun: str) -> str:
    """The one of two or more `persons` the pronoun must be, or '': the only one whose title fits
    its sex where every other's title says the other ("Mrs Fergus said she believed Venables was
    capable …" before "He was recalled …"), or the one the sentence opens on as its subject, the
    others named only after it and no one speaking ("Striker Keating, 21, was recommended to
    Gulls boss Kevin Nicholson by … Micky Adams", "Freberg, whose inspirations were Jack Benny …,
    worked in cartoons"): a reader takes the subject for the He; where one speaks ("Smith said
    Jones was …") the one named after may be the He, and the caller gives up. First, a subject that
    names its person in apposition to a role, the others only in the role's words ("The coroner at
    Exeter County Hall, Dr Elizabeth Earland, recorded …": `en_appositive_subjects`), is that person."""
    role = appositive_subject(sentence)  # "The coroner at Exeter County Hall, Dr Elizabeth Earland, recorded …"
    if role is not None and role[0] in persons and not speakers and max(at for at, _ in persons.values()) == role[1]:
        return role[0] if title_fits(role[0], pronoun) else ""  # the others stand in the role's words
    fits = [name for name in persons if title_fits(name, pronoun)]
    if len(fits) == 1 and all(_titled(name) for name in persons if name != fits[0]):
        return fits[0]
    first = min(persons, key=lambda name: persons[name][0])
    if persons[first][0] != 0 or speakers or not title_fits(first, pronoun):
        return ""
    if named(sentence) != first and not _SUBJECT_CLAUSE.match(sentence, len(first)):
        return ""  # "Jon Venables and Robert Thompson were …": two subjects; "Smith's car …": no subject
    return _without_role(first)


def _quoting_one(persons: dict[str, tuple[int, int]], pronoun: str, text: str, sentences: Sequence[str]) -> str:
    """The one of `persons` (named in the sentence before, none speaking) who says the quotation
    `text` opens on ("He said: '…'"), or '': the one left of the pronoun's sex (`name_sex`, said
    for sure) once those of the other sex and those the quoted words name are set aside ("Director
    Michael Redwood paid tribute to O'Toole." | "He said: 'Peter was …'": whom he speaks of by name
    is not he). A name a glued caption ran into a role word is read from the role on ("Saint
    Katherine Director Michael Redwood": Michael Redwood)."""
    if (said := _QUOTE_SAID.match(text)) is None:
        return ""
    quoted = set(_CAPITALISED.findall(_plain(text[said.end() :])))
    fits: list[str] = []
    for name in map(_from_role, persons):
        sex = name_sex(name, sentences) or _given_alone(name, sentences)
        if not sex:
            return ""  # one whose sex is unsaid may be the He
        if sex == pronoun and not quoted.intersection(_name_words(name, sentences)):
            fits.append(name)
    return fits[0] if len(fits) == 1 else ""


def _given_alone(name: str, sentences: Sequence[str]) -> str:
    """The sex a given name written alone says ("Katherine": She), where the article never writes a
    given name right before it (no one's surname: "Saint Katherine", not "Grace Kelly"); else ""."""
    sexes = given_name_sex()
    if " " in name or name not in sexes:
        return ""
    return "" if _written_before(name, sentences) & sexes.keys() else sexes[name]


def _plain(text: str) -> str:
    """`text` with curly apostrophes straight ("O’Toole" as "O'Toole")."""
    return text.replace("’", "'")


def _from_role(name: str) -> str:
    """`name` from after its last role word on ("Saint Katherine Director Michael Redwood",
    "Director Michael Redwood": Michael Redwood), where two or more words follow it; else `name`."""
    words = name.split()
    at = max((k for k, word in enumerate(words[:-2]) if word.lower() in role_heads()), default=-1)
    return " ".join(words[at + 1 :])


def _name_words(name: str, sentences: Sequence[str]) -> set[str]:
    """The words of `name` and the capitalised words the article writes right before its surname
    ("Peter" of "Peter O'Toole" for "O'Toole"): the ways the quoted words may name that person."""
    words = set(_plain(name).split())
    surname = _plain(key(name))
    return words | _written_before(surname, sentences) if surname else words


def _written_before(word: str, sentences: Sequence[str]) -> set[str]:
    """The capitalised words the article writes right before `word` ("Peter" of "Peter O'Toole",
    "Grace" of "Grace Kelly"), curly apostrophes read straight: the one reading `_given_alone` and
    `_name_words` ask."""
    before = re.compile(rf"\b([A-Z][a-z]+) {re.escape(word)}\b")
    return {m.group(1) for s in sentences for m in before.finditer(_plain(s))}


def _quoted_at(sentence: str, at: int) -> bool:
    """Whether `sentence` stands inside double quotation marks at `at`: a straight mark opened an odd
    number of times before it, or more curly ones opened than closed."""
    before = sentence[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _acting_at(sentence: str, pronoun: str) -> int:
    """Where `sentence` first writes `pronoun` in lower case as a clause's subject outside quotation
    marks ("…, he did not grow up watching …"), else its length: names after it are whom he acts on."""
    for m in _LOWER_SUBJECT[pronoun].finditer(sentence):
        if not _quoted_at(sentence, m.start()):
            return m.start()
    return len(sentence)


def _titled(name: str) -> bool:
    """Whether `name` opens on a title that says its sex ("Mrs Fergus")."""
    return name.split(maxsplit=1)[0].rstrip(".") in _TITLE_SEX


def _without_role(name: str) -> str:
    """The name without a role word the article writes before it ("Striker Keating": Keating)."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in role_heads() else name


def _owner_named(scored: Scored, i: int, text: str) -> tuple[str, int] | None:
    """A group's head opening on "His …"/"Her …" with its owner in brackets ("[Mason's] attempts to
    cover up his crime …"), where the writer's sentence right before (above any captions: module
    doc), in its paragraph or passage, is led by that one person and names no other (a farther one
    is too unsure: "His debut" read a motor series as him)."""
    if (owned := _OWNED.match(text)) is None or i == 0 or opening_sentence(scored, i, text) != i:
        return None
    sentences = [unit.text for unit in scored.units]
    before = writers_sentence_above(sentences, i, BACK)  # above pictures' captions glued between
    if before < 0 or not _near(scored, before, i):
        return None
    persons = _persons(sentences[before], named(sentences[before]), sentences)
    if len(persons) != 1 or not _LEADS_FROM.fullmatch(sentences[before][: next(iter(persons.values()))[0]]):
        return None  # no one, two people, or one the sentence does not open on ("Police said … Smith")
    said = next(iter(persons))
    sex = "He" if owned.group(1) == "His" else "She"
    if not title_fits(said, sex):
        return None
    return named_in_place(f"{said}'s", text[owned.end() :]), scored.units[before].paragraph


def _near(scored: Scored, before: int, i: int) -> bool:
    """Whether sentence `before` stands in sentence `i`'s paragraph, or in the passage right before
    where the text is one block cut into passages (a cut there is the reader's, not the writer's)."""
    gap = scored.units[i].paragraph - scored.units[before].paragraph
    return gap == 0 or (bool(scored.passages) and gap == 1)


def people_named(sentence: str, sentences: Sequence[str]) -> list[str]:
    """The people `sentence` names, as `_persons` reads them (shared with `en_head_tail_speakers`)."""
    return list(_persons(sentence, named(sentence), sentences))


def _persons(sentence: str, said: str, sentences: Sequence[str]) -> dict[str, tuple[int, int]]:
    """The people `sentence` names (each as first written in it), each with where it first stands
    and where the verb that says they spoke ends ("Jeff Sessions, who …, said …"), -1 where none;
    `said`: its actor (`en_actors.named`)."""
    found: dict[str, tuple[int, int]] = {}
    keys: dict[str, str] = {}
    for m in _NAME.finditer(sentence):
        name = m.group(0).removesuffix("'s").removesuffix("’s")  # "Ms Rochira's review": Ms Rochira
        if (
            _CALENDAR.intersection(name.split())
            or body_word(key(name))
            or not (is_person(name, sentences) or _known_person(name, sentences) or _generation_named(name, sentences))
        ):
            continue  # "Thursday Do as I say": a caption run into a sentence; "Human Rights Commission"
        if (first := keys.get(key(name))) is not None:
            if " " in name and " " in first and name.split()[0] != first.split()[0]:
                found[name] = (m.start(), -1)  # "Joshua Burns and his wife, Brenda Burns": two people
            continue
        keys[key(name)] = name
        after = _SAYS_AFTER.match(sentence, m.end())
        before = name == said and _SAYS_BEFORE.search(sentence[: m.start()]) is not None
        found[name] = (m.start(), after.end() if after else m.end() if before else -1)
    return found


def _fitting(
    said: str, pronoun: str, points: Sequence[Point], where: int, sentences: Sequence[str]
) -> tuple[str, int] | None:
    """`said` and the paragraph naming it (`where`), unless the name's title or given name (in it or
    before it in the article's `sentences`: `en_name_sex`) says the other sex than `pronoun`, or the
    group names him already."""
    if not title_fits(said, pronoun) or not sex_fits(said, pronoun, sentences):
        return None  # "Mrs Smith" or "Barry John Pring" before "She said"
    surname = key(said)
    if not surname or _said_before(surname, pronoun, points):
        return None  # the bullet before says who
    return said, where


def _said_before(surname: str, pronoun: str, points: Sequence[Point]) -> bool:
    """Whether the bullet right before names `surname`, or it and those before it speak of the same
    `pronoun` ("He also said …", "Speaking to the paper, she said: …") back to one that does: a
    reader takes a He from the bullet above, not from one two bullets up with a bullet naming no
    one between ("Graham Buckingham … told The Times …", "Just one kilogram of shark fin can fetch
    …", "He said as many as one in five …": blind readers of en-cnndm and en-xsum could not say who
    spoke)."""
    same = _SAME_PERSON[pronoun]
    for point in reversed(points):
        if surname in point.text:
            return True
        if not same.search(point.text):
            return False
    return False


def _known_person(name: str, sentences: Sequence[str]) -> bool:
    """A surname said alone ("Sessions") that the article writes elsewhere as a person's full name."""
    if len(name.split()) != 1 or not_a_person(name, name, "\n".join(sentences)):
        return False  # "in Wales" beside "Care Forum Wales": a place, not a person's surname
    return any(
        is_person(m.group(0), sentences)
        for s in sentences
        if name in s
        for m in _NAME.finditer(s)
        if m.group(0).split()[-1] == name and " " in m.group(0)
    )


def _generation_named(name: str, sentences: Sequence[str]) -> bool:
    """A surname and the word that tells a son from his father ("Schumacher Junior"), the surname
    a person's the article writes with a given name ("Mick Schumacher"): the word is no surname
    (the article writes "junior drivers" too), so the name alone read as no one's, and "His debut"
    after "Schumacher Junior is part of the … team" was left to the bullet above, which named his
    father (en-cnndm 49)."""
    words = name.split()
    return len(words) == 2 and words[1] in _generation_words() and _known_person(words[0], sentences)


@cache
def _generation_words() -> frozenset[str]:
    """ "Junior", "Sr" …: `data/en_generation_words.tsv`."""
    return frozenset(data_lines("en_generation_words.tsv"))


def run_speaker(sentences: Sequence[str], i: int, pronoun: str, text: str, points: Sequence[Point]) -> str | None:
    """The name of the bullet's speaker where the sentence before names two people, the
    group names both, and the one leading its last clause led the sentence before it too (module
    doc: "…, Sherwood left the door open …" after "Sherwood hinted …"); None otherwise."""
    if i < 2 or not _GOES_ON.match(text) or (last := _LAST_CLAUSE.search(sentences[i - 1])) is None:
        return None
    surname, opener = key(last.group(1)), named(sentences[i - 1])
    if opener in _PRONOUNS or key(opener) in ("", surname) or key(named(sentences[i - 2])) != surname:
        return None
    said = last.group(1)
    if not is_person(opener, sentences) or not (is_person(said, sentences) or _known_person(said, sentences)):
        return None
    if not title_fits(said, pronoun):
        return None
    if not all(any(name in point.text for point in points) for name in (surname, key(opener))):
        return None  # the group names one of them only: the step's own reading holds
    return said


# The sex a name says, by its title or a given name (`data/en_given_name_sex.tsv`): a bracket must not name
# one the pronoun cannot be (en-xsum 22 "[Barry John Pring] said …" for a coroner's "She said …"; en-xsum 164
# "[Venables] said her family …", whom the article writes "Jon Venables", for a mother's).

# titles that say no sex, passed over to the given name after them ("Dr Elizabeth Earland")
_PLAIN_TITLES = frozenset(("Dr", "Prof", "Professor", "Rev", "Cllr", "Judge", "Det", "Sgt", "Insp", "PC"))


def name_sex(name: str, sentences: Sequence[str]) -> str:
    """ "He" or "She" where `name` (as a bracket would write it) says its sex, else "": its title, or
    its given name, or, for a surname alone, the given names and titles the article (`sentences`)
    writes before it, where each is known and all say one sex (a word the table lacks, "Stan" or
    "When", leaves it unsaid)."""
    words = [word.rstrip(".") for word in name.split()]
    while words and words[0] in _PLAIN_TITLES:
        words = words[1:]
    if not words:
        return ""
    if words[0] in _TITLE_SEX:
        return _TITLE_SEX[words[0]]
    if len(words) > 1:
        return given_name_sex().get(words[0], "")
    before = re.compile(rf"\b([A-Z][a-z]+)\.? {re.escape(words[0])}\b")
    sexes = given_name_sex()
    said = {_TITLE_SEX.get(m.group(1)) or sexes.get(m.group(1), "?") for s in sentences for m in before.finditer(s)}
    return said.pop() if len(said) == 1 and "?" not in said else ""  # "Stan Freberg" beside "Donna Freberg": unsure


def sex_fits(name: str, pronoun: str, sentences: Sequence[str]) -> bool:
    """Whether `name` may be the person `pronoun` ("He"/"She") stands for: it says no sex, or that one."""
    return name_sex(name, sentences) in ("", pronoun)
