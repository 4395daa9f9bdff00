"""An English bullet that is a line of someone's quotation, naming no speaker, opens on the
speaker's name in square brackets ("[Mrs. Obama said:] 'I encourage people to go check it out …'")
where no bullet of its group before it names the speaker, or one does and the speaker is surely a
person (`en_actors.is_person`): each bullet is read alone, and blind readers met "'I am honored to
join …'" under "[King said:] '…'" as nobody's words.

CNN/Daily Mail and BBC quote one speaker over several sentences and name them once ("'(It) gives you
an opportunity …,' Mrs. Obama said. 'I encourage people …'", "PC Siobhan Pellett said: \"The ease
… is frightening.\" We are asking people to be very, very careful …", "\"Now that we're in this
position …,\" she said."). `en_speaker_leads` adds the sentence naming the speaker to the bullet's
group; where it cannot (another group says that sentence, the group is full, or only a pronoun
names the speaker there) the bullet stayed words no one says: blind readers could not tell who
spoke. The name is carried instead, as `en_pronoun_speakers` carries it for "He wrote: …". The
sentence naming the speaker stands right before the line, past captions (sentences no bullet may
say) and at most `MOST_LINES` more lines of the same quotation, in the line's passage or the one
before, no other speaker between (`en_quote_follows.speaks_on`); where the line reopens the
quotation on a mark or speaks as "I", "we" or "you", as a long quotation's later paragraph does
("Ancelotti said: 'What can I say …' | 'He is a great coach … | It's an honour … | 'We don't
have an obsession …'"), at most `MOST_SPOKEN_LINES` lines back over any passages (a quotation
that lost its closing mark runs on over the writer's own explaining sentences, which do neither:
"EPP occurs when … | The skin is more sensitive …"). Its name is the quotation's speaker there
(`en_actors.named`), a pronoun read as the person the sentence right before it names (no further:
a name read back past a sentence naming no one was another speaker's; a person by the article's
writing or by "his"/"her" after the name; not a "Mrs" for "he"; where that sentence goes on with
the same pronoun, "He added that …", the person its sentences read back to as
`en_pronoun_speakers.pronoun_person` reads them, cited where named), or the name before the verb and
colon opening the quotation ("HebCelt director Caroline Maclennan said: \"…"). A club or a paper
named as saying it is named too. The name's paragraph is cited with it. Where the group names a
speaker it is less sure of already ("said GB guard …"), a line that speaks as "I" or "we" and that
the page's cut left bare of marks is shown between the quotation's own marks instead: bare, under
the speaker's bullet, it read as the writer's first person; so is such a line after its label
("[Neil said:] 'You watch it …'"), where the label alone left the words bare. A bare "I" line after
a quotation opened on a colon and closed on a mark glued to the next paragraph is that quotation's
next paragraph (`reopened_lines`), and a bullet naming the speaker only beside another person ("Sue
Hills and Clive Ruggles described …") does not say which of them speaks (`_paired`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citebrief.engines.en_pronoun_speakers import OPENING_CHARS, pronoun_person, run_speaker, title_fits
from citebrief.engines.en_quote_follows import goes_on, speaks_on, wholly_quoted, without_own_saying
from citebrief.engines.en_quote_runs import quotation_run_speaker
from citebrief.engines.en_speaker_reach import speakerless_line
from citebrief.engines.en_unnamed_replies import nested_quotation_line, replied_person
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.brief_memo import per_brief
from citebrief.text.en_actors import BACK, is_person, key, named
from citebrief.text.en_appositive_speakers import appositive_speaker
from citebrief.text.en_caps_labels import is_caps_label
from citebrief.text.en_quote_continues import closing_lines, continued_pronoun
from citebrief.text.en_quote_reading import speaks
from citebrief.text.en_turn_words import without_turn_word
from citebrief.text.en_unattributed import first_person_story, quote_reading
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.quote_fragments import opens_after_colon
from citebrief.text.speaker_label import labelled
from citebrief.text.speech_verbs_en import TablePattern, alternation

MOST_LINES = 2  # lines of the same quotation between the bullet and its speaker's sentence, at most
MOST_BACK = 6  # sentences back, captions included, at most
# the same where the line speaks as a quotation of its own (module doc): a long quotation's later paragraph
MOST_SPOKEN_LINES = 6
MOST_SPOKEN_BACK = 12
MOST_GLUED_OPENING = 12  # characters of a short sentence the bullet opens on whole, at least
_PRONOUNS = frozenset({"", "He", "She", "They", "We", "I", "It"})
_OWN_PRONOUNS = {"He": LazyPattern(r"\b(?:he|his|him|himself)\b"), "She": LazyPattern(r"\b(?:she|her|hers|herself)\b")}
_MARKS = LazyPattern(r"^[\s'‘\"“]+")
_OPENS_QUOTE = LazyPattern(r"^\s*['‘\"“]")
_DOUBLE_MARK = LazyPattern(r"[\"“”]")
_CLOSING = {"'": "'", "‘": "’", '"': '"', "“": "”"}
_ANY_MARK = LazyPattern(r"[\"“”‘]|(?<!\w)'|'(?!\w)")  # a quotation mark (not an apostrophe: "I'm")
_CLOSES_DOUBLE = LazyPattern(r"[.!?][\"”]\s*$")  # a line's stop and closing double mark
# a line opening a quotation on a double mark, at its start or after a colon: 'She said: "I told him …'
_OPENS_SPEECH = LazyPattern(r"(?:^\s*|:\s*)[\"“]\w")
_OPENS_DOUBLE = LazyPattern(r"^\s*[\"“]\S")
_I_SPEAKS = LazyPattern(r"\b(?:I|[Mm]y|me)\b")  # a line speaking as "I" (a writer's "we" is anyone's)
# a quotation mark opening words quoted anywhere in a bullet (not an apostrophe: "Selby's")
_QUOTE_OPENS = LazyPattern(r"(?:^|[\s:(])['‘\"“]")
_THE_BEFORE = LazyPattern(r"(?:^|\s)[Tt]he\s+$")  # "the" right before a name: "The Smiths", "the BBC"
_SAYS = TablePattern(lambda: rf"\b{alternation('quoted')}\b")
# a verb of saying in a clause on who someone is: "a man who claims he is a perfectionist"
_WHO_SAYS = TablePattern(lambda: rf"\ba (?:man|woman) who (?:{alternation('quoted')})\b")
# a few words quoted inside a sentence, a lower-case word after them: "another 'home run' performance"
_QUOTED_WORDS = LazyPattern(r"(?<=\s)['‘\"“][\w-]+(?: [\w-]+){0,3}['’\"”](?= [a-z])")
# words after a closing mark: who says it ("…', the Guardian Australia reported"), or more than a quotation
_SAID_AFTER = LazyPattern(r"\S['’\"”],?\s+\w")
# the name right before a verb of saying that opens a quotation on a colon or a comma: "… director
# Caroline Maclennan said: \"…", "… Chairman Clive Francis said, '…"
_NAME_SAYS = TablePattern(
    lambda: rf"(?P<who>(?:[A-Z][\w'’.-]+\s){{1,3}}){alternation('quoted')}\b[^'‘\"“:,]{{0,60}}[:,]\s*['‘\"“]"
)
# the name right before a verb of saying, words reported (no quotation): "… councillor Ian Ward said …"
_NAME_REPORTS = TablePattern(lambda: rf"(?P<who>(?:[A-Z][\w'’.-]+\s){{1,3}}){alternation('quoted')}\b")

# a name leading a sentence's last clause, set off by commas or not, then its verb: ", but Manhart, a …, refuses."
_LAST_CLAUSE = LazyPattern(
    r"[,;] (?:but|and|yet|while) (?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:, [^,;'‘\"“]+,)? [a-z][^,;'‘\"“]*[.!?]$"
)

# a name opening a sentence, lower-case words after it: "Neil still harboured hopes …"
_OPENING_NAME = LazyPattern(
    r"(?:[A-Z][\w'’]*-[a-z]+ )?(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?= [a-z])"
)  # less a word of where they are from: "Perth-born Evans"

# the name right before a colon opening a quotation, as BBC heads a coach's words after a match:
# "Widnes coach Denis Betts:\"It's been coming …"
_NAME_COLON = LazyPattern(r"(?<![\w'’.-])(?P<who>(?:[A-Z][\w'’.-]+\s){0,2}[A-Z][\w'’.-]+):\s*['‘\"“]")


def named_quotation_en(
    scored: Scored, i: int, text: str, points: Sequence[Point], middles: Sequence[bool]
) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, opening on its quotation's speaker in brackets, and the
    paragraph naming the speaker; `middles`: the sentences that are a quotation's unmarked middle
    as BBC writes one of several paragraphs (`en_quote_reading.quotation_middles`, which the
    bullets' marks follow), lines of it as much as those `quote_reading` finds. None where the
    bullet names its speaker or is no quotation's line, the group's bullets before it (`points`)
    name the speaker, or the speaker is unsure."""
    line = speakerless_quotation(scored, i, text, middles) or _reopened_line(scored, i, text)
    if line is None:
        return None
    i, texts, quoted = line
    spoken = _OPENS_QUOTE.match(texts[i]) is not None or speaks(texts[i])
    reopened = reopened_lines(texts)
    found = _speaker_before(scored, reopened, quoted, i, spoken)
    if found is None:
        return None
    name, at = found
    if (pronoun := named(texts[at])) in ("He", "She"):
        # "He added: '…" after "…, Sherwood left the door open": the person the bullet of that
        # sentence names too (`en_pronoun_speakers.run_speaker`), not the one the sentence opens on
        name = run_speaker(texts, at, pronoun, texts[at], points) or name
    surname = key(name)
    if not surname:
        return None
    # "Her parents Sue Hills and Clive Ruggles described …": which of the two speaks is not said
    points = [point for point in points if not _paired(surname, point.text)]
    # a line whose opening mark the page glued to the line before is bare of its own marks too
    bare = _bare_spoken(texts[i], text) or (reopened[i] != texts[i] and not _DOUBLE_MARK.search(text))
    # the group says who: a line is still a bullet of its own, read alone, and names a person it is
    # sure of (readers met "'I am honored to join …'" under "[King said:] '…'" as nobody's words);
    # a name it is less sure of ("said GB guard …", "told The Times") stays off where the group says it
    if group_says(surname, points) and not is_person(name, texts):
        if not bare:
            return None
        return _marked(reopened[at : i + 1], text), scored.units[i].paragraph
    if bare:  # a label before bare first-person words reads as the writer's own
        text = _marked(reopened[at : i + 1], text)
    return labelled(_with_article(name, texts[at]), text), scored.units[at].paragraph


def _reopened_line(scored: Scored, i: int, text: str) -> tuple[int, Sequence[str], Sequence[bool]] | None:
    """The bullet `text` of sentence `i`, where it opens on a line whose opening mark the page glued
    to the line before (`reopened_lines`), as `speakerless_quotation` gives a quotation's line: a
    verb of saying in it ("… rang and said 'You cannot …'") is the speaker's own telling."""
    if scored.lang != "en" or text.startswith("["):
        return None
    texts = tuple(unit.text for unit in scored.units)
    # the sentence it opens on (`en_pronoun_speakers.opening_sentence` with `opens_on`)
    opens = i if opens_on(text, texts[i]) else i - 1 if i and opens_on(text, texts[i - 1]) else None
    if not opens or (line := reopened_lines(texts)[opens]) == texts[opens]:
        return None
    if _DOUBLE_MARK.search(text) or _SAID_AFTER.search(text) or named(line):
        return None  # a bullet that kept marks of its own, or a line naming who says it
    if not speakerless_line(line, True, first_person=True):
        return None
    _, quoted = quote_reading(texts)
    return opens, texts, tuple(was or k == opens for k, was in enumerate(quoted))


def _paired(surname: str, text: str) -> bool:
    """Whether `text` names `surname` only beside another person, as one subject ("Sue Hills and
    Clive Ruggles described …"): it does not tell which of them a quotation's line is."""
    name = re.escape(surname)
    mentions = len(re.findall(rf"\b{name}\b", text))
    paired = len(re.findall(rf"\b{name} and [A-Z]|[A-Z][\w'’-]+ and (?:[A-Z][\w'’-]+ )?{name}\b", text))
    return mentions > 0 and paired == mentions


def _marked(texts: Sequence[str], text: str) -> str:
    """The bullet `text` between the marks its quotation (`texts`, its speaker's sentence to its
    line) is written in (`_page_marks`)."""
    opening, closing = _page_marks(texts)
    return f"{opening}{text.strip()}{closing}"


def _page_marks(texts: Sequence[str]) -> tuple[str, str]:
    """The marks the quotation in `texts` (its speaker's sentence to its line) is written in, the
    nearest first: a Daily Mail page's single ones ("'When I scored …'"), else double."""
    for sentence in reversed(texts):
        for found in _QUOTE_OPENS.finditer(sentence):
            mark = found.group()[-1]
            return mark, _CLOSING[mark]
    return '"', '"'


def _bare_spoken(sentence: str, text: str) -> bool:
    """Whether the bullet `text` of the quotation's line `sentence` shows no mark while the line
    speaks as "I" or "we" (`en_quote_reading.speaks`): under a bullet naming the speaker, bare, it
    reads as the writer's own first person ("I was sad for the last two years …")."""
    return speaks(sentence) and not _ANY_MARK.search(text)


def group_says(surname: str, points: Sequence[Point]) -> bool:
    """Whether a bullet of `points` names `surname` as speaking (a verb of saying or a quotation
    mark with the name: "Selby, aiming for a third world title, said …"). A bullet naming them
    at something else ("Selby begins his last-eight match …", "But Evans is desperate not to miss
    out …") does not say whose the quotation after it is: readers of en-xsum 9 and 175 met the line
    with no speaker, the label was left off for the name alone."""
    # "another 'home run' performance from Hamilton, a man who claims he is …": a word quoted and a
    # saying that tells what kind of man he is, no speaker's words
    return any(
        surname in point.text
        and (_SAYS.search(_WHO_SAYS.sub("", point.text)) or _QUOTE_OPENS.search(_QUOTED_WORDS.sub(" ", point.text)))
        for point in points
    )


def speakerless_quotation(
    scored: Scored, i: int, text: str, middles: Sequence[bool]
) -> tuple[int, tuple[str, ...], tuple[bool, ...]] | None:
    """The sentence `text`, the bullet of sentence `i`, opens on where it is a quotation's line
    whose speaker neither it nor that sentence names, with the article's sentences and which of
    them are quoted (`middles` counted in); None for a bullet already labelled, a step's changed
    opening, a named speaker or words of the writer's after the closing mark. Shared by the steps
    that label such a line (`named_quotation_en`, `en_quote_roles`, `en_quote_lead_ins`), each of
    which asks it of the same bullet: kept for the brief (`_speakerless`), its answer tuples."""
    if scored.lang != "en" or text.startswith("["):
        return None
    return _speakerless(tuple(unit.text for unit in scored.units), i, text, tuple(middles))


@per_brief(maxsize=1024)  # the three label steps ask it of each bullet
def _speakerless(
    texts: tuple[str, ...], i: int, text: str, middles: tuple[bool, ...]
) -> tuple[int, tuple[str, ...], tuple[bool, ...]] | None:
    """`speakerless_quotation` of an English article's sentences `texts`."""
    # the sentence it opens on, less the marks and turning word steps mend ('"But it's not been
    # poor. | I am happy …"': the line before, carried; `en_pronoun_speakers.opening_sentence` of the texts)
    opens = i if opens_on(text, texts[i]) else i - 1 if i and opens_on(text, texts[i - 1]) else None
    if opens is None:
        return None  # a step changed the bullet's opening: leave it
    others_speak, quoted = quote_reading(texts)
    # a closing line with no opening mark is one too (`en_quote_continues`)
    quoted = closing_lines(texts, [was or middle for was, middle in zip(quoted, middles, strict=True)])
    if opens and nested_quotation_line(texts[opens - 1], texts[opens]):
        quoted[opens] = True  # "'It's like 'yes'. | I put the car …": the quotation goes on (`en_unnamed_replies`)
    if opens and opens_after_colon(texts[opens - 1]) and speaks(texts[opens]) and not _ANY_MARK.search(texts[opens]):
        # 'Sam Hollis:"We lost the toss. | We have batted …': the speaker's words go on, the closing
        # mark cut off with the next paragraph (`inside_open_quote` reads only a mark opening the
        # sentence); a line speaking as no one may be the writer's after a page lost the closing mark
        quoted[opens] = True
    if not all(
        speakerless_line(line, quoted[opens], first_person=others_speak) for line in (texts[opens].strip(), text)
    ):
        return None  # its speaker named, in the bullet carried to its quotation's end too ('…," she said')
    if _SAID_AFTER.search(text):
        return None  # "'See yas tomoz boys!!! …', the Guardian Australia reported": its source said after it
    return opens, texts, tuple(quoted)


def _with_article(name: str, sentence: str) -> str:
    """`name` as the label writes it: after "The" where `sentence` writes "the" before it ("The
    Smiths told MailOnline Travel: '…'" is "[The Smiths said:]", not "[Smiths said:]")."""
    return f"The {name}" if _THE_BEFORE.search(sentence[: max(sentence.find(name), 0)]) else name


def opens_on(text: str, sentence: str) -> bool:
    """Whether the bullet `text` opens on `sentence`, less the marks and the turning word that
    `cited_points` mends off or on ('"Then to withstand it …"' of "And then to withstand it …", a
    quotation's unmarked middle; `en_turn_words`): read as another opening, a coach's line went
    unnamed under a group that named only the next coach to speak."""
    core = _MARKS.sub("", text).strip()[:OPENING_CHARS]
    own = _MARKS.sub("", sentence).strip()
    # a short sentence whole, the next glued on: "Every defeat was different. One was due to …"
    whole = len(own) >= MOST_GLUED_OPENING and core.startswith(own)
    return own.startswith(core) or without_turn_word(own).startswith(core) or whole


def _speaker_before(
    scored: Scored, texts: Sequence[str], quoted: Sequence[bool], i: int, spoken: bool
) -> tuple[str, int] | None:
    """The person whose quotation sentence `i` is a line of, and the sentence naming them (module
    doc); None where a sentence of the writer's own, another speaker or no person stands first.
    `spoken`: sentence `i` reopens the quotation on a mark or speaks as "I", "we" or "you", so it
    reaches further back (a quotation that lost its closing mark runs on over the writer's own
    explaining sentences, which do neither)."""
    usable = frozenset(scored.usable)
    paragraph = scored.units[i].paragraph
    most_lines, most_back = (MOST_SPOKEN_LINES, MOST_SPOKEN_BACK) if spoken else (MOST_LINES, MOST_BACK)
    lines = 0

    def further() -> tuple[str, int] | None:
        """Past the reach above, a long quotation surely one run (`en_quote_runs`): read only there."""
        return quotation_run_speaker(usable, texts, quoted, i, _speaker)

    for back in range(i - 1, max(i - most_back, 0) - 1, -1):
        if not spoken and scored.units[back].paragraph < paragraph - 1:
            return further()
        # a quotation's own unmarked line, saying no one says it: a name in it is what it speaks of
        # ("England are in a good place …" in Geoffrey Boycott's quotation), not its speaker
        # "I've always said …" in a line of it is the speaker's own saying, naming no one else
        says = _SAYS.search(without_own_saying(texts[back])) is not None
        own_line = quoted[back] and not says
        if not own_line and speaks_on(texts, back, i) and (name := _speaker(texts, back)) is not None:
            return name, back  # "King, pictured with Clinton in 2001, said" too, glued to its caption
        if not own_line and speaks_on(texts, back, i) and (chained := _chained_person(scored, texts, back)):
            return chained  # '"…," he said.' after "He added …" after "Mr Nesbitt denied …"
        if speaks_on(texts, back, i) and (pronoun := continued_pronoun(texts, quoted, back)):
            # "She continued: '…" after a quotation's line: that quotation's speaker (`en_quote_continues`)
            found = _speaker_before(scored, texts, quoted, back, True)
            return found if found is not None and title_fits(found[0], pronoun) else None
        if back not in usable:
            continue  # a caption: no speaker of its own, no line of the quotation
        if says and not wholly_quoted(texts[back]):
            return None  # a speaker this cannot name ("Police said …", "… he said" after no one)
        # a bare paragraph of the quotation between its closing and reopening marks goes on too (`paused_line`)
        paused = spoken and paused_line(texts, back)
        if not (quoted[back] or goes_on(texts[back]) or _OPENS_QUOTE.match(texts[back]) or paused):
            return None  # the writer's own sentence between: the quotation is not one run
        if lines == most_lines:
            return further()
        lines += 1
    return further()


def reopened_lines(texts: Sequence[str]) -> list[str]:
    """`texts`, a bare line speaking as "I" and naming no one as saying it ("… John Grunsfeld said
    …") given back its opening mark, where the line before opens a quotation on its start or a colon
    and ends on a stop and a double mark ('She said: "… ignore her." | And I only put the phone down
    …'): BBC opens each paragraph of a quotation on a mark and the page glues it to the stop before,
    where a cut reads it as closing; a reporter does not say "I" (unless the story is told so; a
    writer's "we" is anyone's), so the line is that quotation's next paragraph, its "said" the
    speaker's own telling ("… rang and said 'You cannot …'"), not a new speaker's."""
    if first_person_story(texts):
        return list(texts)
    return [
        f'"{text}'
        if k > 0
        and _CLOSES_DOUBLE.search(texts[k - 1]) is not None
        and _OPENS_SPEECH.search(texts[k - 1]) is not None
        and not _DOUBLE_MARK.search(text)
        and _I_SPEAKS.search(text) is not None
        and _NAME_REPORTS.search(text) is None
        else text
        for k, text in enumerate(texts)
    ]


def paused_line(texts: Sequence[str], at: int) -> bool:
    """Whether sentence `at`, bare of marks, stands between a line closing on a double mark and one
    reopening on a mark: a glued BBC page's quotation paragraph whose opening mark the reading took
    for the closing one ('…together." | Davies and Foakes were quite magnificent … | "The position
    we got ourselves to, I thought …'); the quotation after it names no speaker, so it is the same
    speaker's, not a new one after the writer's sentence (a reporter's words would name them)."""
    if not 0 < at < len(texts) - 1 or _DOUBLE_MARK.search(texts[at]):
        return False
    return _CLOSES_DOUBLE.search(texts[at - 1]) is not None and _OPENS_DOUBLE.match(texts[at + 1]) is not None


def _speaker(texts: Sequence[str], at: int) -> str | None:
    """Who sentence `at` names as saying its quotation: the name it writes (a person, a club, a
    paper: "…,' Clarkson told the St Mirren website"), or for a pronoun the person the sentence
    before names; None where it names no one, or a pronoun's person is unsure."""
    # "Trust chairman, Rob Rees, said: \"…": the name set off by commas first (`en_appositive_speakers`);
    # `named` reads "said former England batsman Geoffrey Boycott" as Boycott, past his role (`en_role_names`)
    name = appositive_speaker(texts[at]) or named(texts[at])
    if name in _PRONOUNS - {""}:
        return _pronouns_person(texts, at, name)
    if not name and (replied := replied_person(texts, at)) is not None:
        return replied  # "… to which he replied: '…'", the person named just before (`en_unnamed_replies`)
    if not name and (said := _NAME_SAYS.search(texts[at]) or _NAME_COLON.search(texts[at])) is not None:
        name = said.group("who").strip()
        name = "" if is_caps_label(name) else name  # "EXPERT VERDICT: '…'": a section's label (`en_caps_labels`)
    return None if name in _PRONOUNS or not name[:1].isupper() else name


def _chained_person(scored: Scored, texts: Sequence[str], at: int) -> tuple[str, int] | None:
    """The person the He or She saying sentence `at`'s quotation stands for, and the sentence naming
    them, where the sentence before speaks of the same pronoun ("He added that …") and `_speaker`
    stops there: read back over the pronoun's sentences as `en_pronoun_speakers.pronoun_person`
    reads a "He said …" (another person named or the other pronoun between gives up), a person
    only; the naming sentence is cited, as verify finds the name there."""
    pronoun = named(texts[at])
    if pronoun not in ("He", "She") or not at or named(texts[at - 1]) != pronoun:
        return None
    found = pronoun_person(scored, at, pronoun, ())
    if found is None or not is_person(name := found[0], texts):
        return None
    naming = re.compile(rf"\b{re.escape(key(name))}\b")
    back = range(at - 1, max(at - BACK, 0) - 1, -1)
    return next(((name, j) for j in back if scored.units[j].paragraph == found[1] and naming.search(texts[j])), None)


def _pronouns_person(texts: Sequence[str], at: int, pronoun: str) -> str | None:
    """The person that the He or She saying sentence `at`'s quotation stands for: the one the
    sentence right before names (no further: a name read back past a sentence naming no one was
    another speaker's), a person by the article's own writing or by a pronoun of the same sex
    after the name opening that sentence ("Selby begins his last-eight match …"); not a "Mrs" for
    "he". Where the sentence before opens on a role, not the name ("Transport councillor Ian Ward
    said compensation was up for discussion. | He added: …"), the person it reports saying so."""
    before = texts[at - 1] if at else ""
    # "Campus police try …, but Manhart, a former training sergeant …, refuses.": the last clause's subject
    # "Neil still harboured hopes … after his first round": the name opening it, the pronoun after it its own
    name = named(before) or _last_clause_person(before, texts) or _opening_person(before, texts, pronoun)
    if not name and (reported := _NAME_REPORTS.search(before)) is not None:
        name = reported.group("who").strip()
        return name if title_fits(name, pronoun) and is_person(name, texts) else None
    if name in _PRONOUNS:
        return None
    if not title_fits(name, pronoun):
        return None  # "Mrs Smith" named right before "he said"
    if is_person(name, texts):
        return name
    # opening the sentence, the pronoun after it its own ("Selby begins his last-eight match …")
    own = before.startswith(name) and _OWN_PRONOUNS[pronoun].search(before, len(name)) is not None
    return name if own else None


def _opening_person(sentence: str, texts: Sequence[str], pronoun: str) -> str:
    """The person whose name opens `sentence` before lower-case words, where the sentence goes on
    with a pronoun of the same sex ("Neil still harboured hopes … after his first round": `named`
    reads no verb after "Neil"); '' where none."""
    found = _OPENING_NAME.match(sentence.strip())
    if found is None or not is_person(name := found.group("who"), texts):
        return ""
    return name if _OWN_PRONOUNS[pronoun].search(sentence.strip(), found.end()) is not None else ""


def _last_clause_person(sentence: str, texts: Sequence[str]) -> str:
    """The person leading `sentence`'s last clause after "but" or "and" (`_LAST_CLAUSE`), where the
    sentence opens on no name: the one a He or She right after it speaks as; '' where none."""
    found = _LAST_CLAUSE.search(sentence.strip())
    return found.group("who") if found is not None and is_person(found.group("who"), texts) else ""
