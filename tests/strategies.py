"""Hypothesis strategies for the whole document model; `documents()` is the one the codec tests use.

Text mixes words of council documents with what tends to break serialisers: curly quotes, asterisks,
superscript digits, ``<``, ``>``, ``&``, ``]]>``, tabs, ``\\r``, newlines, leading and trailing spaces, any
Unicode character that XML 1.0 allows. Inline runs are normalized by the model itself (adjacent `Text` runs
merged, empty ones dropped). Block nesting is bounded by ``depth``. Nodes are built with keyword arguments,
so that a field added to the model fails loudly here rather than shifting the others.
"""

from __future__ import annotations

from hypothesis import strategies as st

from iomparse.model import (
    Adoption,
    Annex,
    Clause,
    ConstitutionRef,
    Contents,
    ContentsEntry,
    DateRange,
    DateRef,
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
    NameList,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    Session,
    SessionRef,
    Source,
    Span,
    Strong,
    Submission,
    Symbol,
    Table,
    Text,
    Unclassified,
    UNRef,
    runs,
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


resolution_refs = st.builds(
    ResolutionRef,
    numbers=st.lists(small, max_size=3).map(tuple),
    text=st.just("Resolution No. 923 (LXXI) of 29 November 1995") | texts,
    session=st.none() | small,
    date=st.none() | dates,
)
_references = [
    st.builds(NoteRef, marker=st.sampled_from(["1", "3", "12", "*"]) | texts),
    st.builds(DocRef, symbol=symbols, text=st.builds(str, symbols) | texts, own=st.booleans()),
    resolution_refs,
    st.builds(
        SessionRef,
        session=st.builds(Session, number=small, raw=st.just("Ninety-sixth Session") | texts, special=st.booleans()),
        text=st.just("Ninety-sixth Session") | texts,
    ),
    st.builds(ConstitutionRef, article=st.sampled_from(["4", "2(b)"]), text=texts),
    st.builds(UNRef, text=st.just("resolution 73/195") | texts),
    st.builds(NameList, names=st.lists(texts, max_size=4).map(tuple), text=texts),
    st.builds(
        DateRef,
        start=st.sampled_from(["2004-11-04", "1995-11", "2002"]),
        end=st.sampled_from(["2004-11-04", "2002-12-04"]),
        text=st.just("4 November 2004") | texts,
    ),
]


def inline_runs(depth: int = 2) -> st.SearchStrategy[Inline]:
    """One inline run, `Strong` and `Emphasis` nesting ``depth`` deep at most; mostly plain text."""
    kinds = [texts.map(Text)] * 4 + _references
    if depth > 0:
        children = st.lists(inline_runs(depth - 1), max_size=3)
        kinds += [st.builds(Strong, children), st.builds(Emphasis, children)]
    return weighted(kinds)


inlines = st.lists(inline_runs(), max_size=4).map(runs)
"""Inline runs of one block."""


def items(depth: int = 2) -> st.SearchStrategy[Item]:
    """List items, nested ``depth`` deep at most."""
    children = st.lists(items(depth - 1), max_size=2) if depth > 0 else st.just([])
    return st.builds(Item, label=st.none() | labels, content=inlines, children=children, span=optional_spans)


_lines = st.lists(texts, max_size=3)
unclassified = st.builds(Unclassified, lines=_lines, span=optional_spans)
tables = st.builds(
    Table,
    rows=_lines,
    cells=st.lists(st.lists(texts, max_size=3), max_size=3),
    caption=st.none() | st.just("(in Swiss francs)") | texts,
    span=optional_spans,
)


def paragraphs(depth: int = 2) -> st.SearchStrategy[Paragraph]:
    """Paragraphs with items, tables and, while ``depth`` > 0, quotations."""
    child = items(depth - 1) | quotes(depth - 1) | tables | unclassified if depth > 0 else items(0)
    return st.builds(
        Paragraph, num=st.none() | labels, content=inlines, children=st.lists(child, max_size=2), span=optional_spans
    )


def quotes(depth: int = 1) -> st.SearchStrategy[Quote]:
    """Quotations of paragraphs and items."""
    return st.builds(Quote, children=st.lists(paragraphs(depth) | items(depth), max_size=2), span=optional_spans)


clauses = st.builds(
    Clause,
    num=st.none() | labels,
    content=inlines,
    children=st.lists(items(1) | tables, max_size=2),
    span=optional_spans,
)
sessions = st.builds(
    Session,
    number=small,
    raw=st.sampled_from(["EIGHTY-EIGHTH SESSION", "106th Session"]) | texts,
    special=st.booleans(),
)
date_ranges = st.builds(DateRange, start=dates, end=dates, raw=texts)
lines_tuple = st.lists(texts, max_size=2).map(tuple)


def metas() -> st.SearchStrategy[Meta]:
    """Header facts."""
    return st.builds(
        Meta,
        kind=st.sampled_from(["statement", "information_note", "report", "resolution", "document"]) | texts,
        symbol=st.none() | symbols,
        other_symbols=st.lists(symbols, max_size=2).map(tuple),
        original_language=st.none() | st.just("English") | texts,
        date=st.none() | dates,
        session=st.none() | sessions,
        organ=st.none() | st.just("COUNCIL") | texts,
        title=st.none() | texts,
        title_note_marker=st.none() | st.just("*"),
        reported_session=st.none() | sessions,
        subtitle=st.none() | texts,
        speaker=st.none() | texts,
        speaker_label=st.none() | st.just("Statement by:"),
        letterhead=lines_tuple,
        occasion=st.none() | texts,
        place=st.none() | st.just("Geneva"),
        meeting=st.none() | date_ranges,
        rapporteur=st.none() | texts,
        notes=lines_tuple,
        approval=st.none() | resolution_refs,
        submission=st.none()
        | st.builds(
            Submission,
            organ=st.just("Executive Committee") | texts,
            session=st.none() | sessions,
            date=st.none() | st.sampled_from(["2012-06", "2012-06-04"]),
        ),
        other=lines_tuple,
    )


resolutions = st.builds(
    Resolution,
    number=st.none() | small,
    session=st.none() | sessions,
    draft=st.booleans(),
    adoption=st.none()
    | st.builds(
        Adoption,
        raw=texts,
        body=st.none() | st.just("Council") | texts,
        meeting=st.none() | small,
        session=st.none() | small,
        date=st.none() | dates,
    ),
    title=st.none() | texts,
    formula=st.none() | st.just("The Council,"),
    preamble=st.lists(clauses | unclassified, max_size=2),
    operative_formula=st.none() | st.just("Resolves") | texts,
    operative=st.lists(clauses | unclassified, max_size=2),
    header=st.none() | metas(),
    head_notes=lines_tuple,
    span=optional_spans,
    place=st.none() | st.just("II") | texts,
)
entries = st.recursive(
    st.builds(ContentsEntry, title=texts, page=st.none() | st.just("iii") | texts, children=st.just(())),
    lambda children: st.builds(
        ContentsEntry, title=texts, page=st.none() | texts, children=st.lists(children, max_size=2)
    ),
    max_leaves=4,
)
contents = st.builds(
    Contents,
    heading=st.just("CONTENTS") | texts,
    entries=st.lists(entries, max_size=3),
    column=st.none() | st.just("Page"),
    span=optional_spans,
)


def blocks(depth: int = 2) -> st.SearchStrategy:
    """Any block, sections nesting ``depth`` deep at most; as in real documents, mostly sections and paragraphs."""
    others = [
        items(1),
        quotes(1),
        clauses,
        resolutions,
        st.builds(Salutation, text=texts, span=optional_spans),
        st.builds(Figure, lines=_lines, span=optional_spans),
        unclassified,
        contents,
        tables,
    ]
    kinds = [paragraphs(2)] * 3 + others
    if depth > 0:
        children = st.lists(blocks(depth - 1), max_size=3)
        kinds += [
            st.builds(
                Section,
                num=st.none() | labels,
                heading=inlines,
                level=st.integers(1, 4),
                children=children,
                span=optional_spans,
            )
        ] * 4
    return weighted(kinds)


annexes = st.builds(
    Annex,
    label=st.none() | st.just("Annex II") | texts,
    label_inferred=st.booleans(),
    meta=metas(),
    body=st.lists(blocks(1), max_size=2),
    span=optional_spans,
)
footnotes = st.builds(
    Footnote,
    marker=st.sampled_from(["1", "2", "*"]) | texts,
    content=inlines,
    anchor=st.none() | labels,
    span=optional_spans,
)
furniture = st.builds(Furniture, kind=st.sampled_from(["page_label", "running_header"]) | texts, text=texts, line=small)
diagnostics = st.builds(
    Diagnostic,
    severity=st.sampled_from(["error", "warning", "info"]),
    code=st.sampled_from(["numbering-gap", "unclassified"]) | texts,
    message=texts,
    line=st.none() | small,
)


hashes = st.text("0123456789abcdef", min_size=64, max_size=64)
sources = st.builds(
    Source, name=st.none() | texts, size=st.integers(0, 10**9), sha256=hashes, iomparse=texts, rules=hashes
)


def documents() -> st.SearchStrategy[Document]:
    """Whole documents: every node type, nested blocks, annexes, footnotes, furniture and diagnostics."""
    return st.builds(
        Document,
        meta=metas(),
        body=st.lists(blocks(), max_size=4),
        annexes=st.lists(annexes, max_size=2),
        footnotes=st.lists(footnotes, max_size=2),
        furniture=st.lists(furniture, max_size=2),
        diagnostics=st.lists(diagnostics, max_size=2),
        pages=st.integers(1, 500),
        page_starts=st.lists(small, max_size=3).map(lambda starts: tuple(sorted(starts))),
        source=st.none() | sources,
    )
