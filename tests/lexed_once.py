"""Texts lexed and parsed once per test process.

Lexing is most of a parse's work, and two test modules read every corpus text: ``test_tokens`` compares each
text's tokens with its snapshot, ``test_corpus`` parses each to score it. They share these caches, and the
suite's ``conftest`` runs them on one worker so that the corpus is lexed once in the whole run, not twice.
"""

from __future__ import annotations

import functools
from unittest import mock

from snapshots import render_lexed

import iomparse
from iomparse import parser
from iomparse.lexer import lex
from iomparse.lexer.lines import Lexed


@functools.cache
def lexed(text: str) -> tuple[Lexed, str]:
    """``text`` lexed (`iomparse.lexer.lex`), once, and its snapshot's view (`snapshots.render_lexed`), taken at
    once: a parse recovering from a line the grammar cannot place retypes that line's token (``UNCLASSIFIED``)."""
    found = lex(text)
    return found, render_lexed(found)


@functools.cache
def parsed(text: str) -> iomparse.Document:
    """``text`` parsed (`iomparse.parse`), once, its lexing shared with `lexed`."""
    with mock.patch.object(parser, "lex", lambda text: lexed(text)[0]):
        return iomparse.parse(text)
