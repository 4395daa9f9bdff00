"""A regex alternation of many literal words written as a trie of their letters.

Python's `re` tries each branch of an alternation in turn at each place it is asked: the ~75
verbs of a caption's "picture present" pattern (text/caption_lines.py) meant ~75 failed tests
at each of the places the pattern tries, on nearly every English sentence. Written as a trie
("c(?:elebrates?|radles|…)|p(?:oses?|…)") a place is rejected after a test or two. The trie says
the same words, no more and no fewer (tests/test_regex_trie.py): a pattern that backtracks
into it still tries each of them, so it matches where the plain alternation did, with the
same groups outside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeAlias

Trie: TypeAlias = dict[str, "Trie"]  # each next character's subtrie; "" marks a word's end


def trie_alternation(words: Iterable[str]) -> str:
    """A non-capturing group matching exactly the literal `words` (each as written), longest
    first along each branch."""
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: Trie) -> str:
    ends = "" in node
    parts = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:  # a word ends here, and longer ones go on: the longer first (greedy), then none
        return "(?:" + body + ")?" if len(parts) == 1 else body + "?"
    return body
