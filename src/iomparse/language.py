"""The language a document is written in, told by its commonest words: English, French or Spanish (the
Organization's three working languages)."""

from __future__ import annotations

import re
from collections import Counter

_WORDS = {
    "en": frozenset({"the", "and", "of", "to", "in", "is", "that", "for", "on", "with"}),
    "fr": frozenset({"le", "les", "et", "des", "du", "est", "pour", "dans", "au", "une"}),
    "es": frozenset({"el", "los", "las", "y", "del", "para", "por", "con", "una", "es"}),
}
"""Words common in each language and rare in the other two (``la``, ``de``, ``que`` are shared, so left out)."""

SAMPLE = 50_000
"""How much of a text, from its start, tells its language."""

_WORD = re.compile(r"[^\W\d_]+")
_ENOUGH = 20
"""Fewer common words than this tell no language."""


def language_of(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in (``en``, ``fr``, ``es``), or ``None`` when its
    common words are too few or no language has twice the count of the next (a bilingual cover, a table)."""
    counts = Counter(word for word in _WORD.findall(text[:SAMPLE].lower()) if len(word) <= 4)
    scores = sorted(((sum(counts[w] for w in words), code) for code, words in _WORDS.items()), reverse=True)
    (best, code), (second, _) = scores[0], scores[1]
    return code if best >= _ENOUGH and best >= 2 * second else None
