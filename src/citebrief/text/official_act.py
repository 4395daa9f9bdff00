"""An official decision's subject said with what the decision does to it.

A notice that changes a body's members ("关于调整国家教材委员会组成人员的通知") or a reply that
approves a request ("关于同意以哈尔滨市名义申办……世界大学生冬季运动会的复函", "关于同意乌鲁木齐、
昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复") is about the act, not the thing it
acts on: its overview, often the brief's one group, titled "国家教材委员会组成人员" or
"国家自主创新示范区" names a keyword, and blind readers of zh-policy briefs marked such titles 3
("what the notice does — 调整…组成人员 — is what an analyst would title it"). Here the subject
the title steps found gives way to the act as the document writes it: the title's clause from
its verb ("调整", "同意") to the subject's end, or, where the one who asks has a long name the
document shortens, the text's own "乌鲁木齐、昌吉、石河子高新区建设国家自主创新示范区". A phrase
written so (on word boundaries), never one made up of pieces; any other title keeps its subject.
A bid's approval past a title's length ("同意以……市名义申办……届世界大学生冬季运动会") only restates
the letter, whose every point (the bid's costs, its filing) is about the event bid for: there the
event the title steps found ("世界大学生冬季运动会") titles it, as blind readers asked (issue #9).

A decision that suspends or adjusts a law's provisions somewhere ("关于在……暂时调整实施《……条例》有关
规定的决定") is about what it hands over under them, not the law: titled "药品管理法实施条例", blind
readers missed that the decision lets a province approve urgent drug imports. Where its decision
sentence says whose applications another body now approves ("对……进口……药品的申请，由……实施审批"),
the title is those applications' noun phrase with the approval ("……进口……药品审批"), as its
sentence writes them; any other such decision keeps its subject.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.noun_phrases import noun_phrase
from citebrief.text.titles import MAX_ZH, on_word_boundaries

# the decision a title is framed around: "……关于<act>的通知/批复/复函/决定"
_DECISION = LazyPattern(r"关于((?:调整|同意).+)的(?:通知|批复|复函|函|决定)$")
# an approval of what someone asks to do: "同意以哈尔滨市名义申办……", "同意乌鲁木齐……开发区建设……"
_APPROVE = LazyPattern(r"^同意(?:以[^，、名]{2,10}名义)?(?P<who>.*?)(?P<act>申办|建设|组建|建立|设立)(?P<what>.+)$")
# a name the document shortens: "（以下统称乌鲁木齐、昌吉、石河子高新区）", "（以下简称运动会）"
_SHORT_NAME = LazyPattern(r"（以下(?:简称|统称)“?([^”“（）]{2,20}?)”?）")
# what a body set up comes as, said after it where the subject left it: "建立……联席会议制度"
_SET_UP_TAILS = ("制度", "机制")
_BID = "申办"  # a bid to host an event: the letter is about the event
MAX_ACT = 32  # characters: the act of a one-paragraph reply is its whole brief's title
MIN_SHARED_FRONT = 2  # a short name begins as the long one does ("乌鲁木齐……")
# a decision that suspends or adjusts a law's provisions: "……暂时调整实施《……条例》有关规定的决定"
_SUSPENDS = LazyPattern(r"(?:调整|停止)实施《[^》]+》[^《》]{0,6}规定的决定$")
# what the decision hands over under them: "对<whose applications>（……）的申请，由<body>实施审批"
_HANDED = LazyPattern(r"对([^，。；（）]{4,40}?)(?:（[^）]*）)?的申请，由[^，。；]{2,20}?(?:实施)?(审批|核准)")
MIN_HANDED = 4  # characters of the applications' noun phrase: a shorter one names too little


def act_subject(title: str, subject: str, texts: list[str]) -> str:
    """The decision `title`'s act on `subject`, as the title or the text writes it ("调整国家教材
    委员会组成人员", "同意申办全省运动会"); `subject` for any other title, where the subject is not
    what the act is done to, for a bid past a title's length, or where the act runs long; for a
    decision suspending a law's provisions, the approval it hands over where its text says one."""
    if _SUSPENDS.search(title):
        return _handed_over(texts) or subject
    found = _DECISION.search(title)
    if not found or not subject:
        return subject
    phrase = found.group(1)
    if not any(phrase.endswith(subject + tail) for tail in ("", *_SET_UP_TAILS)):
        return subject
    approved = _APPROVE.match(phrase)
    if approved and approved.group("act") == _BID and len(phrase) > MAX_ZH and len(subject) <= MAX_ZH:
        return subject  # the event bid for, not the letter's whole sentence
    if approved and approved.group("who"):
        short = _short_name(approved.group("who"), texts)
        shortened = short + approved.group("act") + approved.group("what") if short else ""
        if shortened and any(on_word_boundaries(shortened, t, "zh") for t in texts):
            phrase = shortened  # "乌鲁木齐、昌吉、石河子高新区建设国家自主创新示范区", as the text says it
    return phrase if len(phrase) <= MAX_ACT else subject


def _handed_over(texts: list[str]) -> str:
    """What a suspending decision hands over, as its sentence writes it: the applications' noun
    phrase with the approval ("急需进口少量器械审批"); "" where no sentence says so or it runs long."""
    for text in texts:
        found = _HANDED.search(text) if "申请，由" in text else None
        if not found:
            continue
        whose = noun_phrase(found.group(1), "zh")
        if len(whose) >= MIN_HANDED and on_word_boundaries(whose, text, "zh") and len(whose) + 2 <= MAX_ZH:
            return whose + found.group(2)
    return ""


def _short_name(name: str, texts: list[str]) -> str:
    """The document's own short name for `name` (one that begins as it does), else ""."""
    for text in texts:
        if "（以下" not in text:
            continue
        for match in _SHORT_NAME.finditer(text):
            short = match.group(1)
            if short[:MIN_SHARED_FRONT] == name[:MIN_SHARED_FRONT] and len(short) < len(name):
                return short
    return ""
