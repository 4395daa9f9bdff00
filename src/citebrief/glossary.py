"""Official English renderings of Chinese institutions, offices, places, laws and policy terms.

An English brief of a Chinese article is trusted when it says "CPPCC National Committee" for
全国政协 and "new quality productive forces" for 新质生产力, the way official translations do,
not a model's guess. The renderings are data (`data/glossary.tsv`, shipped with the package),
extended by the user's own file: `CITEBRIEF_GLOSSARY`, else `[glossary] path` in the config
file; the user's entries win over the shipped ones for the same Chinese.

Used twice: the llm engine's prompt carries the entries whose Chinese occurs in the article, and
verify checks that an English bullet naming an institution, place, law or programme cites a
paragraph that names it in Chinese.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from citebrief.errors import InputError

KINDS = ("body", "ministry", "office", "title", "place", "law", "programme", "term")
# the kinds that name one thing: a bullet naming one must cite a paragraph naming it
NAME_KINDS = frozenset({"body", "ministry", "office", "place", "law", "programme"})
ENVIRONMENT = "CITEBRIEF_GLOSSARY"


@dataclass(frozen=True)
class Entry:
    """One thing and its names: the Chinese forms an article may use, the official English first."""

    kind: str
    zh: tuple[str, ...]
    en: tuple[str, ...]

    @property
    def official(self) -> str:
        return self.en[0]


class Glossary:
    """Entries looked up by the Chinese they occur as (longest form first) and by English name."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        by_zh: dict[str, Entry] = {}
        for entry in entries:
            for form in entry.zh:
                by_zh[form] = entry  # a later entry (the user's) wins
        self._by_zh = by_zh
        self.entries: tuple[Entry, ...] = tuple(dict.fromkeys(by_zh.values()))

    def __len__(self) -> int:
        return len(self.entries)

    @cached_property
    def _zh_pattern(self) -> re.Pattern[str]:
        forms = sorted(self._by_zh, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, forms)) or "(?!)")

    @cached_property
    def _en_pattern(self) -> re.Pattern[str]:
        names = {name for entry in self.entries if entry.kind in NAME_KINDS for name in entry.en}
        alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        return re.compile(rf"(?<![\w-])(?:{alternatives or '(?!)'})(?![\w-])")

    @cached_property
    def _by_en(self) -> dict[str, list[Entry]]:
        found: dict[str, list[Entry]] = {}
        for entry in self.entries:
            if entry.kind in NAME_KINDS:
                for name in entry.en:
                    found.setdefault(name, []).append(entry)
        return found

    def found_in(self, text: str) -> list[Entry]:
        """Entries whose Chinese occurs in `text`, in order of first occurrence, each once; a
        longer form wins over the shorter one inside it (全国政协委员, not 全国政协)."""
        return list(dict.fromkeys(self._by_zh[m.group(0)] for m in self._zh_pattern.finditer(text)))

    def for_prompt(self, text: str, limit: int) -> list[str]:
        """ "全国政协 = CPPCC National Committee" lines for the entries `text` uses, the form it uses
        on the left: institutions, laws and programmes, then the most frequent terms, titles and
        places; at most `limit`."""
        seen: dict[Entry, list[str]] = {}
        for match in self._zh_pattern.finditer(text):
            seen.setdefault(self._by_zh[match.group(0)], []).append(match.group(0))
        rank = {"place": 3, "title": 2, "term": 1}  # institutions, laws and programmes first; places are pinyin
        order = sorted(seen, key=lambda e: (rank.get(e.kind, 0), -len(seen[e])))
        return [f"{' / '.join(dict.fromkeys(seen[e]))} = {e.official}" for e in order[:limit]]

    def named_in_english(self, text: str) -> list[tuple[str, list[Entry]]]:
        """The names of institutions, places, laws and programmes an English text uses, each with
        the entries it may stand for (case kept: "State Council" is a name, "state council" not)."""
        return [(m.group(0), self._by_en[m.group(0)]) for m in self._en_pattern.finditer(text)]


def parse(text: str, source: str) -> list[Entry]:
    """Entries from glossary TSV text; InputError naming `source` and the line for a bad line."""
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 3:
            raise InputError(
                f"line {number}: expected kind, Chinese and English separated by tabs, found {len(fields)} fields",
                source=source,
            )
        kind, zh, en = (field.strip() for field in fields)
        if kind not in KINDS:
            raise InputError(f"line {number}: unknown kind {kind!r}; known: {', '.join(KINDS)}", source=source)
        forms = tuple(form.strip() for form in zh.split("|") if form.strip())
        names = tuple(name.strip() for name in en.split("|") if name.strip())
        if not forms or not names:
            raise InputError(f"line {number}: an entry needs Chinese and English", source=source)
        entries.append(Entry(kind, forms, names))
    return entries


@cache
def shipped() -> tuple[Entry, ...]:
    text = resources.files("citebrief").joinpath("data", "glossary.tsv").read_text("utf-8")
    return tuple(parse(text, "citebrief/data/glossary.tsv"))


def user_path() -> Path | None:
    """The user's glossary file: CITEBRIEF_GLOSSARY, else `path` under [glossary] in the config."""
    configured = os.environ.get(ENVIRONMENT)
    if configured:
        return Path(configured).expanduser()
    from citebrief.llm_config import config_path

    config = config_path()
    try:
        data = tomllib.loads(config.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read the config file ({exc})", source=str(config)) from exc
    section = data.get("glossary", {})
    path = section.get("path") if isinstance(section, dict) else None
    if path is None:
        return None
    if not isinstance(path, str) or not path.strip():
        raise InputError("[glossary] path must be a file path", source=str(config))
    found = Path(path).expanduser()
    return found if found.is_absolute() else config.parent / found


def load(extra: Sequence[Path] = ()) -> Glossary:
    """The shipped glossary, extended by the user's file (if configured) and `extra` files."""
    entries = list(shipped())
    configured = user_path()
    for path in [*([configured] if configured else []), *extra]:
        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            raise InputError("the glossary file does not exist", source=str(path)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the glossary file ({exc})", source=str(path)) from exc
        entries.extend(parse(text, str(path)))
    return Glossary(entries)


@cache
def _default(path: Path | None, mtime: float | None) -> Glossary:
    return load()


def default() -> Glossary:
    """The glossary in effect (cached while the user's file is unchanged)."""
    path = user_path()
    mtime = path.stat().st_mtime if path is not None and path.exists() else None
    return _default(path, mtime)


@dataclass(frozen=True)
class NameProblem:
    """An English name whose Chinese the cited paragraphs lack: where it is instead (maybe nowhere)."""

    name: str
    chinese: str
    found_in: tuple[int, ...]


def name_problems(
    text: str, cited: Sequence[int], paragraphs: Sequence[tuple[int, str]], glossary: Glossary | None = None
) -> list[NameProblem]:
    """The institutions, places, laws and programmes an English bullet names in their glossary
    rendering that none of its cited (Chinese) paragraphs names in any Chinese form."""
    glossary = glossary or default()
    by_n = dict(paragraphs)
    cited_text = "\n".join(by_n.get(n, "") for n in cited)

    def names(paragraph: str, entries: list[Entry]) -> bool:  # inside a longer name too: 国务院 in 国务院副秘书长
        return any(form in paragraph for entry in entries for form in entry.zh)

    problems = []
    for name, entries in glossary.named_in_english(text):
        if names(cited_text, entries):
            continue
        elsewhere = tuple(n for n, paragraph in paragraphs if n not in cited and names(paragraph, entries))
        problems.append(NameProblem(name, entries[0].zh[0], elsewhere))
    return list({problem.name: problem for problem in problems}.values())
