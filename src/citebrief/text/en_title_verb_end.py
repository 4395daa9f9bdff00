"""An English group title that ends on its clause's verb names no theme: issue #9 asks for noun
phrases, and the chunker reads a subject and the verb after it as one phrase where what follows
the verb is no word it knows a verb by ("People love seeing old photographs" → "People Love",
en-xsum 90; "after the note-exchange scheme ends on 30 December" → "Note-exchange Scheme Ends",
en-xsum 85; "Hellen Obiri upset defending world champion …" → "Hellen Obiri Upset", en-xsum 161).

A title of two words or more, all capitalized, whose last word may be a verb gives way where every
place the group's bullets and paragraphs write it stands where a subject does (a sentence's or a
clause's start, "that", "when", … or an article or a possessor after one) and writes that word
lower case, then what only a verb takes:

- an -ing verb (not "being"), where the word is a verb's agreeing form: a plural's plain form
  ("people love seeing") or its own past ("Obiri upset defending"), not a noun's ("Racing team
  managing director");
- a verb's object ("the", "his", "them"), or
- a preposition after a verb in -s of a singular subject ("scheme ends on"); not "to", which a
  plural noun takes as often ("government plans to withdraw"), or
- "and" or "as" after a verb's past tense whose subject ends on a noun ("the Toon Army spat as
  much venom", en-cnndm 84; not "that powerful shot and", en-cnndm 156).

The group's best-ranked phrase that bullets speak for takes the place (as `en_title_adverb_end`
does for "Shot Well"), a bare noun widened to the phrase the group writes around it
(`en_title_noun_phrase`: "Experiences of Childhood"); where none does, the subject the title
holds, where two words or more whose head the text writes lower case and is no general noun
("Note-exchange Scheme") or, after a past tense and "and"/"as", a name ("Toon Army" of "Toon Army
Spat", which reads as a quarrel); else the person the clause is about (`en_title_verb_person`:
"Hellen Obiri"; "Stephanie's Appendix" of "Stephanie's appendix burst"); else the title stays.
Runs after `en_title_adverb_end` (`en_title_steps`).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import generic_en, participle, word_classes
from citebrief.text.en_title_adverb_end import MIN_COVERED
from citebrief.text.en_title_noun_phrase import noun_phrase_title
from citebrief.text.en_title_source import ranked_instead
from citebrief.text.en_title_verb_person import verb_person_title
from citebrief.text.en_written_at import places
from citebrief.text.titles import swapped_if_free

_OBJECTS = frozenset(word_list("the a an his her their its him them this these those my our your"))
_AFTER_S_VERB = frozenset(word_list("on in at into from with by"))  # "scheme ends on 30 December"
_AFTER_PAST = frozenset(word_list("and as"))  # "the Toon Army spat as much venom"
_CLAUSE_OPENERS = frozenset(
    word_list("that when after before because if while and but since until once where though although")
)
_DETERMINERS = frozenset(word_list("the a an this his her their its our my your"))
_PLURALS = frozenset(word_list("people men women children police"))
_WORD_BEFORE = re.compile(r"([A-Za-z'’-]+)?([^A-Za-z'’-]*)$")
_WORD_AFTER = re.compile(r"[^\S\n]*([A-Za-z'’-]+)")
_LOOK_BACK = 60  # characters read before a title for the two words before it
_BREAK = re.compile(r"[.!?\"“”,:;]")


def verb_end_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """The group's best-ranked phrase, else the title's subject, in place of a `title` that ends on
    its clause's verb (see the module's note); else `title`. `used` (casefolded titles) updated."""
    words = title.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or "VERB" not in word_classes(words[-1]):
        return title
    spots = [(text, start, end) for text in (*bullets, *group_texts) for start, end in places(title, text, True)]
    if not spots or not all(_verb_at(text, start, end, words) for text, start, end in spots):
        return title
    instead = ranked_instead(bullets, group_texts, all_texts, used, title, MIN_COVERED)
    if instead != title:
        return noun_phrase_title(bullets, group_texts, all_texts, used, instead)  # "Experiences of Childhood"
    head = words[-2].lower()
    common = all(text[start:end].split()[-2] == head for text, start, end in spots)
    past = all(_past_at(text, end, words) for text, start, end in spots)  # "the Toon Army spat as"
    if len(words) < 3 or not (common or past) or generic_en(head):
        return verb_person_title(title, spots, all_texts, used) or title  # "Hellen Obiri", "Stephanie's Appendix"
    return swapped_if_free(title, " ".join(words[:-1]), used)


def _verb_at(text: str, start: int, end: int, words: list[str]) -> bool:
    """The title's last word, written at `end`, is the verb of a clause the title's other words open."""
    verb = words[-1].lower()
    if text[end - len(verb) : end] != verb or not _subject_at(text, start):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    following = after.group(1).lower()
    if following in _OBJECTS or _past_at(text, end, words):
        return True
    before = words[-2].lower()
    if following.endswith("ing") and following != "being" and participle(following):
        plural = before.endswith("s") or before in _PLURALS
        return (plural and not verb.endswith("s")) or _own_past(verb)
    singular = not before.endswith("s") and before not in _PLURALS
    return following in _AFTER_S_VERB and verb.endswith("s") and singular and "VERB" in word_classes(verb[:-1])


def _past_at(text: str, end: int, words: list[str]) -> bool:
    """The title's last word, written at `end`, is a past tense after a noun, with "and" or "as" after it."""
    after = _WORD_AFTER.match(text, end)
    if after is None or after.group(1).lower() not in _AFTER_PAST:
        return False
    return "NOUN" in word_classes(words[-2].lower()) and _own_past(words[-1].lower())


def _subject_at(text: str, start: int) -> bool:
    """A subject may open at `start`: a sentence's or clause's start, or an article or possessor after one."""
    before = text[max(0, start - _LOOK_BACK) : start]
    found = _WORD_BEFORE.search(before)
    if found is None or not found.group(1) or _BREAK.search(found.group(2)):
        return True
    word = found.group(1).lower()
    if word in _CLAUSE_OPENERS:
        return True
    if word not in _DETERMINERS and not word.endswith(("'s", "’s")):
        return False
    earlier = _WORD_BEFORE.search(before[: found.start(1)])
    if earlier is None or not earlier.group(1) or _BREAK.search(earlier.group(2)):
        return True
    return earlier.group(1).lower() in _CLAUSE_OPENERS


@cache
def _own_past(word: str) -> bool:
    """A verb's past tense, written as its plain form ("upset", "burst") or not ("spat")."""
    from lemminflect import getAllLemmas, getInflection

    return any(word in getInflection(lemma, "VBD") for lemma in getAllLemmas(word).get("VERB", ()))
