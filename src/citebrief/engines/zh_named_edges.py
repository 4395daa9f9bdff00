"""A Chinese news group's edge bullet that names what the neighbouring group names, moved there.

A news article read in runs is cut into groups where its words turn, and a cut a sentence early or
late leaves a bullet in a group that names none of what its bullets are about: "孙成海表示，超过50个
国家已确认参展" under the customs measures while the overview is 孙成海's account of the expo
(zh-news L49); the typhoon forecast for "东北地区" over the level-3 responses while the overview's
ministry meeting names 东北地区 (L730); the Tianjin courts' total of related cases over one typical
case and its sentence, while the overview gives their total of fraud cases (L717). Blind readers
meet a group whose bullets share no subject, and a title one bullet says.

Here, once the groups are settled, a theme group's first bullet (to the group before it, the
overview before the first theme) or last bullet (to the group after it) moves where

- it shares no run of three characters or more, nor a name of a person, place or body, with any
  other bullet of its group (the pocket-park bullet's "河北" and its group's "下一步，河北将……");
- it writes a name with a bullet of that neighbour: a run of four characters or more that ends on
  one of its names or nouns (`zh_regroup.KEY_TAGS`) and opens on no particle ("实践中心",
  "四川省防汛抗旱指挥部"; not "建议加快" nor "河北今年的"), or a person's name of three ("孙成海");
- the article writes that run in three sentences at most, and under a third of them: a name, not
  the article's subject ("养老保险基金" in a paper on pensions);
- it does not go on from the bullet before it in its group ("同时，加强值班值守……" after the
  office's other steps: `zh_turn_pairs` put it there);
- its group keeps two bullets, the neighbour holds four at most once it comes (the overview too),
  and no bullet opening on a label ("楼梯和地面潜在危险：", "张卫平：") or, for the overview, on a
  quotation (its speaker not yet named) moves;
- the neighbour, a theme, is not one paragraph's account holding a figure the overview could take
  up (`zh_overview_figure.would_lead`): that step reads such a group as the account whose figure
  stays with it, and joined by a bullet of another paragraph it would send that figure up. A
  figure about another place or body than the overview's is none it takes, so
  "实践中心室内的夜间活动……" joins 仪征's "文明实践中心" (zh-news L1327) while Jiangsu's total of
  civic-centre activities stays out of Qingdao's overview (blind readers had named that a fault).

The brief's sentences stay the same: a bullet only changes group, in the article's order (in the
overview, after its last point that comes before it in the article). It reads Chinese news and
features only, as its caller (`final_groups.settled_groups`) does.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from citebrief.engines.scored import Draft, Scored, overview_placed
from citebrief.engines.zh_figure_followers import LABEL, QUOTE_OPEN
from citebrief.engines.zh_overview_figure import would_lead
from citebrief.engines.zh_regroup import COMMON_SHARE, KEY_TAGS
from citebrief.engines.zh_turn_pairs import _TURN
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import zh_words_tags

MIN_LEFT = 2  # the group a bullet leaves keeps two
MAX_GROUP = 4  # the group it joins, the overview too, holds four at most
OWN_RUN = 3  # a run this long shared with its own group ties the bullet there
NAME_RUN = 4  # a run this long holding a name or noun names what two bullets are about
PERSON_RUN = 3  # ... as does a person's name of three characters
MAX_SAYING = 3  # a name the article's sentences write this often at most, and under a third of them

_NOT_HAN = LazyPattern(r"[^\u4e00-\u9fff]")
_PARTICLE = LazyPattern(r"[的了和与及并在是为]")  # a run opening on one is a phrase's tail, no name
_NAME_TAGS = frozenset({"nr", "ns", "nt"})


def shared_run(first: str, second: str) -> str:
    """The longest run of Chinese characters that both texts write (no figure or punctuation
    inside it: each text's other characters are blanked apart, so they never match)."""
    a = _NOT_HAN.sub("\x00", first)
    b = _NOT_HAN.sub("\x01", second)
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return a[match.a : match.a + match.size]


def names_something(run: str, text: str) -> bool:
    """Whether `run`, as `text` first writes it, names something: four characters or more that
    open on no particle and end on one of the text's names or nouns (`zh_regroup.KEY_TAGS`, two
    characters or more, whole inside the run: "实践中心", "东北地区", not "建议加快" nor "河北今年的"),
    or a person's name of three characters the text writes as a word ("孙成海")."""
    start = text.find(run)
    if start < 0 or len(run) < PERSON_RUN:
        return False
    end = start + len(run)
    at = 0
    words, tags = zh_words_tags(text)
    for word, tag in zip(words, tags, strict=True):
        at = text.find(word, at)
        if at < 0:
            return False  # the tagger's words do not spell the text: no place to read them at
        if len(run) == PERSON_RUN:
            if at == start and word == run and tag == "nr":
                return True
        elif at >= start and at + len(word) == end and tag in KEY_TAGS and len(word) >= 2:
            return not _PARTICLE.match(run)
        at += len(word)
    return False


def named_edges_placed(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The groups (`drafts`, the overview first), each theme group's edge bullet that names what a
    neighbouring group names moved there (module doc), in place; the brief's sentences stay."""
    if not any(len(d.picked) > MIN_LEFT for d in drafts[1:]):
        return drafts
    texts = scored.trimmed
    sentences = [u.text for u in scored.units]
    for at in range(1, len(drafts)):
        group = drafts[at]
        sides = [(group.picked[0], drafts[at - 1])] if group.picked else []
        if at + 1 < len(drafts) and group.picked:
            sides.append((group.picked[-1], drafts[at + 1]))
        for i, target in sides:
            if len(group.picked) <= MIN_LEFT or len(target.picked) >= MAX_GROUP or i not in group.picked:
                continue
            if i - 1 in group.picked and _TURN.match(sentences[i]):
                continue  # "同时，加强值班值守……" goes on from the bullet before it (`zh_turn_pairs`)
            if target is not drafts[0] and _figure_kept(scored, target.picked, drafts[0].picked):
                continue  # one paragraph's account, its figure kept from the overview (module doc)
            if _named_there(i, group.picked, target, texts, sentences, overview=target is drafts[0]):
                if target is drafts[0]:
                    group.picked.remove(i)
                    target.picked = overview_placed(target.picked, i)
                else:
                    group.move(i, target)
    return drafts


def _figure_kept(scored: Scored, group: Sequence[int], overview: Sequence[int]) -> bool:
    """Whether `group` is one paragraph's account and holds a figure the overview could take up
    (`zh_overview_figure.would_lead`): joined by a bullet of another paragraph, it would no longer
    read as one account, and its figure would go up (module doc)."""
    if len({scored.units[j].paragraph for j in group}) != 1:
        return False
    said = "".join(scored.trimmed[i] for i in overview)
    return any(would_lead(scored.trimmed[j], said) for j in group)


def _named_there(
    i: int, own: Sequence[int], target: Draft, texts: Sequence[str], sentences: Sequence[str], *, overview: bool
) -> bool:
    """Whether bullet `i` of the group `own` names what a bullet of `target` names and nothing its
    own group's others write (module doc)."""
    text = texts[i].lstrip()
    if LABEL.match(text) or (overview and text.startswith(QUOTE_OPEN)):
        return False
    others = [texts[j] for j in own if j != i]
    if any(len(shared_run(texts[i], other)) >= OWN_RUN for other in others):
        return False
    names = proper_names(texts[i])
    if any(name in other for name in names for other in others):
        return False  # "河北" in the pocket-park bullet and in its group's next ties them
    rare = len(sentences) * COMMON_SHARE
    for j in target.picked:
        run = shared_run(texts[i], texts[j])
        if len(run) < PERSON_RUN or not names_something(run, texts[i]):
            continue
        saying = sum(run in s for s in sentences)
        if saying <= MAX_SAYING and saying < rare:
            return True
    return False


def proper_names(text: str) -> frozenset[str]:
    """The names of people, places and bodies (two characters or more) a sentence writes."""
    words, tags = zh_words_tags(text)
    return frozenset(w for w, tag in zip(words, tags, strict=True) if tag in _NAME_TAGS and len(w) >= 2)
