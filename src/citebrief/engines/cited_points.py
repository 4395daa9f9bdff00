"""The bullets of a group as `Point`s: each chosen sentence as the bullet says it, citing its
paragraph and every paragraph that repeats it nearly word for word; a list item with its
lead-in, a roster's head with its deputies, a sentence with the antecedent it leans on.

Kept apart from `extractive.py` (which picks the sentences) so that module stays in bounds.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import NamedTuple

from citebrief.engines import policy_parts as parts
from citebrief.engines.bullets import lead_in_clause, near_duplicate, strip_dateline
from citebrief.engines.en_joined_quote_carry import carried_paragraphs, joined_quote_antecedent
from citebrief.engines.paragraph_breaks import leans_across
from citebrief.engines.policy_subheads import leaves_task_label
from citebrief.engines.repeated_paragraphs import repeat_paragraphs
from citebrief.engines.scored import BEFORE, Scored, neighbour_in_reach
from citebrief.engines.zh_addressee_brackets import named_addressee
from citebrief.engines.zh_answer_leans import asked_paragraphs
from citebrief.engines.zh_day_brackets import dated_day, printed_above
from citebrief.engines.zh_matter_lean import matter_before
from citebrief.engines.zh_name_intros import introduced_zh
from citebrief.engines.zh_quote_carry import speaker_after
from citebrief.engines.zh_quote_tails import quote_tail_speaker
from citebrief.engines.zh_run_heads import run_from_head
from citebrief.engines.zh_run_lead_ins import run_lead_in
from citebrief.engines.zh_said_antecedents import without_said_antecedent
from citebrief.engines.zh_said_leans import without_said_lean
from citebrief.engines.zh_today_brackets import dateline_day
from citebrief.engines.zh_we_speakers import with_speaker
from citebrief.model import Point
from citebrief.text.anaphora import (
    contracted_person,
    needs_antecedent,
    opens_own_quote,
    quote_leans_back,
    with_antecedent,
)
from citebrief.text.back_openers import without_back_opener
from citebrief.text.brief_memo import per_brief
from citebrief.text.caption_glued_labels import without_glued_label
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker
from citebrief.text.patterns import is_dangling, is_leader, is_structure, strip_standard_lead
from citebrief.text.plan_part_labels import names_plan_part
from citebrief.text.quote_fragments import DOUBLE_MARK
from citebrief.text.scrap_openers import without_scrap_opener
from citebrief.text.speech_verbs import speech_verbs
from citebrief.text.zh_bare_act import opens_on_bare_act
from citebrief.text.zh_bare_person import bare_person_before
from citebrief.text.zh_below_notes import without_below_note
from citebrief.text.zh_clause_lean import goes_on_from_before, with_clause_before
from citebrief.text.zh_detail_labels import without_detail_label
from citebrief.text.zh_figure_lean import leans_on_figure
from citebrief.text.zh_frame_pronoun import pronoun_after_frame
from citebrief.text.zh_framed_kind import framed_kind
from citebrief.text.zh_kind_reference import refers_back_zh
from citebrief.text.zh_label_actor import opens_on_actor
from citebrief.text.zh_label_echoes import label_heads_sentence
from citebrief.text.zh_label_sayings import is_saying
from citebrief.text.zh_leaning import chained_step, framed_plural, framed_these, framed_this
from citebrief.text.zh_list_lean import opens_on_list
from citebrief.text.zh_meeting_lean import meeting_before
from citebrief.text.zh_short_names import without_unused_short_names
from citebrief.text.zh_turn_opening import opens_on_turn

# a paragraph's opening label: a short phrase of its own, no clause or list inside ("坚持依法规范。")
MIN_LABEL, MAX_LABEL = 2, 12
_ALSO_SAYING = ("道", "致辞", "发言")
_LABEL_BREAKS = LazyPattern(r"[，,、；;：:“”\"《》（）()？！]")


def _without_turns_en(text: str, first: bool) -> str:
    """An English bullet less its opening turn ("But …", "The same week, …") and, heading its group,
    its thread's turn ("Meanwhile, …")."""
    from citebrief.text.en_lean_words import without_lean_words  # not on a Chinese start
    from citebrief.text.en_turn_words import without_thread_turn, without_turn_word

    text = without_lean_words(without_turn_word(text), first)
    return without_thread_turn(text) if first else text


def _with_announced_quote(
    scored: Scored, i: int, text: str, everywhere: frozenset[int], citations: set[int]
) -> tuple[str, set[int]]:
    """`en_announced_quotes.with_announced_quote`: an English bullet's only."""
    if scored.lang != "en":
        return text, citations
    from citebrief.engines.en_announced_quotes import with_announced_quote  # not on a Chinese start

    return with_announced_quote(scored, i, text, everywhere, citations)


def _quote_ended(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> tuple[str, bool] | None:
    """`en_quote_ends.quote_ended`: an English bullet's only."""
    if scored.lang != "en":
        return None
    from citebrief.engines.en_quote_ends import quote_ended  # not on a Chinese start

    return quote_ended(scored, i, text, everywhere)


class QuoteLayout(NamedTuple):
    """What `quote_layout` reads of a whole English article, once a brief, for every group's bullets."""

    heads: frozenset[str]  # the heads of the sections an English round-up lists
    middles: tuple[bool, ...]  # which sentences are a quotation's unmarked middle (a tuple: shared by its callers)
    # for each sentence, the single mark opening the quotation it is the unmarked middle of ("" where none)
    single_marks: tuple[str, ...] = ()


def cited_points(
    scored: Scored, picked: list[int], every_group: Sequence[list[int]], title: str, layout: QuoteLayout
) -> list[Point]:
    """The group's bullets (`title`: its title, which a paragraph's label must not repeat;
    `layout`: `quote_layout` of the article, read once for all its groups)."""
    points: list[Point] = []
    everywhere = frozenset(chain.from_iterable(every_group))  # the whole brief's sentences
    led: set[str] = set()  # the lead-ins of "一是……；二是……" runs a bullet of the group has said
    headed: set[int] = set()  # the "；"-runs a bullet of the group has said from their head
    units = scored.units
    heads, middles, single_marks = layout
    for k, i in enumerate(picked):
        unit = units[i]
        citations = {unit.paragraph, *repeat_paragraphs(scored, i)}
        text = without_said_lean(scored, i, _with_turn(scored, i, everywhere), points)
        text, carried = _own_or_carried(scored, i, text, everywhere, picked[k - 1] if k else None)
        if carried is not None:
            text = carried
            # a repeat elsewhere repeats this sentence, not its antecedent; the antecedent may stand
            # in the passage before (`carry_antecedent`)
            citations = carried_paragraphs(scored, i, _leaned_on(scored, i))  # a joined quote's line too
        elif spoken := speaker_after(scored, i, text, everywhere) or quote_tail_speaker(scored, i, text, everywhere):
            text, where = spoken  # "……挥手告别。”航线机务康红强告诉记者，……": whose words they were
            citations = {unit.paragraph, where}
        elif scored.lang == "zh" and is_leader(unit.text):  # the head with the deputies, cited line by line
            text, lines = parts.roster(units, i, text)
            citations.update(lines)
        elif unit.lead_in is not None and scored.lang == "zh" and not is_structure(unit.lead_in[0]):
            lead, where = unit.lead_in
            text = lead_in_clause(lead) + text
            citations.add(where)
        elif scored.lang == "zh" and (run := run_lead_in(scored, i, everywhere, led)) is not None:
            lead, where = run
            text = lead + text
            citations.add(where)
            led.add(lead)
        elif (from_head := run_from_head(scored, i, everywhere, headed)) is not None:
            text = from_head  # "……贷款余额同比增长16.4%；| 科技中小型企业……": the run from its head (`zh_run_heads`)
        elif scored.lang == "zh" and (
            opening := _item_opening(scored, i, everywhere) or matter_before(scored, i, everywhere)
        ):
            text = opening + text
        elif scored.lang == "zh":
            text = _labelled(scored, i, text, everywhere, title)
        if scored.lang == "en" and (k == 0 or picked[k - 1] != i - 1 - (carried is not None)):
            # "But …" after a bullet that is not the sentence it turns on; "The same week, …" likewise
            text = _without_turns_en(text, k == 0)  # and "Meanwhile, …" heading a group
        # "… delivers her biggest sting. | 'Maybe …?' she says.": one bullet (`en_announced_quotes`), less an
        # "And by 2060, …", "对此，……" even after the sentence it goes on from (`text.back_openers`)
        # and less an opening "......" that reads as a cut (`text.scrap_openers`)
        text, citations = _with_announced_quote(
            scored, i, without_back_opener(without_scrap_opener(text), scored.lang), everywhere, citations
        )
        if (ended := _quote_ended(scored, i, text, everywhere)) is not None:
            text, carried_on = ended  # "‘A. | B,’ said Smith.": the quotation to its end, or closed
            citations = {unit.paragraph} if carried_on else citations  # a repeat elsewhere lacks B
        if scored.lang == "en" and (opener := _quote_opener(scored, i, text, everywhere)) is not None:
            text = f"{units[opener].text.strip()} {text}"  # '"We know where to look. | We know …' (en_quote_splits)
            citations.add(units[opener].paragraph)
        text = _en_mended(text, heads, middles[i], single_marks[i]) if scored.lang == "en" else text
        text = _in_open_quotation(scored, i, text)  # "… 'Britain needs. …'" (`en_stray_single_marks`)
        # whose 我们, whose "He wrote"; who "Mr Wright" is, where no bullet printed above says (`en_printed_order`)
        text, labels = _whose_words(
            scored, i, text, points, _read_around(scored, everywhere, every_group, picked, k), middles
        )
        # and the questions "如何……？……给出了答案。" carries from the passage before (`zh_answer_leans`)
        citations.update(labels, asked_paragraphs(scored, i, text))
        # "……夏季运动会（以下简称运动会）": a short name that only ends the name before it goes (`zh_short_names`),
        # as does a "（……，下同）" note's "下同" (`zh_below_notes`) and a "具体指标：" label (`zh_detail_labels`)
        points.append(Point(text=_without_short_name(scored, i, text, everywhere), citations=sorted(citations)))
    return points


def _read_around(
    scored: Scored, everywhere: frozenset[int], every_group: Sequence[list[int]], picked: list[int], k: int
) -> tuple[frozenset[int], frozenset[int], int | None]:
    """The brief's sentences, and those it prints above `picked`'s `k`-th bullet and right above it
    (`en_printed_order`), as `_whose_words` reads them: a Chinese bullet reads only those above, for
    the date of its "当日" (`zh_day_brackets.printed_above`, not the English module's import)."""
    if scored.lang != "en":
        return everywhere, printed_above(scored, every_group, picked, k), None
    from citebrief.engines.en_printed_order import printed_around  # not on a Chinese start

    return (everywhere, *printed_around(every_group, picked, k))


def _without_short_name(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> str:
    """Sentence `i`'s bullet `text` without a "（以下简称X）" whose X only ends the name before it or that
    no other bullet of the brief says (`zh_short_names`), a "（……，下同）" note's "下同" (`zh_below_notes`)
    and a "具体X：" label it opens on (`zh_detail_labels`), unless that leaves it a near repeat of another
    bullet of the brief: the note is what told "同意建立……联席会议（以下简称联席会议）制度" from
    "撤销……联席会议，其职能并入……联席会议"."""
    if scored.lang != "zh":
        return text
    others = [scored.trimmed[j] for j in sorted(everywhere) if j != i] if "下" in text else []
    plain = without_below_note(without_unused_short_names(text, others, scored.lang), scored.lang)
    plain = without_detail_label(plain, scored.lang)
    if plain == text or any(near_duplicate(plain, scored.trimmed[j], scored.lang) for j in everywhere if j != i):
        return text
    return plain


def _own_or_carried(
    scored: Scored, i: int, text: str, everywhere: frozenset[int], previous: int | None
) -> tuple[str, str | None]:
    """The bullet `text` of sentence `i` and the text carrying its antecedent (`carry_antecedent`),
    or None; a "其中，……" whose antecedent the bullet before it in its group (`previous`: its
    sentence) says fuller says its own words alone (`zh_said_antecedents`)."""
    own = without_said_antecedent(scored, i, text, everywhere, previous)
    return (own, None) if own is not None else (text, carry_antecedent(scored, i, text, everywhere, shown=True))


def _whose_words(
    scored: Scored,
    i: int,
    text: str,
    points: Sequence[Point],
    sentences: tuple[frozenset[int], frozenset[int], int | None],
    middles: Sequence[bool],
) -> tuple[str, tuple[int, ...]]:
    """The bullet `text` of sentence `i` (`middles`: which sentences are a quotation's unmarked
    middle, `quote_layout`) saying whose words it speaks where its group (`points`) does not, and
    the paragraphs its added words stand in: "[Sessions] wrote: …" in English
    (`en_pronoun_speakers`; a "He …" under a bullet led by someone else: `en_misread_pronouns`),
    "[Mrs. Obama said:] 'I encourage …'" (`en_quote_owners`),
    '"…," [Chris Davies] said.' (`en_tail_speakers`), '"…," the [Ministry of Justice] spokeswoman
    added' (`en_role_bodies`), "他（孟磊）认为，……"
    or "……所长 冉宏林：……我们……" in Chinese (`zh_we_speakers`); in English, else, the role of a person
    it names by a bare surname the brief never introduces: "[defense attorney Judy] Clarke …" (`en_name_intros`),
    or, with no known role, the given name: "Mr. [Josh] Hatfield" (`en_given_names`),
    or the couple a "The couple say …" means (`en_couple_names`), or the club "The west London club
    …" means (`en_club_names`), or the firm "The firm said …" means (`en_organisation_names`),
    or the things an opening teaser's "They" means (`en_teaser_referents`),
    or the person an opening description means (`en_lead_descriptions`);
    in Chinese, else, the role of a person it is the brief's first to name: "张海娜（学校党委副书记）的暑假……"
    (`zh_name_intros`); and the date its opening "当天" means where only the sentence before says it
    (`zh_day_brackets`), or the dateline's its opening "今日" means (`zh_today_brackets`), or a reply letter's
    addressee after its first 您 or 你省 (`zh_addressee_brackets`).
    `sentences`: the brief's sentences, and those it prints above the bullet (`en_printed_order`): a
    person is introduced where the reader has read them named, not where the article names them.
    Last, the sentence of the bullet printed right above (`en_head_tail_speakers`)."""
    if scored.lang == "en":
        from citebrief.engines.en_speaker_chain import named_speaker_en  # not on a Chinese start

        bracketed = named_speaker_en(scored, i, text, points, sentences, middles)
        return (text, ()) if bracketed is None else (bracketed[0], (bracketed[1],))
    everywhere = sentences[0]
    said = with_speaker(scored, i, text, points, everywhere)
    if said[0] == text:
        introduced = introduced_zh(scored, i, text, points, everywhere)  # "张海娜（学校党委副书记）的……"
        said = said if introduced is None else (introduced[0], (introduced[1],))
    text, cited = said
    dated = dated_day(scored, i, text, sentences[1])  # "当天（7月28日）中午，……": which day (`zh_day_brackets`)
    dated = dated or dateline_day(scored, i, text)  # "今日（7月26日）……": the dateline's (`zh_today_brackets`)
    dated = dated or named_addressee(scored, i, text, everywhere)  # "您（邓明义代表）": whom (`zh_addressee_brackets`)
    return (text, cited) if dated is None else (dated.text, (*cited, dated.paragraph))


def quote_layout(scored: Scored) -> QuoteLayout:
    """What an English group's bullets read of the whole article, the same for every group (read it
    once a brief and pass it to each group's `cited_points`): the heads of the sections a
    round-up lists (`en_section_heads`), and which sentences are a quotation's unmarked middle
    (`en_quote_reading.quotation_middles`; a quotation runs on over passages cut from one block,
    not over a page's own paragraphs); nothing for a Chinese one. Kept for the brief
    (`_en_quote_layout`): the groups' bullets and the stranger moves both ask it."""
    if scored.lang != "en":
        return QuoteLayout(frozenset(), ())
    from citebrief.text.en_carried_paragraphs import carried_quotations  # not on a Chinese start

    units = scored.units
    paragraphs: dict[int, list[str]] = {}
    for unit in units:
        paragraphs.setdefault(unit.paragraph, []).append(unit.text)
    order = list(paragraphs)
    # a paragraph going on with the quotation the one before left open (`en_carried_paragraphs`)
    carried = dict(zip(order, carried_quotations([" ".join(paragraphs[p]) for p in order]), strict=True))
    goes_on = tuple(
        k > 0 and (scored.passages or units[k - 1].paragraph == unit.paragraph or carried[unit.paragraph])
        for k, unit in enumerate(units)
    )
    return _en_quote_layout(tuple(unit.text for unit in units), goes_on)


@per_brief(maxsize=4)  # asked by `cited_groups` and `en_stranger_moves` of the same article; all tuples, none changed
def _en_quote_layout(texts: tuple[str, ...], goes_on: tuple[bool, ...]) -> QuoteLayout:
    """`quote_layout` of an English article's sentences `texts` (`goes_on`: each runs on from the one before)."""
    from citebrief.text.en_quote_reading import quotation_middles  # not on a Chinese start
    from citebrief.text.en_section_heads import section_heads
    from citebrief.text.en_single_middles import single_quotation_middles
    from citebrief.text.en_single_trailers import with_trailing_middles

    heads = section_heads(" ".join(texts))
    singles = tuple(single_quotation_middles(texts, goes_on))  # a Daily Mail page's ("'A. | B. | 'C.")
    singles = tuple(with_trailing_middles(texts, goes_on, singles))  # and unspoken lines after B (`en_single_trailers`)
    middles = tuple(
        double or bool(single) for double, single in zip(quotation_middles(texts, goes_on), singles, strict=True)
    )
    return QuoteLayout(heads, middles, singles)


def _en_mended(text: str, heads: frozenset[str], middle: bool, single_mark: str) -> str:
    """An English bullet's text, once built, less what the page's layout left in it (`heads`: the
    article's section heads), between marks where it is a quotation's unmarked `middle` (the
    quotation's own single marks where `single_mark` opened it)."""
    from citebrief.text.en_adverb_seams import after_seam  # not on a Chinese start
    from citebrief.text.en_caps_labels import without_caps_label
    from citebrief.text.en_glued_headlines import after_glued_headlines
    from citebrief.text.en_page_furniture import without_leading_furniture
    from citebrief.text.en_picture_asides import without_picture_asides
    from citebrief.text.en_quote_reading import without_reopening
    from citebrief.text.en_section_heads import after_section_head
    from citebrief.text.en_single_middles import between_marks
    from citebrief.text.en_stray_quotes import without_stray_quote

    text = without_picture_asides(text)  # "Bill, pictured above, who …": the photo is not in the brief
    text = without_stray_quote(text)  # '"Coach Trevor Bayliss said: "He …' (`en_stray_quotes`)
    text = without_reopening(text)  # '"It is … legislation. "If we …"': one quotation (`en_quote_reading`)
    text = without_leading_furniture(strip_standard_lead(text))  # "More on this … storiesThe union's …"
    text = without_caps_label(text)  # "EXPERT VERDICT: 'This is …'": the page's section label (`en_caps_labels`)
    text = after_seam(text)  # "The high price of public shaming online Sure, McHenry …" (`en_adverb_seams`)
    text = after_glued_headlines(text)  # "… look for soldier sonsMr Yashin said …" (`en_glued_headlines`)
    text = after_section_head(text, heads)  # "… spot Championship Watford …" (`en_section_heads`)
    text = without_glued_label(text)  # "… tourist pictures Going viral!": the next caption's (`caption_glued_labels`)
    # "Being an athlete, … the force.": a quotation's middle, shown as someone's words (`en_quote_reading`);
    # a phrase's single marks inside it ("… 'official' currency …") nest within the double ones
    if middle and single_mark:
        return between_marks(text, single_mark)  # "Our objective is …": a Daily Mail quotation's (`en_single_middles`)
    return f'"{text.strip()}"' if middle and not DOUBLE_MARK.search(text) else text


def _in_open_quotation(scored: Scored, i: int, text: str) -> str:
    """An English bullet `text` of sentence i, inside a quotation the sentence before it (same
    block) opened with a single mark, less the page's stray single mark (`en_stray_single_marks`)."""
    units = scored.units
    if scored.lang != "en" or not i or not (scored.passages or units[i - 1].paragraph == units[i].paragraph):
        return text
    from citebrief.text.en_stray_single_marks import inside_single_quotation  # not on a Chinese start

    return inside_single_quotation(units[i - 1].text, text)


def _quote_opener(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> int | None:
    """The sentence, no bullet of its own, that opened the short quotation bullet `text` goes on
    with: the bullet opens on sentence i or on the one before it that a step carried
    ('We have to make sure … floor," Prunty told BBC Sport. "I think …'; `en_quote_splits`)."""
    from citebrief.text.en_quote_splits import quote_opening  # not on a Chinese start

    units = scored.units
    for j in (i, i - 1):
        if j > 0 and text.startswith(units[j].text.strip()[:20]):
            opened = j - 1 not in everywhere and quote_opening(units[j - 1].text, units[j].text)
            return j - 1 if opened else None
    return None


# how much of a sentence's opening tells that a bullet opens on it
OPENING_PROBE = 12


def _opening(scored: Scored, i: int, text: str) -> int:
    """The sentence bullet `text` of sentence `i` opens on: `i`, or an earlier one of its paragraph
    the bullet holds ("（二）摩托车号牌。| 字符共7位，……组成。| 其中，……": the "其中" leans on the
    sentence before, which its bullet carries). The label heading that one names what the bullet
    describes; asked of `i`, it was missed, and "字符共7位" read as the 8-character car plates' rule."""
    units = scored.units
    start = i
    while start > 0 and units[start - 1].paragraph == units[i].paragraph:
        start -= 1
    for j in range(start, i):
        probe = units[j].text.strip()[:OPENING_PROBE]
        if probe and text.startswith(probe):
            return j
    return i


def _labelled(scored: Scored, i: int, text: str, everywhere: frozenset[int], title: str) -> str:
    """Bullet `text` of sentence `i` opened on its paragraph's label, where that adds to it (`_adds`)."""
    label = _label_before(scored, _opening(scored, i, text), everywhere)
    return label + text if label and _adds(label, text, title) else text


def _label_before(scored: Scored, i: int, everywhere: frozenset[int]) -> str:
    """The short label that opens the sentence's paragraph ("坚持依法规范。全面履行法定职责……",
    "（四）强化事前公开。行政执法机关要……"), its number left off: the principle or measure the
    sentence spells out, which the bullet names too. Empty where there is none."""
    if i == 0 or i - 1 in everywhere:
        return ""
    before, unit = scored.units[i - 1], scored.units[i]
    if before.paragraph != unit.paragraph or (i > 1 and scored.units[i - 2].paragraph == before.paragraph):
        return ""  # not the first sentence of the same paragraph
    marker = item_marker(before.text)
    label = before.text[marker.end() :] if marker else before.text
    if not label.endswith("。") or not MIN_LABEL <= len(label) - 1 <= MAX_LABEL or _LABEL_BREAKS.search(label):
        return ""
    if label[:-1].endswith((*(v.verb for v in speech_verbs()), *_ALSO_SAYING)):
        return ""  # "温云鹏笑道。", "她说。": the close of the quotation before, not a label
    if is_saying(label):
        return ""  # "是军人就要勇争先。": a feature's maxim over its section, no measure's name (`zh_label_sayings`)
    return label


def _adds(label: str, text: str, title: str) -> bool:
    """Whether a label says what neither the bullet nor its group's title says: "坚持依法规范。"
    names a principle; "严格监管执法。" under "监管执法", or "摸底排查。" before "……全面摸底排查，……",
    only says it again, and "目标任务。" or "发展目标。" (`names_plan_part`) names the part of the
    plan the sentence stands in, not what it says (readers marked such bullets down as keeping
    the source's headings). A title
    that lists labels ("基本原则：依法规范、改革创新", "组织实施：治理工作协调机制、治理责任分工") names
    each one, shortened or not: "坚持依法规范。" or "建立治理工作协调机制。" under it only opens the
    bullet on what the title just said (readers: the title repeats the bullets). A measure's label
    the sentence spells out ("实行失业登记常住地服务。失业人员可在常住地……办理失业登记") is the
    source's subheading kept on the bullet (`zh_label_echoes`); so is one before a sentence that
    names who acts ("做好督导总结宣传。国家卫生健康委要……", `zh_label_actor`), a task line (`leaves_task_label`)."""
    name = label[:-1]
    if names_plan_part(name, text):  # "目标任务。", "发展目标。" before "……发展均衡的……"
        return False
    if label_heads_sentence(name, text):  # "大力发展职业赛事。" before "着力发展……等职业联赛，……"
        return False
    if opens_on_actor(text) or leaves_task_label(label, text):  # "做好督导总结宣传。" before "国家卫生健康委要会同……"
        return False
    named = [part for part in title.rpartition("：")[2].split("、") if part]
    return bool(name) and name not in text and not any(part in name or name in part for part in named)


# a sentence that turns on the one before it (what held until then no longer does) or adds a
# measure taken with it ("……延时运营60分钟。同时，安排公交夜班运力加强接驳服务。")
_TURN = LazyPattern(r"(?:但|然而|不过|同时[，,])")


def _with_turn(scored: Scored, i: int, everywhere: frozenset[int]) -> str:
    """A Chinese sentence whose next one turns on it ("但……", "然而……") and carries it already
    ("2011年之前，……稳定在3.0∶1和3.2∶1之间。但自2012年起，……已降至2.65∶1的极低水平"): the
    bullet says both, the turn being what the two are read for (alone, the first states what no
    longer holds), unless the brief gives the next one a bullet of its own. So does one whose
    next adds a measure taken with it ("同时，……"): that bullet, holding this sentence, is
    passed over as its repeat and its measure would be lost (the night buses of zh-news L1377)."""
    text = scored.trimmed[i]
    after = i + 1
    if scored.lang != "zh" or after not in scored.carried or after in everywhere:
        return text
    if not _TURN.match(scored.units[after].text.lstrip()):
        return text  # "此举……", "其中，……" add to it; the sentence says its point without them
    if scored.units[after].paragraph != scored.units[i].paragraph or text not in scored.trimmed[after]:
        return text
    return scored.trimmed[after]


# an English sentence ending on a question it quotes ("…a sign that read, 'Tina, will you go…?'")
_QUOTED_QUESTION = LazyPattern(r"\?['‘\"“’”]\s*$")


def carry_antecedent(
    scored: Scored, i: int, text: str, everywhere: frozenset[int], *, plural: bool = True, shown: bool = False
) -> str | None:
    """'He was stripped of his title' picked without the sentence that names him: the bullet
    carries that sentence (text/anaphora.py; in English, too, "Both were…", "Though he…, that one…":
    text/en_back_reference.py), unless the brief has it or the two are too long. An article cut
    into passages from one block may have it last in the passage before: the cut is the tool's,
    not the writer's ("……徐洛琳是贵州分营的团长。| 开营仪式上，她说……", `text.zh_frame_pronoun`;
    "…dropped the model number on the guitar he used last and most. | It became a custom-made
    signature model named Lucille…"). A 它们/他们 after a short opening clause ("经过技术迭代发展，它们
    ……", `zh_leaning.framed_plural`) leans too, unless not `plural` (`zh_leaning_picks` asks so: it
    brings that sentence in as a bullet of its own; `zh_antecedent_pairs` joins the robots of
    zh-news 173 from another group's bullet), and so does "这是……" after a speaker's frame
    ("据冯星玮介绍，这正是……的真空发生器", `zh_leaning.framed_this`: zh-news 30), and "这些/上述" after one
    ("王爱立说，这些规定……", `zh_leaning.framed_these`: zh-news 36, its sentence before on the story's own
    "这次草案"), again unless not `plural`: where that sentence stands and is short, `zh_leaning_picks` brings it in as
    the bullet before ("团伙成员……。| 据警方表示，这些犯罪嫌疑人……": joined, two tactics read as one overlong bullet,
    zh-news 55). Nor is a sentence carried that opens on a turn ("但品种选育从来不是一件容易的事情。", zh-news 130): it
    turns on one the brief does not hold. A Chinese paragraph opening on "和……是类似的" or "以……为例" carries the last
    sentence of the paragraph before, as an English one opening on he or she does after a sentence naming a person of
    that sex (`paragraph_breaks.leans_across`). An English quote opening on he, she or they ("'They don't want us to
    have any say,' Arum added") carries it too (`anaphora.quote_opens_on_person`), as does one opening on "He's"/"She's"
    (`anaphora.contracted_person`). Only the bullet as `shown` leaves out a sentence naming no one, or its person only
    as an owner, before "His …" (`en_person_antecedent`); the engines still weigh and place the bullet by both."""
    zh = scored.lang == "zh"
    if not zh:  # the English readers below
        from citebrief.text.en_back_reference import pair_named_before, points_back_en, some_of_before  # not on zh
        from citebrief.text.en_demonstrative_antecedent import names_demonstrative
        from citebrief.text.en_framed_pronoun import pronoun_after_frame_en
        from citebrief.text.en_hooks import OPENING, answered_by, opening_hook
        from citebrief.text.en_paragraph_person import says_whom
        from citebrief.text.en_person_antecedent import fits_person_pronoun
        from citebrief.text.en_thing_antecedent import fits_thing_pronoun
    # "'He behaved …,' the spokesperson said. 'That contractor …'" leans past the line it joined
    lean = joined_quote_antecedent(scored, i, text) if i in scored.carried else (_leaned_on(scored, i) if i else None)
    if lean is None or lean in everywhere:
        return None  # (a dangling Chinese sentence may carry it already: lead_points.lean_on_previous)
    clause = zh and goes_on_from_before(text)  # "……；更有……", "……；鹤群的不远处，……": text.zh_clause_lean
    if not needs_antecedent(text, scored.lang) and not (
        clause
        or pronoun_after_frame(text)
        or (plural and framed_plural(text))
        or framed_this(text)
        or (plural and framed_these(text))
        or refers_back_zh(text, quoted=False)
        or is_dangling(text)
        or framed_kind(text, scored.units[i - 1].text)  # "在这项运动里，……" (`zh_framed_kind`)
        or bare_person_before(text, scored.units[i - 1].text)  # "……赶去大爷家" after "有位大爷……" (`zh_bare_person`)
        or leans_on_figure(text, scored.units[i - 1].text)  # "……比例会更高" after "……比例大概在1∶3" (`zh_figure_lean`)
        or meeting_before(text, scored.units[i - 1].text)  # "会议指出，……" after "……召开会议。" (`zh_meeting_lean`)
        or opens_on_bare_act(text)  # "及时发布……预警，……": who acted is the sentence before's (`zh_bare_act`)
        or opens_on_list(text)  # "主要包括……；……": the parts of what the sentence before names (`zh_list_lean`)
        or chained_step(text, scored.units[i - 1].text)  # "随后，……。| 期间，……" (`zh_leaning.chained_step`)
        if zh
        else points_back_en(text)
        or quote_leans_back(text, scored.units[lean].text)
        or contracted_person(text)  # "He's facing charges …" (`anaphora.contracted_person`)
        or pair_named_before(text, scored.units[lean].text)  # "… that the pair, both …" (`en_back_reference`)
        or _noun_from_before(scored, i, text, everywhere)
        or names_demonstrative(text, scored.units[lean].text, [scored.units[j].text for j in everywhere if j < i])
    ):
        return None
    before, unit = scored.units[lean], scored.units[i]  # above a caption between (en_caption_between)
    asked = not zh and _QUOTED_QUESTION.search(before.text) is not None and opens_own_quote(before.text)
    asked = asked or (not zh and answered_by(before.text, text))  # "Think it's …? It depends on …" (en_hooks)
    if not (neighbour_in_reach(scored, before, unit, BEFORE) or leans_across(scored, before, unit, text)) or (
        is_structure(before.text) and not asked  # "…a sign that read, 'Tina, will you…?'" says who
    ):
        return None  # another paragraph is its own point, cited on its own
    if not zh and some_of_before(before.text):
        return None  # "Among them, two lesbians…": it leans on a sentence before it in turn
    if not zh and before.index < OPENING and opening_hook([u.text for u in scored.units], before.index):
        return None  # "It's not intended to be a safety video. But this clip …": a hook names nothing (en_hooks)
    said = strip_dateline(before.text)  # the passage before, or the story's first sentence in this paragraph
    if zh and opens_on_turn(said):
        return None  # "但品种选育从来不是……。" turns on what came before it in turn
    if not zh and pronoun_after_frame_en(text) and not says_whom(said, text, [u.text for u in scored.units]):
        return None  # "The cities … are suing the company. The firm's first security chief, he …": who, still?
    if not zh and not fits_thing_pronoun(said, text):
        return None  # "One by one the men are murdered. It is the latest footage…": no thing for "It"
    if shown and not zh and not fits_person_pronoun(said, text):
        return None  # "A slow motion look at the clip… | His mother Lucy said…": no one for "His"
    if clause:
        carried = with_clause_before(said, text)
    else:  # "这次草案还修改……规定。" before "王爱立说，这些规定……" (`zh_leaning.framed_these`)
        own = zh and (framed_these(text) or opens_on_list(text))  # "此次重点查处……。" lists the story's own
        carried = with_antecedent(said, text, scored.lang, own_event=own)
    others = (scored.trimmed[j] for j in everywhere if j != i)
    if carried is None or any(near_duplicate(carried, other, scored.lang) for other in others):
        return None  # the antecedent says what another bullet says
    return carried


def _noun_from_before(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> bool:
    """Whether English sentence `i` opens on "the <noun>" that only the sentence it leans on
    introduces and no sentence of the brief before it says ("Officials say the videos were …" after
    "… uncovered videos of …": `text.en_noun_before`; the later "eight pornographic videos" are others)."""
    from citebrief.text.en_noun_before import introduced_before, named_in, subject_noun  # not on a Chinese start
    from citebrief.text.en_owner_before import owner_from_before  # "The film's star …" after "… best movie"

    before, earlier = scored.units[_leaned_on(scored, i)].text, [scored.units[j].text for j in everywhere if j < i]
    noun = subject_noun(text)
    said = noun is not None and introduced_before(noun, before) and not named_in(noun, earlier)
    return said or owner_from_before(text, before, earlier)


def _leaned_on(scored: Scored, i: int) -> int:
    """The sentence an English sentence `i` leans on: the one before, or the one above a caption
    glued in between (`en_caption_between`); the one before in Chinese."""
    if scored.lang != "en" or i < 2:
        return i - 1
    from citebrief.text.en_caption_between import writers_sentence_before  # not on a Chinese start

    return i - 2 + writers_sentence_before([unit.text for unit in scored.units[i - 2 : i + 1]], 2)


# a numbered item's opening clause after a label: "Tips：1、红枣数量不宜多，以4-5颗/天为推荐；"
_NUMBERED_CLAUSE = LazyPattern(
    r"^(?:[^，。；：:]{1,8}[：:])?\s*(?:\d{1,2}|[一二三四五六七八九十])[、.．]\s*(?P<item>[^；;。]{4,60}[；;])$"
)
MAX_ITEM_BULLET = 120  # characters of an item's opening and its next clause together


def _item_opening(scored: Scored, i: int, everywhere: frozenset[int]) -> str:
    """The opening clause of the numbered item a clause goes on ("1、红枣数量不宜多，……；考究的
    可以先去核再煮，……"): cut at the item's "；", the clause has lost what it is about (the jujubes),
    which the item's opening says; '' where the clause is numbered itself, the opening is in the
    brief or in another paragraph, or the two run past a bullet's length."""
    if i == 0 or i - 1 in everywhere or item_marker(scored.units[i].text) is not None:
        return ""
    before, unit = scored.units[i - 1], scored.units[i]
    found = _NUMBERED_CLAUSE.match(before.text) if before.paragraph == unit.paragraph else None
    if found is None or len(found.group("item")) + len(scored.trimmed[i]) > MAX_ITEM_BULLET:
        return ""
    return found.group("item")
