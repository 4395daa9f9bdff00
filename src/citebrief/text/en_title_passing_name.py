"""A person's name one bullet says in passing does not title a group whose bullets name another
one more: en-xsum 116's "Danny Willett" stood over three bullets of Westwood's round (all three
name Westwood; Willett is the partner who pulled out, said once). Where the title is a person's
name (its surname no dictionary word: not "Scotland Office") one bullet alone says, no bullet
opens on it (a name that opens a bullet leads it: "Alison Beevers describes …", en-xsum 56,
stays), and another name more than half the bullets say (`en_title_outlet.shared_name`: a
capitalized run a paragraph writes inside a sentence) is a person's, or a surname alone no
dictionary knows ("Westwood", which the article may never write with a first name), that name
takes the title. A name sharing a word with the title ("Giada" of "Giada De Laurentiis") or said
by half the bullets only ("Rosberg", two of four comparing Hamilton with him and Jenson Button)
does not. Runs late among the English title steps (`en_title_steps`), after the steps that put
a name in for a phrase.
"""

from __future__ import annotations

from citebrief.text.en_actors import is_person
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_outlet import shared_name
from citebrief.text.titles import display_title, said_alone, swapped_title

MAX_SAYERS = 1  # bullets that may say the title's surname for it to give way


def passing_name_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` unless it is a person's name said in passing (see the module's note); then the
    person most of the group's bullets name; `used` updated."""
    if len(bullets) < 3 or not title or not any(title in b for b in bullets) or not is_person(title, all_texts):
        return title  # as a bullet writes it: a name, not "Performance from Hamilton"
    surname = title.rsplit(maxsplit=1)[-1]
    if word_classes(surname.lower()):
        return title  # "Scotland Office", "Duke of Edinburgh Award": a thing, whatever its first words
    saying = sum(said_alone(surname, b) for b in bullets)
    if saying > MAX_SAYERS or any(b.startswith((title, surname)) for b in bullets):
        return title
    others = {u for u in used if title.casefold() not in u}  # nor the phrase it was cut from
    name = shared_name(bullets, group_texts, others)
    if not name or set(name.split()) & set(title.split()):
        return title  # "Giada" of "Giada De Laurentiis"
    if not is_person(name, all_texts) and (" " in name or word_classes(name.lower())):
        return title  # "Scottish", "Rangers FC": no person
    if 2 * sum(said_alone(name, b) for b in bullets) <= len(bullets):
        return title  # "Rosberg" two of four bullets compare Hamilton with, beside "Jenson Button"
    return display_title(swapped_title(title, name, used), "en")
