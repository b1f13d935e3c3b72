"""The lexer: physical lines → typed logical lines, one Lark token each.

`lex` runs the passes of `PASSES` in order, each in a module of its own:

1. **normalize** (`iomparse.layout`): pdftotext's plain-digit footnote markers and lone labels brought to
   the converter's conventions;
2. **join** (`joining`): every physical line gets a kind from the rule table (`rules.RULES`, first match
   wins); a line that does not start a block continues the logical line above it, so titles broken over
   two lines, Markdown hard breaks and hard-wrapped paragraphs become one line; tables laid out with
   spaces are gathered (`tables`); then **resolutions** (`resolutions`): a resolution's single operative
   clause known by its place after the preamble;
3. **charts** and **headers** (`charts`, `headers`): trailing chart fragments, and what each line of a
   header block is (organ, place, meeting dates, cover notes, speaker …);
4. **arrange** (`arrange`): the contextual decisions no single line can make: which lines are page
   furniture (the document's own symbol repeated as a running header, ``Page 3``, a title repeated as a
   running title), which are footnote bodies (taken out of the flow), which text continues a paragraph
   interrupted by a page break;
5. **tables resumed** (`resumed`): a table the reading-order steps left in pieces, figures that fit no row
   between them, made one table again;
6. **headings** (`headings`): short lines above numbered paragraphs become headings, and heading styles are
   ranked into three levels per document part;
7. **tables set out** (`resolutions`): a table right under a resolution's clause that announces it with a
   colon becomes the clause's;
8. **inner lists** (`lists`): paragraphs numbered from 1 again under a paragraph that introduces a list,
   the paragraph after them going on with its number, become that paragraph's items.

Every logical line records the decision that set its kind (`decisions.DECISIONS`); the kinds themselves
and their roles are declared once in `kinds`. What leaves the lexer is a `Lexed`: the tokens for the
grammar, plus the footnote bodies and furniture taken out of the flow, so nothing read is lost.
``iomparse --tokens FILE`` (or ``python -m iomparse.lexer FILE``) shows it (`view.format_tokens`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import groupby

from attrs import define, field

from ..flattened import is_flattened, split_flattened
from ..layout import normalize_pdf_text
from ..model import Diagnostic
from ..reading_order import FIGURE, TABLE_CAPTION
from ..source import Line, split_lines
from .arrange import arrange
from .charts import mark_figure
from .decisions import DECISIONS, explain, weak_decisions
from .headers import mark_headers
from .headings import mark_headings
from .joining import (
    DocumentWords,
    logical_lines,
    numbered_titles_over_text,
    paragraph_a_line,
    statement_titles,
    text_width,
)
from .lines import SUPERSCRIPT_DIGITS, SUPERSCRIPT_TO_DIGIT, Lexed, LineToken, LogicalLine, bare, strip_markup
from .lists import mark_inner_lists
from .resolutions import mark_numbering_resumed, mark_resolution_parts, mark_tables_set_out
from .resumed import captions_apart, join_resumed_tables
from .rules import RULES, classify
from .view import format_tokens, main

__all__ = [
    "DECISIONS",
    "PASSES",
    "RULES",
    "SUPERSCRIPT_DIGITS",
    "SUPERSCRIPT_TO_DIGIT",
    "Lexed",
    "LineToken",
    "LogicalLine",
    "classify",
    "explain",
    "format_tokens",
    "lex",
    "main",
    "strip_markup",
]


@define
class LexState:
    """What the passes read and write: the physical lines, then the logical lines, then the flow and what
    was set aside from it."""

    words: DocumentWords
    lines: list[Line]
    logical: list[LogicalLine] = field(factory=list)
    flow: list[LogicalLine] = field(factory=list)
    footnotes: list[LogicalLine] = field(factory=list)
    furniture: list[LogicalLine] = field(factory=list)
    notes: list[Diagnostic] = field(factory=list)  # what a pass says of the whole text


def _normalize(state: LexState) -> None:
    if is_flattened(state.lines):
        state.lines = split_flattened(state.lines)
        message = "a page (or more) per line: lines found where the conventions say they begin (weak evidence)"
        state.notes.append(Diagnostic("info", "flattened-text", message, 1))
    state.lines = normalize_pdf_text(state.lines, state.notes)


def _join(state: LexState) -> None:
    unwrapped = paragraph_a_line(state.lines)
    if unwrapped:
        message = (
            "a paragraph per line, lines far longer than a page's: no line is wrapped onto the next (weak evidence)"
        )
        state.notes.append(Diagnostic("info", "paragraph-a-line", message, 1))
    state.logical = logical_lines(state.lines, state.words, unwrapped=unwrapped)
    numbered_titles_over_text(state.logical, text_width(state.lines), state.words)
    statement_titles(state.logical)


def _resolutions(state: LexState) -> None:
    mark_resolution_parts(state.logical)


def _charts(state: LexState) -> None:
    mark_figure(state.logical)


def _headers(state: LexState) -> None:
    mark_headers(state.logical)


def _arrange(state: LexState) -> None:
    state.flow, state.footnotes, state.furniture = arrange(state.logical, state.words)


def _tables_resumed(state: LexState) -> None:
    state.flow, notes = join_resumed_tables(state.flow)
    state.flow, captions = captions_apart(state.flow)
    state.notes += notes + captions


def _headings(state: LexState) -> None:
    mark_headings(state.flow)


def _tables_set_out(state: LexState) -> None:
    mark_tables_set_out(state.flow)


def _inner_lists(state: LexState) -> None:
    mark_inner_lists(state.flow)


def _numbering_resumed(state: LexState) -> None:
    mark_numbering_resumed(state.flow)


#: The lexer's passes, by name, in the order they run.
PASSES: tuple[tuple[str, Callable[[LexState], None]], ...] = (
    ("normalize", _normalize),
    ("join", _join),
    ("resolutions", _resolutions),
    ("charts", _charts),
    ("headers", _headers),
    ("arrange", _arrange),
    ("tables-resumed", _tables_resumed),
    ("headings", _headings),
    ("tables-set-out", _tables_set_out),
    ("inner-lists", _inner_lists),
    ("numbering-resumed", _numbering_resumed),
)

_SUPERSCRIPT_SEARCH = re.compile(f"[{SUPERSCRIPT_DIGITS}]")


def _tables_unread(flow: list[LogicalLine]) -> list[Diagnostic]:
    """A table's caption (``Table 1. SPRP requirements …``) read as text with no table under it: the table was
    printed in a form the reader could not lay out again, and its cells are in the text around (a warning)."""
    found: list[Diagnostic] = []
    for index, line in enumerate(flow):
        if line.kind not in ("TEXT", "CAPS", "UNCLASSIFIED") or (
            "able" not in line.text[:8] and "ABLE" not in line.text[:8]
        ):
            continue  # most lines: no caption, told cheaply
        text = bare(line.text)
        if not text.startswith(("Table", "TABLE")) or TABLE_CAPTION.match(text) is None:
            continue
        if index + 1 == len(flow) or flow[index + 1].kind != "TABLE":
            message = "a table's caption with no table read under it: its rows and figures are kept as text"
            found.append(Diagnostic("warning", "table-unread", message, line.start))
    return found


def _figures_as_text(flow: list[LogicalLine]) -> list[Diagnostic]:
    """A run of figures kept as running text (``3 4 5 … 412,865 125,000 …``, bullets of figures, twelve figures in
    a row before a table's labels run into the same text), or a heading made of figures (``(1)`` / ``1``): a
    table, or
    a contents' page numbers, printed in a form no reader could lay out again, the figures in the text where
    their rows cannot be told (a warning, once for each such line)."""
    found: list[Diagnostic] = []
    for line in flow:
        if (
            line.kind.startswith("HEADING")
            and line.label
            and _figures_only(f"{line.label} {line.text}")
            and not _LABEL_OPENING.fullmatch(line.text.strip())  # ((1) / (2): labels-unmatched says so)
        ):
            message = f"figures read as a heading ({line.label} {line.text[:20]}): a table's cells, unplaced"
            found.append(Diagnostic("warning", "figures-as-text", message, line.start))
            continue
        if line.kind not in _FIGURE_KINDS or sum(c.isdigit() for c in line.text[:40]) < _FIGURES_AS_TEXT // 2:
            continue  # most lines: few digits at their start, told cheaply
        words = line.text.split()
        runs = [
            len(list(run)) for figure, run in groupby(words, key=lambda word: bool(FIGURE.fullmatch(word))) if figure
        ]
        figures = sum(runs)
        if figures >= _FIGURES_AS_TEXT and (figures >= _FIGURE_SHARE * len(words) or max(runs) >= _FIGURE_RUN):
            message = (
                f"{figures} figures read as text, unplaced: a table's cells or a contents' pages printed apart,"
                " which could not be laid out again"
            )
            found.append(Diagnostic("warning", "figures-as-text", message, line.start))
    return found


def _labels_as_texts(flow: list[LogicalLine]) -> list[Diagnostic]:
    """A label whose text is another label (``(1)`` / ``(2)``, ``11.`` / ``12.`` / ``13.``: labels printed as a
    column apart from their texts, which could not be told apart and matched to them), or a footnote's body
    (``7.`` / ``¹ See document …``): the first label was given the others, or the note, as its text, and the
    numbering there is unsure (a warning, once for each such line)."""
    found: list[Diagnostic] = []
    for line in flow:
        if line.label is None or line.kind not in _LABELLED_KINDS:
            continue
        opening = _LABEL_OPENING.match(line.text)
        if opening is not None and (opening.end() == len(line.text) or _follows(line.label, opening.group(1))):
            text = f"another label for its text ({opening.group(1)})"
        elif _NOTE_OPENING.match(line.text):
            text = f"a footnote's body for its text ({line.text[:24]}…)"
        else:
            continue
        message = (
            f"the label {line.label} has {text}: labels printed as a column apart from texts that could not be"
            " matched to them; the numbering here is unsure"
        )
        found.append(Diagnostic("warning", "labels-unmatched", message, line.start))
    return found


def _follows(label: str, other: str) -> bool:
    """Whether ``other`` is the label after ``label`` in its sequence (``(2)`` after ``(1)``, ``12.`` after ``11``,
    ``(b)`` after ``(a)``)."""
    first, second = label.strip("().").strip(), other.strip("().")
    if first.isdigit() and second.isdigit():
        return int(second) == int(first) + 1
    return len(first) == len(second) == 1 and first.isalpha() and ord(second) == ord(first) + 1


_NOTE_OPENING = re.compile(f"[{SUPERSCRIPT_DIGITS}]+ [A-Z]")  # ¹ See document …: a footnote's body
_LABELLED_KINDS = frozenset(("PARA", "ITEM", "HEADING_1", "HEADING_2", "HEADING_3"))
_LABEL_OPENING = re.compile(r"(\(\d{1,2}\)|\([a-z]{1,4}\)|\d{1,3}\.|[IVXLC]{1,6}\.|[A-H]\.)(?=\s|$)")


def _figures_only(text: str) -> bool:
    """Whether a line holds figures and dashes only (``(1) 1``, ``(3) 5 - 2 4``: a budget's cells, a negative
    figure in brackets taken for a heading's label)."""
    words = text.split()
    return bool(words) and all(FIGURE.fullmatch(word) or word in "–-—" for word in words)


_FIGURE_KINDS = frozenset(("TEXT", "BULLET", "UNCLASSIFIED", "CAPS"))
_FIGURES_AS_TEXT = 8  # figures on a line of text, at least
_FIGURE_SHARE = 0.6  # of its words
_FIGURE_RUN = 12  # figures one after the other, at least, that no sentence holds, whatever words the line has
# besides (a table's row labels run into the same text after its columns)


def lex(text: str) -> Lexed:
    """Classify ``text`` into the tokens the document grammar reads."""
    state = LexState(DocumentWords(text), split_lines(text))
    for _, run in PASSES:
        run(state)
    flow = state.flow
    pages = max((line.page for line in state.lines if line.text.strip()), default=1)  # a final \f opens no page
    firsts: dict[int, int] = {}
    for line in state.lines:
        firsts[line.page] = min(firsts.get(line.page, line.number), line.number)
    page_starts = tuple(firsts[page] for page in range(2, pages + 1) if page in firsts)
    own = next((bare(line.text) for line in flow if line.kind == "SYMBOL_LINE"), None)
    markers = any(_SUPERSCRIPT_SEARCH.search(line.text) for line in flow)
    tokens = [line.token() for line in flow]
    diagnostics = state.notes + weak_decisions([*flow, *state.footnotes, *state.furniture])
    diagnostics += _tables_unread(flow) + _figures_as_text(flow) + _labels_as_texts(flow)
    return Lexed(tokens, state.footnotes, state.furniture, pages, page_starts, own, markers, diagnostics)
