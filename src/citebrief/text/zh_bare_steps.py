"""A step of a case's chronology that names only the step: "7月24日，洪洞县自然资源局进行立案".

A report of a case lists its steps in one sentence, parted by "；": "……进行了现场制止；7月24日，
洪洞县自然资源局进行立案；7月27日，该问题完成拆除复垦；……". Cut at the "；", a step that is
only date, office and a light verb on one bare procedure word (进行立案, 予以立案, 进行调查) says
that a routine step happened and nothing of what was found or decided; as a bullet it reads as
a scrap of the story (a reader quoted one with the case title it came with). The steps that say
what was done or found ("7月27日，该问题完成拆除复垦", "对相关责任人进行了处理，目前已整改到位")
stay: they name what the step did to whom, or go on past it.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# date and its comma, an office (no comma, no preposition that names whom the step is on),
# a light verb and one procedure word, then the end of the clause
_BARE_STEP = LazyPattern(
    r"^(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日[上下]?午?，"
    r"[^，。；：、对向将把给]{2,20}?"
    r"(?:进行|予以|依法进行|依法予以|开展)了?"
    r"(?:立案|调查|核查|查处|审查|处理|处置|约谈|问责|整改)[。；]?$"
)


def bare_step(text: str) -> bool:
    """True when `text` is a chronology's step that only names a routine procedure done on a
    date by an office: no bullet (see the module's docstring)."""
    return _BARE_STEP.match(text.strip()) is not None
