"""A Chinese title candidate that every paragraph saying it writes as the front of a longer noun
phrase, the phrase's head still to come: "企业员工紧急商务" of 推出企业员工紧急商务申办出入境证件预约
加急办证服务 (zh-news 7: a service's modifier, the service cut off).

Blind readers named such titles cut. A candidate reads cut where, in every place a paragraph says
it, the text goes straight on with its head: the same noun each time ("…|副校长"), or, where a verb
takes the candidate as the front of its object (推出|…), a verb and its nouns up to the clause's
end ("…|申办出入境证件预约加急办证服务"). `completion` gives the words that finish it, which the
candidate takes where the whole stays short; otherwise the candidate gives way to the next.
"""

from __future__ import annotations

from citebrief.text.titles import starts
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bodies import ZH_OFFICES

# a noun after the candidate that frames it rather than heading it ("在绩效评价|方面", "…|问题")
FRAME_NOUNS = frozenset({"方面", "问题", "工作", "领域", "情况"})
_HEAD_TAGS = frozenset({"n", "vn", "ng"})  # the head the candidate leans on: a noun
_RUN_TAGS = frozenset({"n", "vn", "ng", "l", "j", "v", "nz"})  # an object's words up to its head
_CLOSE_TAGS = frozenset({"x", "uj", "c"})  # after a head the phrase closes: "…运营|；", "…犯罪|，"
_OPENING_VERB_TAGS = frozenset({"v"})  # 推出|…: the verb whose object the candidate opens
MIN_HEAD = 2  # a one-character word after ("部" of 生态环境部) makes a name, not a head
MAX_RUN = 8  # words of an object run: longer is a clause of its own
MAX_HEADED_CHARS = 12  # a candidate with its head, at most
# a head that makes a body's name ("白银市景泰县消防|救援大队"): who acted, not what the bullets say
UNIT_ENDS = (*ZH_OFFICES, "队")
CUT_WINDOW = 12  # characters before the candidate read for the verb that takes it
AFTER_WINDOW = 40  # characters after it read for its head: more than MAX_RUN words hold


def completion(phrase: str, texts: list[str]) -> tuple[str, bool] | None:
    """None where some place a text says `phrase` ends its phrase (punctuation, a verb of its
    own, a frame noun); else the words every such place writes right after it to the head ('' where
    they differ) and whether every place is the front of a verb's object (推出|…|服务), which reads
    cut however long the rest is."""
    runs = [_run(text, at, phrase) for text in texts for at in starts(phrase, text)]
    found = [r for r in runs if r is not None]
    if not found or len(found) < len(runs):
        return None
    common: list[str] = []
    for column in zip(*(words for words, _ in found), strict=False):
        if len(set(column)) > 1:
            break
        common.append(column[0])
    return "".join(common), all(is_object for _, is_object in found)


def _run(text: str, at: int, phrase: str) -> tuple[list[str], bool] | None:
    """The words after `phrase` at `at` that go on with its noun phrase to the head; None where
    the phrase ends there."""
    low = max(0, at - CUT_WINDOW)
    words = tag_zh(text[low : at + len(phrase) + AFTER_WINDOW])
    starts, position = {}, 0
    for index, (word, _) in enumerate(words):
        starts[position] = index
        position += len(word)
    first, after = starts.get(at - low), starts.get(at - low + len(phrase))
    if first is None or after is None:
        return None  # cut inside a word: another step's matter
    word, tag = words[after]
    if tag in _HEAD_TAGS and len(word) >= MIN_HEAD and word not in FRAME_NOUNS:
        nouns = [word]
        for word, tag in words[after + 1 :]:
            if tag not in _HEAD_TAGS or word in FRAME_NOUNS:
                # the head closes the phrase: "日本艺术家|草间|弥生" is a name the tagger misreads
                return (nouns, False) if tag in _CLOSE_TAGS else None
            nouns.append(word)
        return None
    opener = words[first - 1] if first > 0 else ("", "x")
    if tag in _OPENING_VERB_TAGS and opener[1] in _OPENING_VERB_TAGS and len(opener[0]) >= MIN_HEAD:
        run: list[tuple[str, str]] = []
        for word, tag in words[after:]:
            if tag == "x":
                break
            if tag not in _RUN_TAGS or len(run) == MAX_RUN:
                return None
            run.append((word, tag))
        else:
            return None  # the window ends inside the clause: no end seen
        if len(run) >= 2 and run[-1][1] in _HEAD_TAGS:
            return [w for w, _ in run], True
    return None
