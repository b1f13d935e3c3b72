"""Assembly: the document-wide pass after the grammar, which needs the whole document at once.

It gathers compilations of resolutions, labels annexes, decides each part's kind, marks the letters of
tables' notes in their cells, links footnote bodies to their markers and checks paragraph numbering.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterator
from typing import cast

from attrs import evolve

from . import paths
from .build import Part
from .document_kinds import document_kind, issued_by_scpf
from .header import note_facts
from .inline import parse_inline
from .lexer import SUPERSCRIPT_TO_DIGIT, Lexed, LogicalLine, strip_markup
from .model import (
    Annex,
    Block,
    Clause,
    Contents,
    Diagnostic,
    Document,
    Emphasis,
    Footnote,
    Furniture,
    Inline,
    Item,
    Meta,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    Section,
    Span,
    Strong,
    Table,
    inline_text,
    iter_blocks,
)
from .reading_order import RESTARTING_LABEL
from .symbols import SYMBOL_CANDIDATE
from .table_totals import totals_below_their_rows
from .values import int_to_roman, roman_to_int
from .vocabulary import COVER_FOOTERS, STATE_NAMES


def assemble(main: Part, annex_parts: list[Part], aside: Lexed, diagnostics: list[Diagnostic]) -> Document:
    """Build the `Document`: gather compiled resolutions, label annexes, link footnotes, decide the kind."""
    main, annex_parts = _gather_compilation(main, annex_parts)
    main, annex_parts = _header_printed_apart(main, annex_parts, diagnostics)
    main = evolve(main, body=tuple(_with_session(block, main.meta) for block in main.body))
    annexes = tuple(_annexes(annex_parts, diagnostics))
    annexes = tuple(evolve(a, body=tuple(_with_session(b, _session_holder(a, main)) for b in a.body)) for a in annexes)
    body = main.body
    meta = _title_note(_organ_from_footer(main.meta, aside.furniture, diagnostics), aside.footnotes, body)
    meta = evolve(meta, kind=_kind(meta, body, diagnostics))
    _check_header(meta, body, diagnostics)
    if meta.kind == "resolution" and meta.title is None and isinstance(body[0], Resolution):
        meta = evolve(meta, title=body[0].title)
    annexes = tuple(evolve(a, meta=evolve(a.meta, kind=_kind(a.meta, a.body))) for a in annexes)
    letters = {note.label for note in aside.footnotes if note.rule == "letter-note" and note.label}
    if letters:  # (most documents: none)
        body = _cells_marked(body, letters)
        annexes = tuple(evolve(annex, body=_cells_marked(annex.body, letters)) for annex in annexes)
    document = Document(meta=meta, body=body, annexes=annexes, pages=aside.pages, page_starts=aside.page_starts)
    footnotes = _link_footnotes(document, aside.footnotes, aside.markers, diagnostics)
    _check_title_note(meta, footnotes, _first_line(body), diagnostics)
    furniture = tuple(Furniture(line.kind.lower(), strip_markup(line.text), line.start) for line in aside.furniture)
    _check_numbering(document, diagnostics)
    _check_blocks(document, diagnostics)
    _report_quotes(document, diagnostics)
    return evolve(
        document,
        footnotes=footnotes,
        furniture=furniture,
        diagnostics=tuple(sorted(diagnostics, key=lambda d: (d.line or 0, d.code))),
    )


def _title_note(meta: Meta, footnotes: list[LogicalLine], body: tuple[Block, ...]) -> Meta:
    """A title marked ``*`` whose note is printed as a footnote at the page's foot (``* Adopted by the Council
    by Resolution No. 812 …``), not in the header block: that footnote is also the cover's note, when it is
    the only one so marked and the body marks nothing so, or the only one that says what approved the
    document or what it is submitted to (a table's note marked alike says neither)."""
    marker = meta.title_note_marker
    if marker is None or meta.notes:
        return meta
    notes = [strip_markup(line.text) for line in footnotes if line.label == marker]
    alone = len(notes) == 1 and not _marked(body, marker)
    saying = notes if alone else [note for note in notes if note_facts(note)]
    if len(saying) != 1:
        return meta  # none, or several that cannot be told apart
    note = saying[0]
    found = {name: value for name, value in note_facts(note).items() if getattr(meta, name) is None}
    return evolve(meta, notes=(note,), **found)


def _marked(body: tuple[Block, ...], marker: str) -> bool:
    """Whether a block of ``body`` carries the note marker ``marker``: in its text, or in a table's rows."""
    for block in iter_blocks(body):
        if isinstance(block, Table) and any(marker in row for row in block.rows):
            return True
        if marker in _note_markers(paths.own_runs(block)):
            return True
    return False


def _organ_from_footer(meta: Meta, furniture: list[LogicalLine], diagnostics: list[Diagnostic]) -> Meta:
    """A cover that names its organ only in its trilingual footer (``COUNCIL CONSEIL CONSEJO``): the footer
    is page furniture, and the organ is its English part (an ``organ-from-footer`` note says so)."""
    if meta.organ is not None:
        return meta
    for line in furniture:
        if line.kind == "COVER_FOOTER":
            words = " ".join(strip_markup(line.text).split())
            organ = next((footer[0] for footer in COVER_FOOTERS if words == " ".join(footer)), None)
            if organ is not None:
                message = f"the issuing organ is printed only in the cover's footer: {organ}"
                diagnostics.append(Diagnostic("info", "organ-from-footer", message, line.start))
                return evolve(meta, organ=organ)
    return meta


def iter_all_blocks(document: Document) -> Iterator[Block]:
    """Every block of the document and its annexes."""
    yield from iter_blocks(document.body)
    for annex in document.annexes:
        yield from iter_blocks(annex.body)


def _annexes(parts: list[Part], diagnostics: list[Diagnostic]) -> Iterator[Annex]:
    number = 0
    for part in parts:
        number += 1
        label = part.label
        inferred = label is None
        if label is not None:
            roman = label.split()[-1] if len(label.split()) > 1 else None
            number = roman_to_int(roman) or number if roman else number
        else:
            label = f"Annex {int_to_roman(number)}"
            line = part.span.start if part.span else None
            diagnostics.append(
                Diagnostic(
                    "info",
                    "annex-label-inferred",
                    f"no label line before this annex; labelled {label} by position",
                    line,
                )
            )
        yield Annex(label, inferred, part.meta, part.body, part.span)


def _header_printed_apart(main: Part, parts: list[Part], diagnostics: list[Diagnostic]) -> tuple[Part, list[Part]]:
    """The document's own symbol, ``Original:`` line and date printed apart from the rest of its header, in its
    first page's text (pdfminer may print a cover's right-hand column after lines of the left one): a header
    block of these only (no label, title, subtitle, organ, session …), under a header that gives neither
    symbol nor date, is the document's, not an annex's. Its facts complete the document's header and the text after it
    goes on the document's body; a warning says so (the order of the lines around it is in doubt)."""
    if not parts or parts[0].label is not None or main.meta.symbol is not None or main.meta.date is not None:
        return main, parts  # (most documents: a header with its symbol)
    found = parts[0].meta
    rest = evolve(found, symbol=None, other_symbols=(), original_language=None, date=None, other=(), occasion=None)
    if found.symbol is None or found.date is None or rest != Meta(kind=rest.kind):
        return main, parts  # (an annex's header, with more of its own: a title, a subtitle, a session …)
    before, after = _paragraph_numbers(main.body), _paragraph_numbers(parts[0].body)
    if before and after and after[0] <= before[-1]:
        return main, parts  # (1. … / MC/INF/274 … / 1. …: the numbering starts again, another document's)
    meta = evolve(
        main.meta,
        symbol=found.symbol,
        other_symbols=found.other_symbols,
        date=found.date,
        original_language=main.meta.original_language or found.original_language,
        other=main.meta.other + ((found.occasion,) if found.occasion else ()) + found.other,
    )  # (the lines of text read with them, kept as the header's other lines: no text is lost)
    line = parts[0].span.start if parts[0].span else None
    message = (
        f"the document's symbol {found.symbol} and date printed apart from its header, in its text: read as its "
        "own, the text around them in an order the extraction may have changed"
    )
    diagnostics.append(Diagnostic("warning", "header-printed-apart", message, line))
    span = Span(main.span.start, parts[0].span.end) if main.span and parts[0].span else main.span
    return Part(meta, main.body + parts[0].body, span, main.label), parts[1:]


def _paragraph_numbers(body: tuple[Block, ...]) -> list[int]:
    """The numbers of a body's numbered paragraphs, in order (those numbered in figures)."""
    nums = (block.num for block in iter_blocks(body) if isinstance(block, Paragraph))
    return [int(num) for num in nums if num is not None and num.isdigit()]


def _gather_compilation(main: Part, parts: list[Part]) -> tuple[Part, list[Part]]:
    """A document of resolutions, each under its own header block, is a compilation, not a document with
    annexes: its resolutions are gathered into the body, each keeping its header facts. The body may open
    with what introduces them (unnumbered text, a table listing them, contents)."""
    if not all(_introduces(block) for block in main.body[:-1]) or not main.body:
        return main, parts
    sole = _only_resolution(main.body)
    if not (sole or _introduces(main.body[-1])):
        return main, parts
    gathered = 0
    while gathered < len(parts) and parts[gathered].label is None:
        candidate = parts[gathered]
        if not (_only_resolution(candidate.body) and candidate.meta.symbol is not None):
            break
        gathered += 1
    if gathered == 0 or (gathered == 1 and not sole):
        return main, parts
    first = (evolve(cast(Resolution, main.body[0]), header=main.meta),) if sole else main.body
    body = first + tuple(evolve(cast(Resolution, part.body[0]), header=part.meta) for part in parts[:gathered])
    return Part(main.meta, body, main.span, main.label), parts[gathered:]


def _introduces(block: Block) -> bool:
    """Whether a block can introduce a compilation of resolutions: unnumbered text, a table, contents."""
    return isinstance(block, Table | Contents) or (isinstance(block, Paragraph) and block.num is None)


def _with_session(block: Block, meta: Meta) -> Block:
    """A resolution without a roman session in its number takes the session of its header block (its own,
    in a compilation, where it gives one; else the document's or its annex's: see `_session_holder`; but for a Standing
    Committee's paper: its draft is the Council's, at a session its header does not give), wherever it
    stands in the body (a draft under a section's heading: ``IV. RECOMMENDATION`` / ``DRAFT RESOLUTION``)."""
    if isinstance(block, Section) and any(isinstance(child, Section | Resolution) for child in block.children):
        return evolve(block, children=tuple(_with_session(child, meta) for child in block.children))
    if not isinstance(block, Resolution):
        return block
    header = block.header if block.header is not None and block.header.session is not None else meta
    # (a draft under a header of its symbol alone, C/110/L/4, is put to the session of the cover's header)
    if block.session is None and header.session is not None and not issued_by_scpf(header):
        block = evolve(block, session=header.session)
    return block


def _session_holder(annex: Annex, main: Part) -> Meta:
    """The header whose session an annex's resolutions take: the annex's own, else the document's (a draft
    resolution annexed to a note or a report is put to the session the document is for)."""
    return annex.meta if annex.meta.session is not None else main.meta


def _only_resolution(body: tuple[Block, ...]) -> bool:
    return len(body) == 1 and isinstance(body[0], Resolution)


def _kind(meta: Meta, body: tuple[Block, ...], diagnostics: list[Diagnostic] | None = None) -> str:
    """What kind of document a header and body make (see `iomparse.document_kinds`); a document read as a
    plain ``document`` for want of any evidence is reported in ``diagnostics`` when given."""
    if meta.kind != "document":  # a compilation, already known as such
        return meta.kind
    kind, evidence = document_kind(meta, body)
    if evidence is None and diagnostics is not None:
        message = "no evidence of a kind of document (a title, a symbol's series, a speaker): read as a document"
        diagnostics.append(Diagnostic("info", "kind-inferred", message, _first_line(body)))
    return kind


def _check_header(meta: Meta, body: tuple[Block, ...], diagnostics: list[Diagnostic]) -> None:
    """A document whose header gives neither symbol, date nor session (nor a meeting) may not be a council
    document at all, or its header was not recognized: a warning says so."""
    if meta.symbol is None and meta.date is None and meta.session is None and meta.meeting is None:
        message = "no symbol, date or session found in the header: not a council document, or its header unread"
        diagnostics.append(Diagnostic("warning", "header-facts-missing", message, _first_line(body)))
    unread = [text for text in meta.other if SYMBOL_CANDIDATE.fullmatch(text)]
    if meta.symbol is None and unread:
        message = (
            f"'{unread[0]}' in the header looks like the document's symbol, but of a series iomparse does not "
            "know: kept as a header line, and the document has no symbol"
        )
        diagnostics.append(Diagnostic("warning", "symbol-unread", message, _first_line(body)))


def _check_title_note(
    meta: Meta, footnotes: tuple[Footnote, ...], line: int | None, diagnostics: list[Diagnostic]
) -> None:
    """A title marked ``*`` whose note was found nowhere, neither as the cover's note nor as a footnote so
    marked: the note was read as something else (the body's text, an item's), which a warning says."""
    marker = meta.title_note_marker
    if marker is not None and not meta.notes and not any(note.marker == marker for note in footnotes):
        message = f"the title is marked {marker} but no note so marked was found: its note read as other text"
        diagnostics.append(Diagnostic("warning", "title-note-missing", message, line))


def _first_line(body: tuple[Block, ...]) -> int | None:
    return next((block.span.start for block in body if block.span is not None), None)


def _note_markers(runs: tuple[Inline, ...]) -> list[str]:
    found: list[str] = []
    for run in runs:
        if isinstance(run, NoteRef):
            found.append(run.marker)
        elif isinstance(run, Strong | Emphasis):
            found.extend(_note_markers(run.children))
    return found


def _link_footnotes(
    document: Document, bodies: list[LogicalLine], markers: bool, diagnostics: list[Diagnostic]
) -> tuple[Footnote, ...]:
    """Footnote bodies matched to the markers in the blocks, by number and in order: where numbering starts
    afresh (each draft resolution under its own cover), the first body numbered 1 goes with the first marker
    1, the second with the second. The tree is walked only when the text has markers at all."""
    anchors: dict[str, deque[tuple[str, int | None]]] = {}
    for path, block in paths.walk(document) if markers else ():
        for marker in _note_markers(paths.own_runs(block)):
            anchors.setdefault(marker, deque()).append((path, block.span.start if block.span else None))
    numbers = [(body.label or "").translate(SUPERSCRIPT_TO_DIGIT) for body in bodies]
    counted = Counter(numbers)
    for marker, places in anchors.items():
        if len(places) > max(1, counted[marker]):
            message = f"footnote marker {marker} appears more than once"
            diagnostics.append(Diagnostic("warning", "footnote-marker-repeated", message, places[1][1]))
    in_tables: set[str] | None = None  # the markers in tables' cells, found when a body has no other marker
    footnotes: list[Footnote] = []
    title_noted = False
    for body, marker in zip(bodies, numbers, strict=True):
        waiting = anchors.get(marker)
        anchor = waiting.popleft()[0] if waiting else None
        if anchor is None and in_tables is None:
            in_tables = _table_markers(document)
        titled = marker == document.meta.title_note_marker and not title_noted  # the title's note: its marker is
        title_noted = title_noted or titled  # the title's (once: a later table's * is another)
        if anchor is None and marker not in (in_tables or ()) and not titled:  # (a cell's marker anchors nothing)
            diagnostics.append(
                Diagnostic(
                    "warning", "footnote-without-marker", f"footnote {marker} has no marker in the text", body.start
                )
            )
        footnotes.append(Footnote(marker, parse_inline(body.text), anchor, Span(body.start, body.end)))
    for marker, places in anchors.items():
        for path, _ in places:
            diagnostics.append(
                Diagnostic(
                    "warning",
                    "marker-without-footnote",
                    f"footnote marker {marker} in {path} has no footnote body",
                    None,
                )
            )
    return tuple(footnotes)


def _table_markers(document: Document) -> set[str]:
    """The footnote markers printed in the cells of the document's tables (``Holy See²``, ``Indonesiaᵃ``), as
    digits and letters."""
    found: set[str] = set()
    for _, block in paths.walk(document):
        if isinstance(block, Table):
            for row in block.rows:
                found.update(run.translate(SUPERSCRIPT_TO_DIGIT) for run in _SUPERSCRIPT_RUN.findall(row))
            for cells in block.cells:
                found.update(
                    mark.translate(_FROM_SUPERSCRIPT) for cell in cells for mark in _RAISED_LETTER.findall(cell)
                )
    return found


_SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_TO_SUPERSCRIPT = str.maketrans("abcdefgh", "ᵃᵇᶜᵈᵉᶠᵍʰ")
_FROM_SUPERSCRIPT = str.maketrans("ᵃᵇᶜᵈᵉᶠᵍʰ", "abcdefgh")
_RAISED_LETTER = re.compile("[ᵃᵇᶜᵈᵉᶠᵍʰ]$")
_GLUED_LETTERS = re.compile(r"(?:(?<=[^\W\d_])|(?<=[)*]))[a-h](?:,[a-h])+$")
"""Notes' letters glued to a cell's last word or bracket, a comma between (``Holy Seea,b``)."""
_CELL_LETTER = re.compile(r"(?:(?<=[^\W\d_])|(?<=\)))(?: (?P<alone>[a-h])| (?P<typed>[a-h])/)$")
"""A table's note marker after the words of a cell: a letter set apart (``Indonesia a``), or typed with a
slash (``Other countries a/``)."""


def _cells_marked(blocks: tuple[Block, ...], letters: set[str]) -> tuple[Block, ...]:
    """The blocks, with the letters of tables' notes (``a  Admitted to membership …`` under the table) that
    end their cells' words raised, as note markers are printed: ``Indonesia a`` → ``Indonesiaᵃ``, and a
    State's name with the letter glued to it, ``Burundia`` → ``Burundiᵃ``. A letter that no note of the
    document bears stays a word of the cell."""
    return tuple(_cell_marked(block, letters) for block in blocks)


def _cell_marked(block: Block, letters: set[str]) -> Block:
    if isinstance(block, Table):
        cells = tuple(tuple(_raised(cell, letters) for cell in row) for row in block.cells)
        return evolve(block, cells=cells) if cells != block.cells else block
    if isinstance(block, Resolution):
        preamble, operative = _cells_marked(block.preamble, letters), _cells_marked(block.operative, letters)
        return evolve(block, preamble=preamble, operative=operative)
    if isinstance(block, (Section, Paragraph, Item, Quote, Clause)):
        return evolve(block, children=_cells_marked(block.children, letters))
    return block


def _raised(cell: str, letters: set[str]) -> str:
    mark = _CELL_LETTER.search(cell)
    letter = mark and (mark.group("alone") or mark.group("typed"))
    if not mark or letter not in letters:
        return _glued_to_state(cell, letters)
    return f"{cell[: mark.start()]}{letter.translate(_TO_SUPERSCRIPT)}"


def _glued_to_state(cell: str, letters: set[str]) -> str:
    """A State's name with a note's letter glued to it, as a raised letter is printed (``Burundia``,
    ``Mauritiusb``: a State's name and the letter a note under the table bears), the letter raised; any
    other cell as it is."""
    plain = cell.replace("’", "'")  # (Côte d’Ivoire, as the list writes it: Côte d'Ivoire)
    marks = _GLUED_LETTERS.search(plain)
    glued = marks.group() if marks else plain[-1:]  # Holy Seea,b: two notes' letters glued, a comma between
    name = plain[: len(plain) - len(glued)].rstrip("*")
    if not set(glued.split(",")) <= letters or name.casefold() not in STATE_NAMES or plain.casefold() in STATE_NAMES:
        return cell
    return f"{cell[: len(cell) - len(glued)]}{glued.translate(_TO_SUPERSCRIPT)}"


def _check_blocks(document: Document, diagnostics: list[Diagnostic]) -> None:
    """A ``warning`` for each resolution with nothing under its heading (no title, no clause: a heading read
    where a contents entry or a citation stood alone on its line, or a resolution whose text was not found),
    and for each table whose total rows are smaller than figures they add up (see `table_totals`: its figures
    are likely on other rows than their own). One walk of the tree for both."""
    for blocks in (document.body, *(a.body for a in document.annexes)):
        for block in iter_blocks(blocks):
            line = block.span.start if block.span else None
            if isinstance(block, Resolution) and not (block.title or block.preamble or block.operative):
                message = f"{block.heading}: a resolution's heading with no title and no clause under it"
                diagnostics.append(Diagnostic("warning", "resolution-empty", message, line))
            elif isinstance(block, Table) and (wrong := totals_below_their_rows(block)):
                message = (
                    f"a table's totals ({', '.join(wrong)}) are smaller than a figure of the rows they add up: its "
                    "figures are likely not on their rows"
                )
                diagnostics.append(Diagnostic("warning", "table-totals-disagree", message, line))


def _report_quotes(document: Document, diagnostics: list[Diagnostic]) -> None:
    """Unnumbered text after a numbered paragraph is read as a quotation in it (the grammar's ``quote``: a
    mission statement, a quoted list) on its place alone: say so, with what it opens with (``STATEMENT I``
    over a table is no quotation, and the reader should know where to look)."""
    for blocks in (document.body, *(a.body for a in document.annexes)):
        for block in iter_blocks(blocks):
            if not isinstance(block, Paragraph) or block.num is None:
                continue
            for quote in (child for child in block.children if isinstance(child, Quote)):
                opening = next((b for b in quote.children if isinstance(b, Paragraph | Item)), None)
                words = " ".join(inline_text(opening.content).split()) if opening is not None else ""
                words = words if len(words) <= _QUOTED_CHARACTERS else words[: _QUOTED_CHARACTERS - 1] + "…"
                message = f"unnumbered text after paragraph {block.num} read as a quotation in it: {words or '…'}"
                diagnostics.append(
                    Diagnostic("info", "quote-by-position", message, quote.span.start if quote.span else None)
                )


_QUOTED_CHARACTERS = 60  # of a quotation's opening, that a diagnostic shows


def _check_numbering(document: Document, diagnostics: list[Diagnostic]) -> None:
    """A warning where a paragraph's number does not follow the one before (numbering restarts in each annex,
    and may restart under each rule or article: its first paragraph numbered 1, or going on)."""
    for blocks in (document.body, *(a.body for a in document.annexes)):
        expected = 1
        restarts = False  # whether the paragraph is the first under a rule's or an article's heading
        for block in iter_blocks(blocks):
            if isinstance(block, Section) and block.num is not None and RESTARTING_LABEL.fullmatch(block.num):
                restarts = True
            elif isinstance(block, Paragraph) and block.num is not None:
                digits, *inserted = block.num.split()  # 9 bis: inserted after 9
                number = int(digits)
                first_of_rule, restarts = restarts and number == 1, False
                if inserted and number == expected - 1:
                    continue
                if number != expected and not first_of_rule:
                    diagnostics.append(
                        Diagnostic(
                            "warning",
                            "paragraph-number-gap",
                            f"paragraph {number} follows paragraph {expected - 1}"
                            if expected > 1
                            else f"paragraph {number} is the first numbered paragraph",
                            block.span.start if block.span else None,
                        )
                    )
                expected = number + 1
