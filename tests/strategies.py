"""Hypothesis strategies for the whole document model; `documents()` is the one the codec tests use.

Text mixes words of council documents with what tends to break serialisers: curly quotes, asterisks,
superscript digits, ``<``, ``>``, ``&``, ``]]>``, tabs, ``\\r``, newlines, leading and trailing spaces, any
Unicode character that XML 1.0 allows. Inline runs keep the parser's invariants: adjacent `Text` runs are
merged and no `Text` is empty (see `normalize`). Block nesting is bounded by ``depth``.
"""

from __future__ import annotations

from hypothesis import strategies as st

from iomparse.model import (
    Adoption,
    Annex,
    Clause,
    Diagnostic,
    DocRef,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Furniture,
    Inline,
    Item,
    Meta,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    Session,
    Span,
    Strong,
    Symbol,
    Text,
    Unclassified,
)

_PIECES = (
    "the Council",
    "Member States",
    "IOM’s",
    "“migration”",
    "‘policy’",
    "*inter alia*",
    "**",
    "*",
    "¹",
    "²³",
    "<",
    ">",
    "&",
    "&amp;",
    "]]>",
    '"',
    "'",
    " ",
    "   ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "–",
    "…",
    "•",
    "Genève",
    "中文",
    "🙂",
    "\x85",
    "\x7f",
)

# Any character XML 1.0 allows (surrogates, C0 controls other than tab/LF/CR and U+FFFE/U+FFFF excluded).
_CHARACTERS = st.characters(codec="utf-8", exclude_categories=("Cc",), exclude_characters="\ufffe\uffff") | (
    st.sampled_from("\t\n\r")
)

texts = st.lists(st.sampled_from(_PIECES) | st.text(_CHARACTERS, max_size=6), max_size=5).map("".join)
"""Realistic, awkward text; may be empty."""

labels = st.sampled_from(["1", "12", "(a)", "(iv)", "I", "V.1", "Objective 3", "", " 2 "]) | texts
"""Numbers and labels of blocks."""

_SYMBOL_PARTS = [
    ("MC", "INF", "274"),
    ("MC", "1842"),
    ("MC", "EX", "572"),
    ("C", "106", "54"),
    ("C", "115", "RES", "1412"),
    ("C", "Sp", "7", "L", "1"),
    ("S", "18", "9"),
    ("SCPF", "92"),
    ("MICEM", "9", "2002"),
]

symbols = st.builds(
    Symbol,
    st.sampled_from(_SYMBOL_PARTS),
    st.lists(st.sampled_from(["Rev.1", "Rev.2", "Corr.1", "Add.1"]), max_size=2).map(tuple),
)
dates = st.dates()
small = st.integers(min_value=1, max_value=2000)
spans = st.builds(lambda start, length: Span(start, start + length), small, st.integers(0, 40))
optional_spans = st.none() | spans


def weighted(strategies: list[st.SearchStrategy]) -> st.SearchStrategy:
    """One of ``strategies``, each as often as it is listed (`st.one_of` would merge repeats)."""
    return st.sampled_from(strategies).flatmap(lambda strategy: strategy)


def normalize(runs: list[Inline]) -> tuple[Inline, ...]:
    """Inline runs as the parser makes them: adjacent `Text` runs merged, empty ones dropped."""
    merged: list[Inline] = []
    for run in runs:
        if isinstance(run, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + run.text)
        elif not (isinstance(run, Text) and not run.text):
            merged.append(run)
    return tuple(merged)


_references = [
    st.builds(NoteRef, st.sampled_from(["1", "3", "12", "*"]) | texts),
    st.builds(DocRef, symbols, st.builds(str, symbols) | texts, st.booleans()),
    st.builds(
        ResolutionRef,
        st.lists(small, max_size=3).map(tuple),
        st.just("Resolution No. 923 (LXXI) of 29 November 1995") | texts,
        st.none() | small,
        st.none() | dates,
    ),
]


def runs(depth: int = 2) -> st.SearchStrategy[Inline]:
    """One inline run, `Strong` and `Emphasis` nesting ``depth`` deep at most; mostly plain text."""
    kinds = [texts.map(Text)] * 4 + _references
    if depth > 0:
        children = st.lists(runs(depth - 1), max_size=3).map(normalize)
        kinds += [st.builds(Strong, children), st.builds(Emphasis, children)]
    return weighted(kinds)


inlines = st.lists(runs(), max_size=4).map(normalize)
"""Inline runs of one block."""

sessions = st.builds(Session, small, st.sampled_from(["EIGHTY-EIGHTH SESSION", "106th Session"]) | texts, st.booleans())


def items(depth: int = 2) -> st.SearchStrategy[Item]:
    """List items, nested ``depth`` deep at most."""
    children = st.lists(items(depth - 1), max_size=2) if depth > 0 else st.just([])
    return st.builds(Item, st.none() | labels, inlines, children, optional_spans)


def paragraphs(depth: int = 2) -> st.SearchStrategy[Paragraph]:
    """Paragraphs with items and, while ``depth`` > 0, quotations."""
    child = items(depth - 1) | quotes(depth - 1) if depth > 0 else items(0)
    return st.builds(Paragraph, st.none() | labels, inlines, st.lists(child, max_size=2), optional_spans)


def quotes(depth: int = 1) -> st.SearchStrategy[Quote]:
    """Quotations of paragraphs and items."""
    return st.builds(Quote, st.lists(paragraphs(depth) | items(depth), max_size=2), optional_spans)


clauses = st.builds(Clause, st.none() | labels, inlines, st.lists(items(1), max_size=2), optional_spans)
resolutions = st.builds(
    Resolution,
    st.none() | small,
    st.none() | sessions,
    st.booleans(),
    st.none()
    | st.builds(
        Adoption, texts, st.none() | st.just("Council") | texts, st.none() | small, st.none() | small, st.none() | dates
    ),
    st.none() | texts,
    st.none() | st.just("The Council,"),
    st.lists(clauses, max_size=2),
    st.none() | st.just("Resolves:") | texts,
    st.lists(clauses, max_size=2),
    optional_spans,
)
_lines = st.lists(texts, max_size=3)


def blocks(depth: int = 2) -> st.SearchStrategy:
    """Any block, sections nesting ``depth`` deep at most; as in real documents, mostly sections and paragraphs."""
    others = [
        items(1),
        quotes(1),
        clauses,
        resolutions,
        st.builds(Salutation, texts, optional_spans),
        st.builds(Figure, _lines, optional_spans),
        st.builds(Unclassified, _lines, optional_spans),
    ]
    kinds = [paragraphs(2)] * 3 + others
    if depth > 0:
        children = st.lists(blocks(depth - 1), max_size=3)
        kinds += [st.builds(Section, st.none() | labels, inlines, st.integers(1, 4), children, optional_spans)] * 4
    return weighted(kinds)


metas = st.builds(
    Meta,
    st.sampled_from(["statement", "information_note", "resolution", "document"]) | texts,
    st.none() | symbols,
    st.none() | st.just("English") | texts,
    st.none() | dates,
    st.none() | sessions,
    st.none() | texts,
    st.none() | texts,
    st.none() | texts,
)
annexes = st.builds(
    Annex,
    st.none() | st.just("Annex II") | texts,
    st.booleans(),
    metas,
    st.lists(blocks(1), max_size=2),
    optional_spans,
)
footnotes = st.builds(Footnote, st.sampled_from(["1", "2", "*"]) | texts, inlines, st.none() | labels, optional_spans)
furniture = st.builds(Furniture, st.sampled_from(["page-label", "running-header"]) | texts, texts, small)
diagnostics = st.builds(
    Diagnostic,
    st.sampled_from(["error", "warning", "info"]),
    st.sampled_from(["numbering-gap", "unclassified-line"]) | texts,
    texts,
    st.none() | small,
)


def documents() -> st.SearchStrategy[Document]:
    """Whole documents: every node type, nested blocks, annexes, footnotes, furniture and diagnostics."""
    return st.builds(
        Document,
        metas,
        st.lists(blocks(), max_size=4),
        st.lists(annexes, max_size=2),
        st.lists(footnotes, max_size=2),
        st.lists(furniture, max_size=2),
        st.lists(diagnostics, max_size=2),
    )
