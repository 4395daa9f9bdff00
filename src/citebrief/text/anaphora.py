"""Sentences that lean on the one before them: "He was stripped of his title in 2012",
"这是从宏观模型出发……得到的。", "其中，人民币各项贷款增加543亿元。"

Picked alone, such a sentence leaves the reader asking who or what; the brief then carries the
sentence before it (the antecedent), when the two together are still one short bullet.
"""

from __future__ import annotations

import re

from citebrief.model import Lang
from citebrief.text import speech_verbs
from citebrief.text import speech_verbs_en as en_speech
from citebrief.text.caption_lines import caption_opening
from citebrief.text.en_picture_lines import picture_line
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import strip_standard_lead
from citebrief.text.quote_fragments import closes_unopened
from citebrief.text.zh_not_only import PAIR_CHARS, opens_on_not_only

CARRY_CHARS_ZH = 150  # the two sentences together, at most (as a whole Chinese bullet)
CARRY_WORDS_EN = 45
# a sentence that names no one ("He claimed the £85 charge … was disproportionate …") with the one
# that names him ("… but Mr Beavis stayed for three."): a few words more than a quotation's pieces
# (`CARRY_WORDS_EN`) read better than a bullet whose "he" the reader cannot place (en-cnndm: 5 of 7
# such bullets better by a read, none worse; the pairs ran 46–49 words). Up to 55: the pairs of
# 51–55 words say who "He captained Australia …" is (Benaud), what "Among them are rules …" lists,
# who "the Spanish playmaker" is (en-cnndm readers' form: 6 of 7 better by a read, 1 the same)
CARRY_WORDS_WITH_ANTECEDENT_EN = 55
# the sentence that says what a bullet's "It", "Their" or "His friend" is, carried in front of it:
# up to 58 words (en-cnndm and en-xsum, read blind: 56–58-word pairs said what "It has failed so far
# to widen its base" is, IS, whose "Their first decade" McLaren's, whose "A spokesman" the Sentencing
# Council's; 9 of 10 moved briefs better, 1 the same); an announcing sentence and its quotation
# (`en_announced_quotes`) and the orphan check of `lead_points` stay at CARRY_WORDS_WITH_ANTECEDENT_EN
CARRY_PAIR_WORDS_EN = 58
# an antecedent whose words a pronoun said ("With globalised travel, it said, the chance …"): who
# "it" is stood in the sentence before that one (en-cnndm 46: carried, "it said" named no one)
_EN_PRONOUN_ASIDE = LazyPattern(r".*?, (?:it|he|she|they) (?:said|says|added|argued|claimed|warned|noted|wrote),")
# a bullet on words said before ("The comments come after …", "The remarks follow …") and a whole
# quotation before it ('"We are at a delicate juncture."'): the quotation is what was said, whole
_EN_SAID_WORDS = LazyPattern(r"The (?:comments|remarks)\b")
_EN_WHOLE_QUOTE = LazyPattern(r"[\"“][A-Z][^\"“”]*[.!?][\"”]$")

_EN_ANAPHOR = LazyPattern(r"(?:He|She|They|His|Her|Their|This|These|Those|Such|It|Its)\b(?!['’]s\b)")
_ZH_ANAPHOR = LazyPattern(
    r"(?:这是|这一|这些|这个|这种|这项|这次|此举|此次|该[\u4e00-\u9fff]|他们?|她们?|它们?|其中|其[\u4e00-\u9fff])"
)
# "这次草案/此次会议": the story's own bill or meeting, which the brief's overview names
_ZH_OWN_EVENT = LazyPattern(r"(?:这次|此次)(?![，,])")
_ZH_STOP = LazyPattern(r"[。！？!?…]+[”’」』）)\"']*$")
_EN_STOP = LazyPattern(r"[.!?]+[\"'”’)]*$")
# a quotation's opening mark, then a person's pronoun as the quote's subject ('"He said he was going to leave
# out…"', "'They don't want us…,' Arum added"): who he is stood in the sentence before. Not "It", "This",
# "Their": in a quotation they are mostly the speaker's own ("'It feels amazing,' Del Potro told…";
# en-cnndm, en-xsum: carried or moved, those read worse)
_EN_QUOTED_PERSON = LazyPattern(r"['‘\"“](?:He|She|They)\b(?!['’]s\b)")
# a quotation's opening mark, then a turn or an answer ('"However more must be done …," the spokeswoman
# added', "'Yes, when you have Christian in the team …,' Grealish said"): what it turns on or answers is
# the sentence before, most often the writer's report of the same speaker's words
_EN_QUOTED_TURN = LazyPattern(r"['‘\"“](?:(?:However|But|Yet),?|(?:Yes|No)[,.!])\s")  # not "'No one …"
# the quotation closed inside the sentence on its speaker ('…," the spokeswoman added', "…,' said Grealish"):
# a BBC line glued to the mark that closed the quote before ('"But another expert downplayed the risk …')
# opens no quotation, nor does a quote's later line, and what it would carry is a quote's tail
_EN_SAID_AFTER_CLOSE = en_speech.TablePattern(
    lambda: rf"[,!?]['’\"”] (?:[^\s'\"‘’“”]+ ){{0,5}}?{en_speech.alternation('attributed')}\b"
)
# "He's"/"She's" as a sentence's subject: he or she as ever, whom `_EN_ANAPHOR` passes over with "It's"
_EN_CONTRACTED_PERSON = LazyPattern(r"(?:He|She)['’]s\b")


# a verb or phrase that says whose words a quotation is
_EN_SPEAKER = en_speech.TablePattern(lambda: rf"\b{en_speech.alternation('attributed')}\b")


# the end of a quotation that opened in a sentence before: a closing mark after the stop and no
# opening mark before it ("He told her that he was married with children.'"); a mark right after a
# speaker's colon the page glued to it opens one ('The coach:"We are proud."': en-xsum 148)
_EN_QUOTE_TAIL = LazyPattern(r"[.!?]['’\"”]$")
_EN_QUOTE_OPENS = LazyPattern(r"(?:^|[\s(:])['‘\"“]")
# a sentence that is one double-marked quotation and nothing else: opened at its start, closed after
# its stop at its end, no mark between ('"That was the cladding that we asked for."')
_EN_WHOLE_QUOTE = LazyPattern(r"[\"“][^\"“”]+[.!?][\"”]$")


def speakerless_quote(text: str) -> bool:
    """An English sentence that is a quotation and names no speaker ("'Every match presents its own
    problem.'", or a quote's last sentence "He told her that he was married.'"): the next sentence
    of a quote the one before began ("He added: 'We are lucky.")."""
    if _EN_QUOTE_TAIL.search(text) and not _EN_QUOTE_OPENS.search(text):
        return True  # whoever it names ("he told her"), the words are someone else's, said before
    return text[:1] in "'‘\"“" and not _EN_SPEAKER.search(text)


# a person named only by what they are ("The 35-year-old from Essex", "The striker", "The
# mother-of-two"): the name stood in the sentence before
_EN_DESCRIPTOR = LazyPattern(
    r"The (?:\d+-year-old|(?:mother|father)-of-\w+|(?:former |veteran |young )?(?:striker|midfielder|defender"
    r"|goalkeeper|winger|forward|batsman|bowler|boxer|fighter|actress|actor|singer|star|pensioner|teenager"
    r"|schoolgirl|schoolboy|grandmother|grandfather))\b(?![-\w]| [A-Z])"
)
# a place named in the sentence before: "…ever recorded there weighed just 15.5lbs" (not "there is",
# "there were": those say that something exists)
_EN_THERE = LazyPattern(
    r"\b(?:recorded|born|found|living|lived|live|died|held|kept|built|stayed|arrived|worked|made|seen)"
    r" there\b(?! (?:is|are|was|were|has|have|had|will|would|may|might|could|can|must|should)\b)"
)
# a quotation whose only speaker is a pronoun, at its end: "'…with them,' she said", "'…,' he added"
# ("he told Channel Nine", "she wrote on Reddit" say where, and read as an attribution)
_EN_PRONOUN_SPEAKER = en_speech.TablePattern(
    lambda: (
        rf"['’\"”],? (?:she|he|they) {en_speech.alternation('she_said')}[.!?]?$"
        rf"|['’\"”],? {en_speech.alternation('said_she')} (?:she|he|they)[.!?]?$"
    )
)


def pronoun_speaker(text: str) -> bool:
    """An English quotation whose speaker is only 'she said' ("'I think they were just curious,'
    she said"): who she is stood in a sentence before."""
    return text[:1] in "'‘\"“" and bool(_EN_PRONOUN_SPEAKER.search(text))


# a full name among the first words names the person after all: "The singer, whose full name was
# Kayahan Acar, …", "The actor is well known for portraying Winston Churchill …"
_EN_NAME_SOON = LazyPattern(r"^(?:\S+ ){1,9}['‘\"“]?[A-Z][a-z]+ [A-Z][a-z]+\b")


def names_no_one(text: str) -> bool:
    """An English sentence whose person or place only the sentence before names ("The 35-year-old
    from Essex…", "…recorded there…"): alone, the reader cannot tell who or where."""
    if _EN_DESCRIPTOR.match(text) and not _EN_NAME_SOON.match(text):
        return True
    return " there" in text and bool(_EN_THERE.search(text))  # most say no " there": no pattern


# a full name as the subject, among a sentence's first words ("Zoo visitor Terra Lurie believes…")
_EN_FULL_NAME = LazyPattern(r"^(?:\S+ ){0,3}[A-Z][a-z]+ [A-Z][a-z]+\b")


def names_person(text: str) -> bool:
    """Whether a whole English sentence can say who a later "she said" is: it names a speaker
    ("…,' Lurie told WKYC") or opens on a full name ("Zoo visitor Terra Lurie believes…"); a
    caption run into the quote ("Tottenham striker Emmanuel Adebayor celebrates…") ends on no stop."""
    return bool(_EN_STOP.search(text)) and bool(_EN_SPEAKER.search(text) or _EN_FULL_NAME.match(text))


def whole_quote(text: str) -> bool:
    """An English sentence that is one double-marked quotation and nothing else: any verb of saying
    in it is the speaker's own ('"That was the cladding that we asked for."') and names no one."""
    return _EN_WHOLE_QUOTE.match(text) is not None


def names_speaker(text: str) -> bool:
    """Whether an English sentence says whose words it quotes ("Mr Lee said: 'We are ready.")."""
    return bool(_EN_SPEAKER.search(text))


def needs_antecedent(text: str, lang: Lang) -> bool:
    """The sentence opens on a pronoun or a demonstrative that points back ('He', '这是', '其中'); in
    English, too, on a person named by a descriptor ("The 35-year-old from Essex"), with a place
    named only as "there" ("…ever recorded there weighed…"), or on "he" after a short phrase ("More
    recently, he introduced himself…": `text.en_framed_pronoun`)."""
    if lang == "zh":
        return bool(_ZH_ANAPHOR.match(text))
    from citebrief.text.en_framed_pronoun import pronoun_after_frame_en  # not on a Chinese start

    return bool(_EN_ANAPHOR.match(text)) or names_no_one(text) or pronoun_after_frame_en(text)


def quote_opens_on_person(text: str) -> bool:
    """An English quotation whose subject is he, she or they right after its opening mark ("'They
    don't want us to have any say,' Arum added"): who that is stood in the sentence before, which
    the bullet may carry (`cited_points.carry_antecedent`). Not `needs_antecedent`: a quote's line
    still heads its group where it heads it (a son's "'He was … my hero,' his son wrote" among the
    tributes), and still gives the quote's next line its speaker ("'He behaved …,' the spokesperson
    said. 'That contractor was … terminated'": `lead_points.lean_on_previous`), which then carries
    the sentence before the quote (`en_joined_quote_carry`)."""
    return bool(_EN_QUOTED_PERSON.match(text))


def quote_leans_back(text: str, before: str) -> bool:
    """An English quotation whose opening words lean on the sentence `before` it: its subject is he,
    she or they (`quote_opens_on_person`), or it turns on or answers that sentence (`quote_turns_back`)."""
    return quote_opens_on_person(text) or quote_turns_back(text, before)


def quote_turns_back(text: str, before: str) -> bool:
    """An English quotation that opens on a turn or an answer and names its speaker after its close
    ('"However more must be done …," the spokeswoman added', "'Yes, when you have Christian …,'
    Grealish said"): alone, it turns on or answers a sentence the reader never saw, so the bullet
    carries that sentence, `before`, where the two fit one (`cited_points.carry_antecedent`), across
    a paragraph break too (`paragraph_breaks`). Not a quote's later line, nor where `before` is the
    tail of a quotation opened further back ("And what a ride that was for him.\""): carried, a
    speaker's words would read as the writer's."""
    return (
        _EN_QUOTED_TURN.match(text) is not None
        and _EN_SAID_AFTER_CLOSE.search(text) is not None
        and not closes_unopened(before)
    )


def contracted_person(text: str) -> bool:
    """An English sentence opening on "He's" or "She's" ("He's facing charges of …"): who that is stood
    in the sentence before, which the bullet may carry (`cited_points.carry_antecedent`; en-cnndm 164
    left "Everado was ordered held …" behind, and its "He's" under the Uber driver's bullet read as the
    driver). Not `needs_antecedent`, which stops such a sentence heading its group or being picked too:
    that moved en-cnndm 115 and en-xsum 164 as pasted, the group left on "When recipients opened the
    enclosed link, …" and a charity's point lost; carried, the bullet only says who."""
    return bool(_EN_CONTRACTED_PERSON.match(text))


def opens_own_quote(sentence: str) -> bool:
    """Whether an English sentence ending on a closing quote opens that quote itself after a
    comma, colon or space ("…a sign that read, 'Tina, will you go to prom with me?'"), so it is
    whole and not the tail of a quote begun in a sentence before."""
    return re.search(r"[,:]\s*['‘\"“][A-Z]|\s['‘\"“]\w", sentence) is not None


def with_antecedent(
    antecedent: str, text: str, lang: Lang, *, own_event: bool = False, words: int = CARRY_PAIR_WORDS_EN
) -> str | None:
    """'antecedent text' as one bullet, or None where the antecedent is no whole sentence or the
    two are too long to read as one bullet; or where the antecedent leans on its own one, is the
    tail of a quote ("…much to my surprise.' She hopes …") or a photo's caption (`caption_lines`).
    A quote's opening line is none: carried into the next passage's reopened quote ("'Shutthefrontdoor
    is a lovely horse …, a character. 'He lacks experience …'") the two passages read as one run-on
    quotation. With `own_event`, a Chinese antecedent on the story's own bill or meeting ("这次草案还
    修改……规定。") is whole: the caller's sentence leans on what it lists, not on its 这次. An English
    pair runs to `words` at most (`lead_points.lean_on_previous`, asking whether an orphan could be
    carried at all, keeps CARRY_WORDS_WITH_ANTECEDENT_EN: at 56 it kept "The 46-year-old led the
    Gers …" and the group's title went to "Successive Draws", en-xsum 74). Whether the antecedent
    leans is read past a page's lead furniture glued before it ("Share this with…Copy this linkIt
    …"): the bullet shows the sentence without it, so its "It" is the opening the reader sees. A
    whole quotation before "The comments …" is what the comments said, and is carried."""
    opening = strip_standard_lead(antecedent)
    if needs_antecedent(opening, lang) and not (own_event and lang == "zh" and _ZH_OWN_EVENT.match(antecedent)):
        return None
    if lang == "zh":
        if antecedent.count("“") != antecedent.count("”"):
            return None
        chars = PAIR_CHARS if opens_on_not_only(text) else CARRY_CHARS_ZH  # "……。不仅……，也……": one claim
        if not _ZH_STOP.search(antecedent) or len(antecedent) + len(text) > chars:
            return None
        return antecedent + text
    whole_quote = _EN_SAID_WORDS.match(text) is not None and _EN_WHOLE_QUOTE.match(antecedent) is not None
    if not _EN_STOP.search(antecedent) or not (antecedent[:1].isupper() or whole_quote) or caption_opening(antecedent):
        return None  # a photo's caption glued in ("Summer pictured volunteering in …") is no writer's sentence
    if picture_line(antecedent):
        return None  # nor one that speaks to its photo ("… uploaded this photograph …"; `en_picture_lines`)
    quote_tail = antecedent.rstrip(".!?").endswith(("'", "’", '"', "”")) and antecedent[:1] not in "'‘\"“"
    if quote_tail and not opens_own_quote(antecedent):
        return None  # the tail of a quote; "…a sign that read, 'Tina, will you…?'" is whole
    if _EN_PRONOUN_ASIDE.match(antecedent):
        return None  # "With globalised travel, it said, …": whose words, the sentence before says
    if len(antecedent.split()) + len(text.split()) > words:
        return None
    return f"{antecedent} {text}"


# a verb that says whose words a Chinese quotation is ("葛均波近日表示。", "王建波向记者介绍。"; the table's "carry")
_ZH_SPEAKER_VERB = f"(?:{speech_verbs.alternation('carry')})"
_ZH_SPEAKER = LazyPattern(_ZH_SPEAKER_VERB)
# a sentence that only attributes the quote before it: the speaker, the verb and at most a few words
# after it ("黄景立笑说。", "一位零工说出了他的顾虑。", "……王建波向记者介绍。")
_ZH_ATTRIBUTION = LazyPattern(
    rf"^(?![“”])(?:[^“”。；：！？]|{speech_verbs.QUOTED_NAME_MARK}){{0,50}}"
    rf"{_ZH_SPEAKER_VERB}(?:道|着|出了?[^“”，。；：]{{0,6}})?[。！]$"
)
ATTRIBUTION_CHARS_ZH = 60
OPENING_SENTENCES = 3  # a news feature that opens on a quotation does so in its first sentences


def _outside_quotes(text: str) -> str:
    """The text outside every “……” (nested marks counted): what the writer says in their own words."""
    depth, kept = 0, []
    for char in text:
        if char == "“":
            depth += 1
        elif char == "”":
            depth = max(depth - 1, 0)
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def quote_only_zh(text: str) -> bool:
    """A Chinese sentence that is wholly a quotation ("“这种机顶盒没有正规手续，应该不能正常销售。”"):
    whose words they are stands in the sentence after it ("黄景立笑说。"), or before, or nowhere."""
    if not text.startswith("“") or "”" not in text:
        return False  # a quote's first sentence ("“我们长安作为……变迁。") goes on in the next: read with it
    return not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", _outside_quotes(text))


def attribution_zh(text: str) -> bool:
    """A short sentence that says only who spoke the quote before it ("一位零工说出了他的顾虑。",
    "中国科学院院士、……葛均波近日表示。"), no quotation of its own (a short name in quotation marks,
    "防御台风“杜苏芮”布置会上，……罗东说。", is none)."""
    return len(text) <= ATTRIBUTION_CHARS_ZH and bool(_ZH_ATTRIBUTION.match(text))


def introduces_speaker_zh(text: str) -> bool:
    """A sentence before a quotation that names who speaks it, in its own words ("黄泽湘认为，基金会
    工作成果的最终表现是改变。", "王贵强解释："), not itself a quotation."""
    own = _outside_quotes(text)
    return not text.startswith("“") and "”" not in text[-3:] and bool(_ZH_SPEAKER.search(own))
