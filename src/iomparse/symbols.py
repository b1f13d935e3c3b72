"""Document symbols: finding them in text and parsing them with ``grammars/symbol.lark``."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from .model import Symbol
from .resources import grammar_path

#: A candidate symbol in running text: capitals, then slash-separated elements, then suffixes.
#: The grammar decides whether a candidate really is a symbol.
#: (The pattern opens with its first capital, not with the check that no letter or slash stands before it,
#: so that the regex engine skips to the next capital at C speed: twice as fast over running text.)
SYMBOL_CANDIDATE = re.compile(
    r"[A-Z](?<![\w/][A-Z])[A-Z]{0,5}(?:/(?:Sp|[A-Z]{1,4}(?![a-z])|\d{1,5}))+(?:/(?:Rev|Corr|Add|Amdt)\.\d+)*(?![\w/])"
)


class _ToSymbol(Transformer[Token, Symbol]):
    def symbol(self, children: list[Any]) -> Symbol:
        base, *suffixes = children
        return Symbol(parts=base, suffixes=tuple(str(s) for s in suffixes))

    def suffix(self, children: list[Token]) -> str:
        return str(children[0])

    def _parts(self, children: list[Token]) -> tuple[str, ...]:
        return tuple(str(child) for child in children)

    mc = c_era = scpf = other = _parts


@cache
def _parser() -> Lark:
    return Lark(grammar_path("symbol.lark").read_text("utf-8"), start="symbol", parser="lalr", transformer=_ToSymbol())


@lru_cache(maxsize=4096)  # bounded: a batch of many documents cites ever new symbols
def parse_symbol(text: str) -> Symbol | None:
    """``"MC/EX/572/Rev.1"`` → `Symbol`; ``None`` when ``text`` is not a document symbol."""
    try:
        symbol = _parser().parse(text.strip())
    except LarkError:
        return None
    assert isinstance(symbol, Symbol)  # (the transformer makes one)
    return symbol


def numbers_apart(first: Symbol, last: Symbol) -> int | None:
    """How far ``last`` is numbered after ``first`` in the same series (``C/108/L/5``, ``C/108/L/7``: 2), when
    the two differ only in their last number and carry no ``Rev.``/``Corr.``; else ``None``."""
    if first.parts[:-1] != last.parts[:-1] or first.suffixes or last.suffixes:
        return None
    if not (first.parts[-1].isdigit() and last.parts[-1].isdigit()):
        return None
    return int(last.parts[-1]) - int(first.parts[-1])
