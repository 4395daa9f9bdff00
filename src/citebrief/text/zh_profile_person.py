"""A Chinese feature that follows one person — a mechanic through a night's repairs, a lacquer
artisan back in his home town, a volunteer donating stem cells — is titled by that person with
the role the story gives them ("机械师冯星玮", "漆艺匠人温云鹏"), not by the thing the lead's
phrases run through ("动车组卫生间", "漆器工艺"). Blind readers of zh-news briefs mark such an
overview as naming a side detail: the piece is the person's story, and every passage says so.

Reads Chinese news features and profiles. A profile: one person's name (`person_name`, not a
surname with 某, which a case report writes) is said in the first passage and in three quarters
of the passages at least (three or more), in a third of the article's sentences at least (a
share, not a count a passage: the benches cut a one-block article into three-sentence passages,
where a mechanic said in half the sentences fell short of one and a half a passage), and less
than half of those sentences are the person speaking (the name then a verb of saying within
a few characters: an expert quoted on a topic is no profile); no other name is said in more than
half the passages. The title is the role the paragraphs write right before the name with the name
(`role_named`, "刑警陈浩"), cut cleanly on the paragraph's words (not "城区志愿者毛立" of 上城区);
where the story writes no role, the title stays as it was. A title that already holds the name
stays too. A nickname the story gives its person ("称呼他为“老叶”") counts as the name
(`zh_nicknames`): "民兵班长叶立海", not "老叶".
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_nicknames import as_named, nicknames
from citebrief.text.zh_person_role import person_name, role_named

MIN_PASSAGES = 3
PASSAGE_SHARE = 0.75  # of the passages that say the name
SENTENCE_SHARE = 1 / 3  # of the sentences that say the name: the story carries it
OTHER_SHARE = 0.5  # another name said in more than this share of the passages: several people's story
SAY_WINDOW = 12  # characters after the name a verb of saying is looked for in
_SAYING = LazyPattern(r"说|表示|介绍|告诉|看来|呼吁|称|认为|坦言|提醒|建议|指出|透露|回忆")
_SOMEONE = "某"


def profiled_person(title: str, texts: list[str], sentences: list[str]) -> tuple[str, str] | None:
    """The person a profile follows and the title that shows them — (name, role and name) — or
    None where `texts` (the article's passages; `sentences`: all of its sentences, in order) are
    no one person's story, the story gives the person no role, or `title` already names them."""
    if len(texts) < MIN_PASSAGES:
        return None
    # "老叶" said for 叶立海 through the story counts as his name (`zh_nicknames`)
    called = nicknames(texts)
    read, said = (as_named(texts, called), as_named(sentences, called)) if called else (texts, sentences)
    names = _names(read)
    counts = {name: sum(name in text for text in read) for name in names}
    ranked = sorted(counts, key=lambda name: (-counts[name], -len(name), name))  # 温云鹏, not 温云
    for name in ranked[:1]:
        if not _profiled(name, counts, read, said) or name in title:
            return None
        shown = _clean_role(role_named(name, texts, set()), name, texts)
        return (name, shown) if shown != name else None
    return None


def _names(texts: list[str]) -> set[str]:
    """The persons' names the tagger reads in `texts` (no surname with 某)."""
    return {
        word
        for text in texts
        for word, tag in tag_zh(text)
        if tag == "nr" and _SOMEONE not in word and person_name(word)
    }


def _profiled(name: str, counts: dict[str, int], texts: list[str], sentences: list[str]) -> bool:
    """True when `name` is said through the passages as the story's one person (module doc)."""
    said = counts[name]
    if name not in texts[0] or said < MIN_PASSAGES or said < PASSAGE_SHARE * len(texts):
        return False
    others = [n for n, c in counts.items() if n != name and n not in name and c > OTHER_SHARE * len(texts)]
    if others:
        return False
    saying = [s for s in sentences if name in s]
    if len(saying) < SENTENCE_SHARE * len(sentences):
        return False
    spoken = sum(_speaks(name, sentence) for sentence in saying)
    return 2 * spoken < len(saying)


def _speaks(name: str, sentence: str) -> bool:
    """True when `sentence` has `name` then a verb of saying within `SAY_WINDOW` characters."""
    start = sentence.find(name)
    while start >= 0:
        after = start + len(name)
        if _SAYING.search(sentence[after : after + SAY_WINDOW]):
            return True
        start = sentence.find(name, after)
    return False


def _clean_role(shown: str, name: str, texts: list[str]) -> str:
    """`shown` (a role then `name`) with the role's front words dropped until the whole is cut
    cleanly in one of `texts` ("志愿者毛立", not "城区志愿者毛立" of 上城区); `name` where none is."""
    role = shown[: len(shown) - len(name)]
    words = [word for word, _ in tag_zh(role)]
    while words:
        phrase = "".join(words) + name
        if any(cleanly_cut(phrase, text, "zh") for text in texts if phrase in text):
            return phrase
        words = words[1:]
    return name
