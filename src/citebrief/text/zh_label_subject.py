"""A policy item's label that names a thing before a sentence with no subject of its own
("（一）汽车号牌。字符共8位，依次为……"): the label is that sentence's subject, and stays.

Labels a group title names are left off a bullet as the title said again ("坚持依法规范。" under
"基本原则：依法规范、……"): those name a measure or principle that the sentence's own verbs spell
out ("全面履行法定职责，……"). A label that is a thing ("汽车号牌", "摩托车号牌") is another matter:
the sentence after it describes that thing and names it nowhere ("字符共8位"), so without the label
the bullet says of no one what it says ("字符共8位" read as the motorcycle plates' 7 too).
"""

from __future__ import annotations

from citebrief.text.tokenize import zh_words_tags

# the tags of a thing's name: nouns, places, bodies, short forms (not a verbal noun: "监管执法")
_THING_TAGS = frozenset({"n", "nz", "nt", "ns", "j", "nr", "nrt", "eng"})
# where a clause's predicate starts: an adverb, a preposition or verb, a number ("共", "为", "用", "8");
# not a verbal noun, which opens a name ("应急部的……")
_PREDICATE_OPENERS = frozenset({"d", "p", "v", "vd", "m"})
# one noun before the predicate is an attribute of the labelled thing ("字符", "规格"); a sentence
# naming its subject takes more ("专用号牌为……", "应急部的专用号牌……"), and one that opens on its
# verb spells out a measure ("集约节约。加强统筹规划……", the principle's label the title lists)
OPENING_NOUNS = 1
_CLAUSE_END = ("，", "；", "：", "。", ",", ";", ":")


def label_is_subject(label: str, sentence: str) -> bool:
    """Whether `label` (its stop left off) names a thing and `sentence` after it has no subject
    of its own: its first clause opens on one noun, an attribute, then its predicate."""
    words, tags = zh_words_tags(label)
    if not words or any(tag not in _THING_TAGS for tag in tags):
        return False
    clause = sentence.lstrip()
    for stop in _CLAUSE_END:
        clause = clause.split(stop, 1)[0]
    words, tags = zh_words_tags(clause)
    opening = next((k for k, tag in enumerate(tags) if tag in _PREDICATE_OPENERS), None)
    return opening == OPENING_NOUNS and tags[0] in _THING_TAGS and opening < len(words) - 1
