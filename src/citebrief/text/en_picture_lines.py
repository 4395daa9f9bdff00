"""An English line that speaks to the photo beside it: a caption the page carries inline.

Daily Mail pages run their picture captions between the story's sentences, and some read as
sentences: "Smith, 37, uploaded this photograph on social media …", "His finger is clearly in
contact in this picture!", "The tower touches the tourist!". On the page the photo is there; in a
brief it is not, so the line points at nothing, or cheers a scene no reader sees. Two shapes:

- "this picture/photo/photograph/image": the line points at the one picture it stands under
  ("these photos" of a photo feature, "this video" of a video story are the story's own matter);
- a scene told in the present and cheered: a short subject, a verb in "-s" or "-ing", and a "!"
  at the end ("The internet wins again!", "Ann (as God) reaching out …!"); news tells what
  happened, and a writer's own exclamation ("she's got city chic sussed!") has no such opening.

A quoted line is someone's words, not a caption ("'This picture shows why …'", "'We did it!'"),
nor is one in the first or second person (a quotation running on: "we can blame whoever rides
him!"). Such a line is no bullet; it stays in the source. The words that open no caption and the
verbs that show no scene are data (`data/en_caption_scene_words.tsv`).
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_chunks import word_classes
from citebrief.text.lazy_re import LazyPattern

# the one picture the line stands under: "in this picture", "uploaded this photograph"
_THIS_PICTURE = LazyPattern(r"\b[Tt]his (?:picture|photo|photograph|image)\b(?!-)")
# a quotation mark (an apostrophe inside a word, "it's", "Ven's", is none)
_QUOTE = LazyPattern(r"(?:^|[\s(])['‘\"“]|['’\"”](?=[\s,.!?;:)]|$)|[\"“”]")
_PERSON = LazyPattern(r"\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our|me|us)\b")
# a bracket aside in the subject: "Ann (as God) reaching out …"
_ASIDE = LazyPattern(r" \([^()]{1,30}\)")


@cache
def _not_scene_words() -> tuple[frozenset[str], frozenset[str]]:
    """`data/en_caption_scene_words.tsv`: the openers that frame a sentence ("If", "With", "He")
    and the verbs that show no scene ("is", "says", "will"), read once."""
    kinds = rows_by_kind("en_caption_scene_words.tsv")
    return frozenset(kinds["opener"]), frozenset(kinds["verb"])


def _cheered_scene(text: str) -> bool:
    """'Eiffel Tower touches Ann!', 'Expert photoshopping creates …!', 'Ann (as God) reaching out …!':
    a subject of one to four words (a bracket aside aside), then a verb in "-s" or "-ing"; a verb of
    another form first ("Fans cheered as …", "The price is right!") makes it a sentence."""
    words = _ASIDE.sub("", text).split()
    not_subject, not_scene_verbs = _not_scene_words()
    if not words or not words[0][:1].isupper() or words[0] in not_subject:
        return False
    for word in words[1:5]:
        if not word.isalpha() or not word.islower():
            continue  # a name's word, or one with a mark: still the subject
        classes = word_classes(word)
        if word in not_scene_verbs:
            return False
        if word.endswith(("s", "ing")) and "VERB" in classes:
            return True  # (a gerund as the subject's noun, "Clever editing stretches …", reads as one too)
        if classes == frozenset({"VERB"}):
            return False
    return False


def picture_line(text: str) -> bool:
    """Whether the English sentence `text` is a photo's caption that speaks to the picture
    ("… in this picture!", "X uploaded this photo …", "The internet wins again!")."""
    text = text.rstrip()
    pointed = _THIS_PICTURE.search(text) if "his " in text else None
    if pointed is None and not text.endswith("!"):
        return False
    if _PERSON.search(text):
        return False  # someone's words: "we can blame whoever rides him!"
    if pointed is not None:
        return _QUOTE.search(text, 0, pointed.start()) is None  # not "… the caption: 'This picture shows …'"
    return _QUOTE.search(text) is None and _cheered_scene(text)
