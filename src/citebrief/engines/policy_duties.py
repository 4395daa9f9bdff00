"""A short notice's paragraph says more than its first point: "二、要加强……调查取证工作，设法查找
……文件资料……。同时抓紧查找当年参与掩埋化学武器的当事者和目击者，……" and "三、……由军队各级防化
业务部门负责。对……埋藏点和保管点，要采取措施加强管理，……确保安全。" Its brief of six bullets cites
every such paragraph once and leaves the witness search and the storage sites unsaid (blind reads
33b and 33d, coverage 3: "leaves out the witness search and the storage-site safety points";
"leaves out Japan's commitment to destroy the weapons"). Where a policy's brief holds fewer than
SHORT_BRIEF bullets, each sentence of a paragraph it cites that sets a duty, a measure's who or
what, a commitment or an amount ("要……", "应当……", "由……承担", "已允诺履行……义务", "每年仍按10亿元
安排") and that no bullet says joins the group that cites its paragraph while that group holds
fewer than DUTY_GROUP bullets, what no bullet is near first.

Not context ("要深入贯彻……精神，以……思想为指导", "……具有重要意义"), a sentence that leans on the
one before it (an additive "同时……", "此外……" that opens a further measure reads alone), a
lead-in ("……，现通知如下：") or a short label; a longer brief is a plan, read by its sections
(`policy_task_items`) and not grown sentence by sentence.
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.cover import MONEY
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import dangling_name, is_background

SHORT_BRIEF = 18  # a brief this short has room for what its cited paragraphs go on to set
DUTY_GROUP = 4  # bullets a group may grow to with its paragraphs' further duties (a full group is said)
MIN_CHARS = 24  # a shorter sentence is a label or a call ("各有关部门必须密切配合，真正收到成效。"), not a duty
# a duty, a who-does-what, a commitment or an amount ("重要", "主要", "需要" and "要求" are none)
_DUTY = LazyPattern(
    r"(?<![重主需必纲摘概])要(?![求点素闻件])|应当|应按|须|负责|承担|承诺|允诺|不得|严禁|禁止|抓紧|确保|" + MONEY
)
# framing a duty's words may carry: the guiding thought, the leaders' attention, a lead-in, the
# standing procedure ("需……批准的事项要按程序报批")
_FRAMING = LazyPattern(
    r"贯彻[^。]{0,20}精神|思想为指导|指导思想|决策部署|高度(?:关注|重视)|作出[^。]{0,4}(?:批示|指示)"
    r"|(?:通知|规定|决定)如下|如下[:：]|[:：]$|按(?:法定)?程序(?:报批|办理)"
)
# a clause that calls for effort and names no measure ("相互配合", "形成合力", "充分发挥……作用")
_CALL = LazyPattern(
    r"^(?:要|并|须|必须|进一步|切实|认真)*(?:加强(?:沟通|协调|配合|协作|组织领导|领导)|相互(?:配合|支持|协作)|形成合力"
    r"|密切配合|协调配合|通力合作|高度重视|常抓不懈|务求实效|取得实效|收到成效|真正收到成效"
    r"|充分发挥[^，；。]{0,12}作用|确保[^，；。]{0,12}(?:安全|落实|实效|成效|完成)|建立健全[^，；。]{0,6}(?:机构|制度|机制)"
    r"|健全工作机制|强化协同配合|抓好落实|狠抓落实)[，；。]?$"
)
_CLAUSES = LazyPattern(r"[^，；。]+[，；。]?")
_ADDITIVE = LazyPattern(r"^(?:同时|此外|另外)")  # opens a further measure of the same actor


def is_call(text: str) -> bool:
    """Whether a sentence mostly calls for effort ("要加强沟通，相互配合，相互支持，形成合力，充分发挥
    协调委的作用。"): half or more of its clauses name no measure, no object, no who-does-what."""
    clauses = [c.strip() for c in _CLAUSES.findall(text) if c.strip("，；。 ")]
    return 2 * sum(_CALL.search(c) is not None for c in clauses) >= len(clauses)


def is_duty(text: str) -> bool:
    """Whether a sentence sets something an analyst reads the policy for, said in its own words."""
    if len(text) < MIN_CHARS or not _DUTY.search(text) or _FRAMING.search(text) or is_background(text):
        return False
    if is_call(text):
        return False
    return dangling_name(text) is None or _ADDITIVE.search(text) is not None


def _goes_on(scored: Scored, i: int) -> bool:
    """Whether sentence `i`'s bullet holds the sentence before it whole and goes on with a duty of
    its own ("要加强……调查取证工作，……。同时抓紧查找……当事者和目击者，……")."""
    before = scored.trimmed[i - 1]
    return i in scored.carried and scored.trimmed[i].startswith(before) and is_duty(scored.trimmed[i][len(before) :])


def add_duties(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each duty (`is_duty`) of a paragraph a group cites, not said by any bullet, joins that
    group (the first that cites its paragraph) while it holds fewer than DUTY_GROUP bullets and
    the brief fewer than SHORT_BRIEF; a deadline, limit or prohibition first, then the duty least like any
    bullet (the heaviest on a tie)."""
    if scored.lang != "zh" or sum(len(d.picked) for d in drafts) >= SHORT_BRIEF:
        return
    home_of: dict[int, Draft] = {}
    for draft in drafts:
        for k in draft.picked:
            home_of.setdefault(scored.units[k].paragraph, draft)
    duties = [
        i
        for i in scored.usable
        if i not in chosen and scored.units[i].paragraph in home_of and is_duty(scored.trimmed[i])
    ]
    # what the brief says least first: the storage sites' safety before "……也要认真做好调查取证工作"
    # under a bullet on the same 调查取证
    said_most = {
        i: max((float(scored.sentence_vectors.similarities(k)[i]) for k in chosen), default=0.0) for i in duties
    }
    for i in sorted(duties, key=lambda i: (i not in scored.keyed, said_most[i], -float(scored.weights[i]), i)):
        home = home_of[scored.units[i].paragraph]
        if i - 1 in home.picked and _goes_on(scored, i):
            home.swap(i - 1, i, chosen)  # the bullet says its sentence and the duty that follows
            continue
        if sum(len(d.picked) for d in drafts) >= SHORT_BRIEF:
            continue
        said = map(scored.trimmed.__getitem__, chosen)
        if len(home.picked) < DUTY_GROUP and not repeats_any(scored.trimmed[i], said, scored.lang):
            home.add(i, chosen)
