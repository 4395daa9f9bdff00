"""A short Chinese news item where two people speak: the facts, then each speaker's statement.

A news item of six sentences or fewer is one group (`theme_count`: a news flash). Where it
reports a meeting and then two officials' statements ("天津市商务局负责人表示，……希望……",
"新当选的促进会会长沙恩水表示，将……"), that one group held the meeting's facts and one of the
two statements and left the other out (zh-news 138); a blind reader wanted the facts, the
bureau's expectations and the chairman's pledge apart. Lowering the news-flash line instead
made theme groups by shared words, which mixed the statements with the facts.

So where the brief is one group and two usable sentences or more open on different speakers
(the clause before the first "，" is who, then a verb of the speech-verb table: "……负责人表示",
"……副局长米玛琼达说", "……陈静在发布会上介绍"; who ends on a post, or a post and a name:
the tagger reads "会长沙恩水" as 长沙 and 恩水, so no name tag is asked), the overview keeps its
other bullets (two at least: a lead beside the statements takes the article's first other fact)
and each speaker's sentence is a group of its own, titled by the speaker's post and
name as written, past a "……的" and a run of posts before "、" ("市政府常务副市长陈静"; a "副局长"
after its bureau's "拉萨市体育局党组成员、" gets the bureau back) — or, where the statement hopes or
pledges ("希望协会在培育建设国际消费中心城市中发挥更大作用"), by the speaker and that theme: a blind
reader wanted "商务局的期望", not "天津市商务局负责人" (`text/zh_statement_theme`: "商务局：建设国际
消费中心城市"). One speaker, or none: the item stays one group.
"""

from __future__ import annotations

from functools import cache

from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs import speech_verbs
from citebrief.text.zh_statement_theme import speaker_shown, theme_title

MIN_SPEAKERS = 2
MIN_WHO_CHARS = 2
MAX_WHO_CHARS = 30
MIN_FACTS = 2  # the overview keeps two bullets at least
# who ends on a post, then a name of four characters at most ("……会长沙恩水", "……负责人")
_POST_END = LazyPattern(r"(?:负责人|发言人|长|书记|主任|主席|委员|经理|教授|专家|代表)(?P<name>[\u4e00-\u9fff·]{0,4})$")
# the body a deputy's post belongs to: the earlier post's text up to its last body word
_BODY = LazyPattern(r"^.*(?:局|委|院|厅|部|办|会|中心|政府)")
_NOT_WHO = "“”「」：:；;。！？"


@cache
def _verbs() -> tuple[str, ...]:
    """The speech-verb table's verbs, any use, longest first ("介绍" before "说")."""
    return tuple(sorted({row.verb for row in speech_verbs()}, key=len, reverse=True))


def _who(head: str) -> str:
    """Who speaks in `head` (a sentence's clause before its first "，"), else ''."""
    verb = next((v for v in _verbs() if head.endswith(v)), "")
    if not verb:
        return ""
    who = head[: -len(verb)]
    at = who.rfind("在")  # "陈静在发布会上介绍": the occasion is not who
    if at > 0 and who.endswith("上"):
        who = who[:at]
    if not MIN_WHO_CHARS <= len(who) <= MAX_WHO_CHARS or any(c in _NOT_WHO for c in who):
        return ""
    return who if _POST_END.search(who) else ""


def speaker_of(text: str) -> str:
    """Who speaks in sentence `text`, named at its start ("天津市商务局负责人表示，……"), else ''."""
    head = text.split("，", 1)[0]
    return _who(head) if head != text else ""


def _title(who: str) -> str:
    """A speaker's group title: post and name past a "……的" and the posts before "、", a deputy
    given its body back (module doc)."""
    before, _, last = who.rpartition("、")
    body = _BODY.match(before.rpartition("、")[2])
    if last.startswith("副") and body:
        return str(body.group()) + last
    return last.rpartition("的")[2]


def speaker_groups(scored: Scored, drafts: list[Draft], chosen: list[int], news: bool) -> list[Draft]:
    """`drafts` (a Chinese `news` item's one group: a short one), or the overview and a group per
    speaker (module doc); `chosen` (every group's sentences) follows."""
    if not news or len(drafts) != 1:
        return drafts
    overview = drafts[0]
    speakers: dict[str, int] = {}
    for i in scored.usable:
        who = speaker_of(scored.trimmed[i])
        if who and who not in speakers and (not overview.picked or i != overview.picked[0]):
            speakers[who] = i
    facts = [i for i in overview.picked if i not in speakers.values()]
    if len(speakers) < MIN_SPEAKERS or not facts:
        return drafts
    # an overview of the lead and the statements (the article cut in passages of three sentences):
    # the article's first other fact joins the lead
    spare = [
        i for i in scored.usable if i not in facts and i not in speakers.values() and not speaker_of(scored.trimmed[i])
    ]
    facts += spare[: MIN_FACTS - len(facts)]
    if len(facts) < MIN_FACTS:
        return drafts
    for i in facts:
        if i not in chosen:
            chosen.append(i)
    said = sorted(speakers.items(), key=lambda item: item[1])
    for _, i in said:
        if i not in chosen:
            chosen.append(i)
    groups = [Draft(k, [i], _title(who)) for k, (who, i) in enumerate(said)]
    used = {g.title.casefold() for g in (overview, *groups)}
    for group in groups:
        group.title = _theme_titled(group.title, scored.trimmed[group.picked[0]], used) or group.title
    return [Draft(None, facts, overview.title), *groups]


def _theme_titled(title: str, sentence: str, used: set[str]) -> str:
    """The speaker group's "speaker：theme" title for the speaker's `sentence`, else ''
    (`text/zh_statement_theme`); `used` takes it in."""
    post_end = _POST_END.search(title)
    if post_end is None:
        return ""
    shown = speaker_shown(post_end, title, sentence)
    new = theme_title(shown, sentence.split("，", 1)[1], used - {title.casefold()})
    if new:
        used.add(new.casefold())
    return new
